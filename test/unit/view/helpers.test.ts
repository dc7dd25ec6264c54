import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHallText } from '../../../src/core';
import { ZONE_TYPES, type ZoneType } from '../../../src/core/vocab';
import { planToWorld, planRotY, worldToPlan } from '../../../src/view/coords';
import { rampColor, zoneColor } from '../../../src/view/colors';
import { groupByKind } from '../../../src/view/grouping';
import { formatLength, gridLines, niceScaleLength } from '../../../src/view/plan-grid';
import { doorSwing } from '../../../src/view/door-swing';
import { heatTextureData } from '../../../src/view/overlays/heat-texture';
import { hatchSegments } from '../../../src/view/hatch';
import { pointInPolygon } from '../../../src/core/geometry/polygon';
import { fitScale, shelfPack } from '../../../src/view/atlas-layout';
import { pickHandle, selectionHandles, vertexHandles } from '../../../src/view/handles';

const ROOT = resolve(import.meta.dirname, '../../..');
const loaded = parseHallText(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));
if (!loaded.ok) throw new Error('sample does not load');
const doc = loaded.doc;

describe('plan ↔ world', () => {
  it('maps plan x → x, plan y → −z, elevation → y and back', () => {
    expect(planToWorld([3, 4], 5)).toEqual([3, 5, -4]);
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), (x, y) => {
        const [wx, , wz] = planToWorld([x, y]);
        const back = worldToPlan(wx, wz);
        return back[0] === x && back[1] + 0 === y + 0;
      }),
    );
  });
  it('turns a plan CCW rotation into a three.js y rotation that is also CCW seen from above', () => {
    // plan east (1,0) rotated 90° CCW is plan north (0,1) = world −z
    const a = planRotY(90);
    const v = { x: 1, z: 0 };
    const rx = v.x * Math.cos(a) + v.z * Math.sin(a);
    const rz = -v.x * Math.sin(a) + v.z * Math.cos(a);
    expect(rx).toBeCloseTo(0);
    expect(rz).toBeCloseTo(-1);
  });
});

describe('colours', () => {
  it('gives every zone type a colour, one shared warm grey for staff zones, distinct colours for public ones', () => {
    const types = Object.keys(ZONE_TYPES) as ZoneType[];
    const staff = types.filter((t) => ZONE_TYPES[t].side === 'staff').map(zoneColor);
    const pub = types.filter((t) => ZONE_TYPES[t].side !== 'staff' && t !== 'unclassified').map(zoneColor);
    for (const c of [...staff, ...pub]) expect(c).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(staff).size).toBe(1);
    for (const c of pub) expect(staff).not.toContain(c);
    expect(new Set(pub).size).toBeGreaterThan(pub.length * 0.9);
  });
  it('ramps green → yellow → red and stays in [0,1]', () => {
    expect(rampColor(0)).toEqual([0, 0.8, 0.2]);
    expect(rampColor(1)[0]).toBe(1);
    expect(rampColor(1)[1]).toBeLessThan(0.2);
    fc.assert(fc.property(fc.double({ noNaN: false }), (t) => rampColor(t).every((c) => c >= 0 && c <= 1)));
    // red channel never decreases along the ramp
    for (let t = 0; t < 1; t += 0.05) expect(rampColor(t + 0.05)[0]).toBeGreaterThanOrEqual(rampColor(t)[0]);
  });
});

describe('instancing groups', () => {
  it('puts every element of the sample in exactly one kind group, in document order', () => {
    for (const f of doc.floors) {
      const g = groupByKind(f.elements);
      expect([...g.values()].reduce((n, a) => n + a.length, 0)).toBe(f.elements.length);
      for (const [kind, els] of g) {
        expect(els.every((e) => e.kind === kind)).toBe(true);
        const order = els.map((e) => f.elements.indexOf(e));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    }
  });
  it('the number of groups (hence layers, hence draw calls) does not grow with the element count', () => {
    const f = doc.floors[0];
    const doubled = [...f.elements, ...f.elements.map((e) => ({ ...e, id: `${e.id}-copy` }))];
    expect(groupByKind(doubled).size).toBe(groupByKind(f.elements).size);
  });
});

describe('plan grid and scale bar', () => {
  it('covers the extent with major lines every 5 m and minor lines between', () => {
    const g = gridLines({ minX: 0.5, minY: -2, maxX: 12, maxY: 9 }, 1, 5);
    const xsMajor = g.major.filter((l) => l[0] === l[2]).map((l) => l[0]);
    expect(xsMajor).toEqual([0, 5, 10, 15]);
    const xsMinor = g.minor.filter((l) => l[0] === l[2]).map((l) => l[0]);
    expect(xsMinor).toHaveLength(15 - 3);
    expect(xsMinor).not.toContain(5);
    const ysMajor = g.major.filter((l) => l[1] === l[3]).map((l) => l[1]);
    expect(ysMajor).toEqual([-5, 0, 5, 10]);
  });
  it('picks a 1-2-5 scale length that fits', () => {
    expect(niceScaleLength(10, 120)).toBe(10);
    expect(niceScaleLength(50, 120)).toBe(2);
    expect(niceScaleLength(1, 120)).toBe(100);
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e4, noNaN: true }), (ppm) => {
        const m = niceScaleLength(ppm, 120);
        const lead = m / 10 ** Math.floor(Math.log10(m) + 1e-9);
        return m * ppm <= 120 + 1e-6 && m * ppm > 120 / 5 - 1e-6 && [1, 2, 5].some((d) => Math.abs(lead - d) < 1e-6);
      }),
    );
    expect(formatLength(0.5)).toBe('500 mm');
    expect(formatLength(20)).toBe('20 m');
    expect(formatLength(2000)).toBe('2 km');
  });
});

