/** Plan footprints from triangles: L-shaped rooms stay L-shaped; oriented rectangles of rotated walls. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convexHull, orientedRect, triangleOutline, cleanRing, hullCandidates } from '../../src/ifc/footprint';
import { guessZoneType } from '../../src/ifc/zone-type';
import { area, isSimplePolygon, signedArea } from '../../src/core/geometry/polygon';

describe('footprints', () => {
  it('an L-shaped room from its triangles keeps its notch (not the convex hull)', () => {
    // L = 6×6 square minus the 3×3 top-right corner, as 4 triangles, plus the same again as the bottom face.
    const tris = [0, 0, 6, 0, 6, 3, 0, 0, 6, 3, 3, 3, 0, 0, 3, 3, 3, 6, 0, 0, 3, 6, 0, 6];
    const o = triangleOutline([...tris, ...tris])!;
    expect(o.fellBack).toBe(false);
    expect(area(o.polygon)).toBeCloseTo(27, 9);
    expect(area(convexHull(o.polygon))).toBeGreaterThan(31);
    expect(o.polygon).toHaveLength(6);
    expect(signedArea(o.polygon)).toBeGreaterThan(0);
    expect(isSimplePolygon(o.polygon)).toBe(true);
  });

  it('clockwise and vertical triangles are handled (vertical ones ignored)', () => {
    const o = triangleOutline([0, 0, 0, 2, 2, 2, 0, 0, 2, 2, 2, 0, 1, 1, 1, 1, 1, 1])!;
    expect(area(o.polygon)).toBeCloseTo(4, 9);
  });

  it('oriented rectangle of a rotated wall gives its axis length and thickness', () => {
    fc.assert(
      fc.property(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: 0.5, max: 30, noNaN: true }), fc.double({ min: 0.05, max: 0.45, noNaN: true }), (deg, L, t) => {
        const a = (deg * Math.PI) / 180;
        const u = [Math.cos(a), Math.sin(a)];
        const v = [-u[1], u[0]];
        const pts: [number, number][] = [];
        for (const s of [0, L]) for (const k of [-t / 2, t / 2]) pts.push([5 + u[0] * s + v[0] * k, 7 + u[1] * s + v[1] * k]);
        const r = orientedRect(pts)!;
        expect(r.length).toBeCloseTo(L, 6);
        expect(r.width).toBeCloseTo(t, 6);
        expect(Math.abs(r.axis[0] * u[0] + r.axis[1] * u[1])).toBeCloseTo(1, 6);
      }),
    );
  });

  it('convex hull (with its interior-point shortcut) contains every point and is convex', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })), { minLength: 3, maxLength: 300 }), (raw) => {
        const pts = raw.map(([x, y]) => [x / 10, y / 10] as [number, number]);
        const h = convexHull(hullCandidates(pts.flat()));
        expect(h).toEqual(convexHull(pts));
        if (h.length < 3) return;
        for (let i = 0; i < h.length; i++) {
          const a = h[i];
          const b = h[(i + 1) % h.length];
          for (const p of pts) expect((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])).toBeGreaterThanOrEqual(-1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('cleanRing drops repeated and collinear points', () => {
    expect(
      cleanRing([
        [0, 0],
        [1, 0],
        [2, 0],
        [2, 0],
        [2, 2],
        [0, 2],
      ]),
    ).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]);
  });
});

describe('zone type from the space name', () => {
  it.each([
    ['无障碍卫生间', 'accessible-toilet'],
    ['男卫生间', 'toilet'],
    ['WC', 'toilet'],
    ['Bathroom 1', 'toilet'],
    ['休息等候区', 'waiting'],
    ['Waiting area', 'waiting'],
    ['综合受理窗口区', 'counter-service'],
    ['档案室', 'records'],
    ['弱电机房', 'it-room'],
    ['Server room', 'it-room'],
    ['小会议室', 'meeting'],
    ['Meeting Room', 'meeting'],
    ['咨询台', 'consultation'],
    ['走廊', 'circulation'],
    ['Lobby', 'circulation'],
    ['门厅', 'circulation'],
    ['后台办公室', 'back-office'],
    ['Office 12', 'back-office'],
    ['24小时自助服务区', 'self-service-24h'],
    ['Schlafzimmer', 'unclassified'],
    ['', 'unclassified'],
  ])('%s → %s', (name, type) => {
    expect(guessZoneType(name)).toBe(type);
  });
});
