/**
 * A diagonal step past a blocked corner cell with no way round runs through the gap between two obstacles: its
 * width is the shortest free chord between them that it crosses, which is what a walker passing there passes
 * through. Read at points along the step (the nearest obstacle, then straight on to the other side), a gap between
 * two seats' corners measured up to 14 cm wide, and a 0.42 m gap let walkers through.
 */
import { describe, expect, it } from 'vitest';
import { pointInPolygon } from '../../../src/core/geometry/polygon';
import { rasterizeFloor } from '../../../src/nav';
import { obstaclesOf } from '../../../src/nav/clearance';
import { generateHall } from '../../fixtures/generated-hall';

type P = [number, number];
/** Whether segments a–b and c–d cross, each strictly between its ends. */
const crosses = (a: P, b: P, c: P, d: P) => {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const den = rx * sy - ry * sx;
  if (!den) return false;
  const t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / den;
  const u = ((c[0] - a[0]) * ry - (c[1] - a[1]) * rx) / den;
  return t > 1e-9 && t < 1 - 1e-9 && u > 1e-9 && u < 1 - 1e-9;
};

/**
 * The shortest chord between two points of the obstacles' outlines (a centimetre apart along them, within a metre
 * of the step's middle) that crosses the step and runs through no obstacle: the gap by brute force.
 */
function shortestChord(floor: Parameters<typeof obstaclesOf>[0], p: P, q: P): number {
  const o = obstaclesOf(floor);
  const m: P = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
  const segs: [P, P][] = [];
  const pts: P[] = [];
  for (let e = 0; e < o.segs.length; e += 4) {
    const a: P = [o.segs[e], o.segs[e + 1]];
    const b: P = [o.segs[e + 2], o.segs[e + 3]];
    if (Math.min(Math.hypot(a[0] - m[0], a[1] - m[1]), Math.hypot(b[0] - m[0], b[1] - m[1])) > 3) continue;
    segs.push([a, b]);
    const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.01));
    for (let j = 0; j <= n; j++) {
      const x: P = [a[0] + ((b[0] - a[0]) * j) / n, a[1] + ((b[1] - a[1]) * j) / n];
      if (Math.hypot(x[0] - m[0], x[1] - m[1]) < 1) pts.push(x);
    }
  }
  let best = Infinity;
  for (let i = 0; i < pts.length; i++)
    for (let j = i + 1; j < pts.length; j++) {
      const len = Math.hypot(pts[j][0] - pts[i][0], pts[j][1] - pts[i][1]);
      if (len >= best || !crosses(pts[i], pts[j], p, q) || segs.some(([u, v]) => crosses(pts[i], pts[j], u, v))) continue;
      const c: P = [(pts[i][0] + pts[j][0]) / 2, (pts[i][1] + pts[j][1]) / 2];
      if (!o.polys.some((poly) => pointInPolygon(c, poly))) best = len;
    }
  return best;
}

describe('a diagonal step through the gap between two obstacles', () => {
  const hall = generateHall();
  it('has the width of the shortest free chord across it, within a centimetre (the generated hall’s seats)', () => {
    let steps = 0;
    for (const floor of hall.floors) {
      const g = rasterizeFloor(floor);
      for (const [key, w] of g.gaps) {
        const k = key & 7;
        // Each step once, from its lower cell (north-east 4, north-west 6).
        if (k !== 4 && k !== 6) continue;
        const i = key >> 3;
        const r = Math.floor(i / g.cols);
        const p: P = [g.origin[0] + (i - r * g.cols + 0.5) * g.cell, g.origin[1] + (r + 0.5) * g.cell];
        const q: P = [p[0] + (k === 4 ? g.cell : -g.cell), p[1] + g.cell];
        expect(Math.abs(w - shortestChord(floor, p, q)), `${floor.id} ${p} → ${q}`).toBeLessThan(0.01);
        steps++;
      }
    }
    // Seats set corner to corner, in rows and blocks, on the upper floors.
    expect(steps).toBeGreaterThan(8);
  });
});
