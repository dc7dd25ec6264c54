/** Storey elevations from a file that writes `*` for unset attributes (millimetres, heights only in the placement chain). */
import { describe, expect, it } from 'vitest';
import * as W from 'web-ifc';
import { getIfcApi } from '../../src/ifc/api';
import { importIfc } from '../../src/ifc';
import { STARRED_STOREYS, starredStoreysFixture, x2 } from './starred-storeys-fixture';
import { HAVE_CORPUS, readIfc } from './corpus';

describe('a model that writes * in attribute positions that are not derived', () => {
  it('is a model web-ifc reads without Elevation (what the test is about)', async () => {
    const api = await getIfcApi();
    const m = api.OpenModel(starredStoreysFixture());
    try {
      const ids = api.GetLineIDsWithType(m, W.IFCBUILDINGSTOREY);
      expect(ids.size()).toBe(3);
      for (let i = 0; i < ids.size(); i++) {
        const l = api.GetLine(m, ids.get(i));
        expect(l.Elevation).toBeNull();
      }
    } finally {
      api.CloseModel(m);
    }
  });

  it('comes in as three floors at −0.6, 2.85 and 3.35 m with their Chinese names, read from the placement chain', async () => {
    const { doc, stats, warnings } = await importIfc(starredStoreysFixture(), { fileName: 'starred.ifc' });
    expect(doc.floors.map((f) => f.name)).toEqual(STARRED_STOREYS.map((s) => s.name));
    expect(doc.floors.map((f) => f.elevation)).toEqual([-0.6, 2.85, 3.35]);
    expect(stats.storeyElevations.map((s) => s.source)).toEqual(['placement', 'placement', 'placement']);
    expect(warnings.some((w) => w.zh.includes('一层') && w.en.includes('placement chain'))).toBe(true);
    // The storey named 地下一层 is a basement, not the ground floor, though it stands nearest 0.
    expect(doc.floors.map((f) => f.storey)).toEqual([-1, 1, 2]);
    expect(doc.floors.map((f) => f.height)).toEqual([3.45, 0.5, 2.8]);
    // Rooms, walls and doors land on their own storeys, their names decoded.
    STARRED_STOREYS.forEach((s, i) => {
      const zones = doc.floors[i].elements.filter((e) => e.kind === 'zone');
      expect(zones.map((z) => z.name)).toEqual(s.rooms.map((r) => `${r.name} ${r.longName}`));
      expect(doc.floors[i].elements.filter((e) => e.kind === 'wall')).toHaveLength(4);
    });
    expect(doc.floors.map((f) => f.elements.flatMap((e) => (e.kind === 'zone' ? [e.type] : [])))).toEqual([
      ['support', 'records'],
      ['counter-service', 'toilet', 'circulation'],
      ['meeting', 'back-office'],
    ]);
    expect(doc.floors[1].elements.find((e) => e.kind === 'zone' && e.number === '102')).toMatchObject({ typeGuess: { from: '男卫' } });
    const doors = doc.floors[1].elements.filter((e) => e.kind === 'opening');
    expect(doors.map((d) => [d.name, d.width, d.wallId !== undefined])).toEqual([
      ['M1', 1.8, true],
      ['M2', 1, true],
      ['M3', 1, true],
    ]);
  });

  it('writes \\X2\\ escapes as UTF-16 code units', () => {
    expect(x2('一层 A')).toBe('\\X2\\4E005C42\\X0\\ A');
  });
});

describe.skipIf(!HAVE_CORPUS)('storey elevations in the corpus', () => {
  it('duplex.ifc reads each storey from its Elevation attribute', async () => {
    const { doc, stats } = await importIfc(readIfc('duplex.ifc'), { fileName: 'duplex.ifc' });
    expect(stats.storeyElevations.every((s) => s.source === 'attribute')).toBe(true);
    const el = doc.floors.map((f) => f.elevation);
    expect([...el].sort((a, b) => a - b)).toEqual(el);
    expect(new Set(el).size).toBe(el.length);
  });
});
