/** Every drawn line of a floor by layer role, as flat x1,y1,x2,y2 runs: the DXF context layer shown under the hall. */
import type { FramePlan } from './clip';
import { arcPoints } from './arc-points';
import type { LayerRole } from './types';

export function contextLines(p: FramePlan, role: (l: string) => LayerRole): Partial<Record<LayerRole, Float32Array>> {
  // Two passes (count, then fill) so each role's lines go straight into one typed array.
  const segRole = p.segs.map((s) => role(s.layer));
  const arcPts = p.arcs.map((a) => arcPoints(a, 24));
  const arcRole = p.arcs.map((a) => role(a.layer));
  const count = new Map<LayerRole, number>();
  const add = (r: LayerRole, n: number) => count.set(r, (count.get(r) ?? 0) + n);
  for (const r of segRole) add(r, 4);
  arcPts.forEach((pts, i) => add(arcRole[i], 4 * Math.max(0, pts.length - 1)));
  const out: Partial<Record<LayerRole, Float32Array>> = {};
  const at = new Map<LayerRole, number>();
  for (const [r, n] of count) {
    out[r] = new Float32Array(n);
    at.set(r, 0);
  }
  const put = (r: LayerRole, ax: number, ay: number, bx: number, by: number) => {
    const arr = out[r] as Float32Array;
    let k = at.get(r) as number;
    arr[k++] = ax;
    arr[k++] = ay;
    arr[k++] = bx;
    arr[k++] = by;
    at.set(r, k);
  };
  p.segs.forEach((s, i) => put(segRole[i], s.ax, s.ay, s.bx, s.by));
  arcPts.forEach((pts, j) => {
    for (let i = 1; i < pts.length; i++) put(arcRole[j], pts[i - 1][0], pts[i - 1][1], pts[i][0], pts[i][1]);
  });
  return out;
}
