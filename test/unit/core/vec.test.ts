/** Plane geometry helpers written without temporaries, held to the plain definitions. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { add, closestOnSegment, cross, dist, distToSegment, dot, scale, segmentIntersection, sub, type Vec2 } from '../../../src/core/geometry/vec';
import { bbox, pointInPolygon, pointOnBoundary } from '../../../src/core/geometry/polygon';

const coord = fc.oneof(
  fc.integer({ min: -20, max: 20 }).map((k) => k * 0.5),
  fc.double({ min: -20, max: 20, noNaN: true }),
);
const pt = fc.tuple(coord, coord).map(([x, y]) => [x, y] as Vec2);

describe('distToSegment', () => {
  it('equals the distance to closestOnSegment, bit for bit (property)', () => {
    fc.assert(
      fc.property(
        pt,
        pt,
        fc.oneof(
          pt,
          pt.map((a) => a),
        ),
        (p, a, b) => {
          expect(distToSegment(p, a, b)).toBe(dist(p, closestOnSegment(p, a, b).point));
          expect(distToSegment(p, a, a)).toBe(dist(p, a));
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('closestOnSegment is the clamped projection', () => {
    const a: Vec2 = [0, 0];
    const b: Vec2 = [4, 0];
    const ab = sub(b, a);
    expect(closestOnSegment([2, 3], a, b).point).toEqual(add(a, scale(ab, dot(sub([2, 3], a), ab) / dot(ab, ab))));
    expect(closestOnSegment([-2, 3], a, b)).toEqual({ point: [0, 0], t: 0 });
    expect(distToSegment([6, 0], a, b)).toBe(2);
  });
});

describe('segmentIntersection', () => {
  it('equals the vector formula, bit for bit, hits and misses (property)', () => {
    const plain = (a: Vec2, b: Vec2, c: Vec2, d: Vec2): Vec2 | null => {
      const r = sub(b, a);
      const s = sub(d, c);
      const den = cross(r, s);
      if (Math.abs(den) < 1e-12) return null;
      const t = cross(sub(c, a), s) / den;
      const u = cross(sub(c, a), r) / den;
      if (t < -1e-9 || t > 1 + 1e-9 || u < -1e-9 || u > 1 + 1e-9) return null;
      return add(a, scale(r, t));
    };
    let hits = 0;
    fc.assert(
      fc.property(pt, pt, pt, pt, (a, b, c, d) => {
        const want = plain(a, b, c, d);
        if (want) hits++;
        expect(segmentIntersection(a, b, c, d)).toEqual(want);
      }),
      { numRuns: 3000 },
    );
    expect(hits).toBeGreaterThan(100);
  });
});

describe('pointInPolygon and bbox', () => {
  it('pointInPolygon is even-odd crossing with the boundary inside (property)', () => {
    fc.assert(
      fc.property(fc.array(pt, { minLength: 3, maxLength: 8 }), pt, (poly, p) => {
        let inside = false;
        for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
          const [xi, yi] = poly[i];
          const [xj, yj] = poly[j];
          if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
        }
        expect(pointInPolygon(p, poly)).toBe(inside || pointOnBoundary(p, poly, 1e-9));
        const b = bbox(poly);
        expect(b).toEqual({
          minX: Math.min(...poly.map((q) => q[0])),
          minY: Math.min(...poly.map((q) => q[1])),
          maxX: Math.max(...poly.map((q) => q[0])),
          maxY: Math.max(...poly.map((q) => q[1])),
        });
      }),
      { numRuns: 1000 },
    );
  });
});