describe('door swing', () => {
  it('hinges at one jamb, opens a leaf of the door width square to the wall, arc ends at the other jamb', () => {
    const { leaf, arc } = doorSwing({ position: [10, 0], rotation: 0, width: 1 }, 8);
    expect(leaf[0]).toEqual([9.5, 0]);
    expect(leaf[1][0]).toBeCloseTo(9.5);
    expect(leaf[1][1]).toBeCloseTo(1);
    expect(arc).toHaveLength(9);
    expect(arc[8][0]).toBeCloseTo(10.5);
    expect(arc[8][1]).toBeCloseTo(0);
    for (const p of arc) expect(Math.hypot(p[0] - 9.5, p[1])).toBeCloseTo(1);
  });
  it('turns with the wall', () => {
    const { leaf } = doorSwing({ position: [0, 0], rotation: 90, width: 2 });
    expect(leaf[0][0]).toBeCloseTo(0);
    expect(leaf[0][1]).toBeCloseTo(-1);
    expect(leaf[1][0]).toBeCloseTo(-2);
    expect(leaf[1][1]).toBeCloseTo(-1);
  });
});

describe('heat texture', () => {
  it('paints near values green, far values red, failures dark red and no-data transparent', () => {
    const d = heatTextureData({ cols: 4, rows: 1, values: [0, 90, 120, NaN] }, 100);
    expect([...d.slice(0, 4)]).toEqual([0, 204, 51, 255]);
    expect(d[4]).toBe(255);
    expect(d[5]).toBeLessThan(100);
    expect([...d.slice(8, 12)]).toEqual([89, 13, 13, 255]);
    expect(d[15]).toBe(0);
  });
  it('fails cells above a threshold lower than the ramp limit', () => {
    const d = heatTextureData({ cols: 1, rows: 1, values: [60] }, 100, 50);
    expect([...d]).toEqual([89, 13, 13, 255]);
  });
});

describe('selection handles', () => {
  const zone = doc.floors[0].elements.find((e) => e.kind === 'zone')!;
  it('gives one vertex handle per polygon corner, each naming its element and index', () => {
    const hs = vertexHandles(zone);
    expect(hs.map((h) => h.ref)).toEqual((zone as { polygon: unknown[] }).polygon.map((_, index) => ({ kind: 'vertex', elementId: zone.id, index })));
    expect(new Set(hs.map((h) => h.id)).size).toBe(hs.length);
  });
  it('adds a rotate knob above the selection and picks the nearest handle within tolerance', () => {
    const hs = selectionHandles(doc, [zone.id], [0, 0], 10, 1);
    expect(hs.at(-1)).toEqual({ id: 'handle:rotate', at: [0, 11], ref: { kind: 'rotate' } });
    expect(pickHandle(hs, [0.1, 11.1], 0.5)).toEqual({ kind: 'rotate' });
    expect(pickHandle(hs, [0, 20], 0.5)).toBeUndefined();
    const v = hs[1];
    expect(pickHandle(hs, [v.at[0] + 0.05, v.at[1]], 0.3)).toEqual(v.ref);
  });
});

describe('hatching', () => {
  it('keeps every hatch segment inside the polygon, concave ones too', () => {
    const L: [number, number][] = [
      [0, 0],
      [6, 0],
      [6, 2],
      [2, 2],
      [2, 6],
      [0, 6],
    ];
    const segs = hatchSegments(L, 0.5);
    expect(segs.length).toBeGreaterThan(10);
    for (const [a, b] of segs) for (const t of [0.25, 0.5, 0.75]) expect(pointInPolygon([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], L)).toBe(true);
  });
  it('covers a square: total hatch length ≈ area / spacing', () => {
    const sq: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    const total = hatchSegments(sq, 0.5).reduce((n, [a, b]) => n + Math.hypot(b[0] - a[0], b[1] - a[1]), 0);
    expect(total).toBeGreaterThan(190);
    expect(total).toBeLessThan(210);
  });
});

describe('sign text atlas layout', () => {
  it('packs cells in rows without overlap and inside the atlas', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 3000, noNaN: true }), { maxLength: 80 }), (ws) => {
        const { cells, height } = shelfPack(ws, 48, 1024);
        for (const c of cells) if (c.x < 0 || c.x + c.w > 1024 || c.y + c.h > height) return false;
        for (let i = 0; i < cells.length; i++)
          for (let j = i + 1; j < cells.length; j++) {
            const a = cells[i];
            const b = cells[j];
            if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) return false;
          }
        return cells.length === ws.length;
      }),
    );
  });
  it('shrinks text only when it does not fit', () => {
    expect(fitScale(100, 200, 4)).toBe(1);
    expect(fitScale(384, 200, 4)).toBeCloseTo(0.5);
  });
});
