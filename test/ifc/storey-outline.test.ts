/** Imported storeys get their floor outline from their floor slabs, or failing that from their rooms; every room lies inside it. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importIfc } from '../../src/ifc';
import { grownPieces, storeyOutline } from '../../src/ifc/storey-outline';
import { area, isSimplePolygon, type Polygon } from '../../src/core/geometry/polygon';
import { overlapArea } from '../../src/core/geometry/clip';
import type { Floor } from '../../src/core/document';
import { HAVE_CORPUS, readIfc } from './corpus';
import { exportIfc } from '../../src/ifc/export';
import { loadSample } from '../unit/core/helpers';

const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

const zonesOf = (f: Floor) => f.elements.flatMap((e) => (e.kind === 'zone' ? [e.polygon] : []));
const insideShare = (f: Floor) => {
  const zones = zonesOf(f);
  const total = zones.reduce((s, z) => s + area(z), 0);
  return total ? zones.reduce((s, z) => s + overlapArea(z, f.outline!), 0) / total : 1;
};

describe('storey outline from rooms', () => {
  it('rooms with walls between them become one outline reaching the outer walls', () => {
    // two rooms of 5 × 4 m on either side of a 0.2 m wall, walls of 0.2 m all round
    const got = storeyOutline([], [rect(0, 0, 5, 4), rect(5.2, 0, 10.2, 4)], [], 0.2);
    expect(got?.source).toBe('spaces');
    expect(got?.droppedParts).toBe(0);
    expect(area(got!.outline)).toBeCloseTo(10.6 * 4.4, 6);
  });

  it('slabs come first; a slab cut in two at a party wall is joined by the wall', () => {
    const wall = rect(6, 0, 6.3, 8);
    const got = storeyOutline([rect(0, 0, 6, 8), rect(6.3, 0, 12.3, 8)], [rect(0.2, 0.2, 5.8, 7.8)], [wall], 0.3);
    expect(got?.source).toBe('slabs');
    expect(area(got!.outline)).toBeCloseTo(12.3 * 8, 6);
  });

  it('no slab and no rooms: no outline', () => {
    expect(storeyOutline([], [], [], 0.2)).toBeUndefined();
  });

  it('a room grown by d covers the room and stays within d of it (a Minkowski sum with a square)', () => {
    const pt = fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }));
    fc.assert(
      fc.property(pt, pt, fc.double({ min: 0.1, max: 0.6, noNaN: true }), ([x0, y0], [w, h], d) => {
        const r = rect(x0, y0, x0 + w + 1, y0 + h + 1);
        const got = storeyOutline([], [r], [], d);
        if (area(r) < 4) return;
        expect(isSimplePolygon(got!.outline)).toBe(true);
        expect(overlapArea(r, got!.outline)).toBeCloseTo(area(r), 6);
        expect(area(got!.outline)).toBeCloseTo((w + 1 + 2 * d) * (h + 1 + 2 * d), 6);
      }),
      { numRuns: 40 },
    );
    expect(grownPieces(rect(0, 0, 2, 2), 0.5).length).toBe(9);
  });
});

describe('the outline through IFC', () => {
  it('the county hall exported and imported again keeps each floor outline (written as the storey floor slab)', async () => {
    const county = loadSample('county-hall');
    const { doc, warnings } = await importIfc(exportIfc(county), { fileName: 'county.ifc' });
    county.floors.forEach((f, i) => {
      expect(doc.floors[i].outline).toBeDefined();
      expect(area(doc.floors[i].outline!)).toBeCloseTo(area(f.outline!), 6);
      expect(overlapArea(doc.floors[i].outline!, f.outline!)).toBeCloseTo(area(f.outline!), 6);
    });
    expect(warnings.filter((w) => /outline|slab/.test(w.en))).toEqual([]);
  });
});

describe.skipIf(!HAVE_CORPUS)('storey outlines of the corpus', () => {
  it('FZK-Haus: both storeys take their slab as outline (at most 12 × 10 m), with every room inside', async () => {
    const { doc, warnings } = await importIfc(readIfc('AC20-FZK-Haus.ifc'), { fileName: 'AC20-FZK-Haus.ifc' });
    for (const f of doc.floors) {
      expect(f.outline, f.name).toBeDefined();
      // the ground slab runs under the outer walls (12 × 10 m); the upper one between them
      expect(area(f.outline!)).toBeGreaterThan(110);
      expect(area(f.outline!)).toBeLessThanOrEqual(120.01);
      expect(insideShare(f)).toBeGreaterThan(0.999);
    }
    expect(warnings.filter((w) => /no floor slab/.test(w.en))).toEqual([]);
  });

  it('duplex: the two levels from their slabs; the roof storey, which has rooms but no floor slab, from its rooms', async () => {
    const { doc, warnings } = await importIfc(readIfc('duplex.ifc'), { fileName: 'duplex.ifc' });
    const byName = new Map(doc.floors.map((f) => [f.name, f]));
    for (const name of ['Level 1', 'Level 2', 'Roof']) {
      const f = byName.get(name)!;
      expect(f.outline, name).toBeDefined();
      expect(isSimplePolygon(f.outline!)).toBe(true);
      expect(insideShare(f)).toBeGreaterThan(0.999);
      // the outline is the building, not a room: larger than the rooms together, smaller than twice them
      const rooms = zonesOf(f).reduce((s, z) => s + area(z), 0);
      expect(area(f.outline!)).toBeGreaterThan(rooms);
      expect(area(f.outline!)).toBeLessThan(2 * rooms);
    }
    expect(warnings).toContainEqual({ en: 'storey "Roof": no floor slab; its outline is the union of its rooms', zh: '楼层“Roof”无楼板，轮廓取其房间的并集' });
    expect(warnings.some((w) => /storey "Level 1": no floor slab/.test(w.en))).toBe(false);
  });
});
