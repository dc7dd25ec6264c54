/** Every drawn line of a floor by layer role, as flat x1,y1,x2,y2 runs: the DXF context layer shown under the hall. */
import type { FramePlan } from './clip';
import { arcPoints } from './read';
import type { LayerRole } from './types';

export function contextLines(p: FramePlan, role: (l: string) => LayerRole): Partial<Record<LayerRole, Float32Array>> {
  const lines: Partial<Record<LayerRole, number[]>> = {};
  const push = (r: LayerRole, ax: number, ay: number, bx: number, by: number) => (lines[r] ?? (lines[r] = [])).push(ax, ay, bx, by);
  for (const s of p.segs) push(role(s.layer), s.ax, s.ay, s.bx, s.by);
  for (const a of p.arcs) {
    const pts = arcPoints(a, 24);
    for (let i = 1; i < pts.length; i++) push(role(a.layer), pts[i - 1][0], pts[i - 1][1], pts[i][0], pts[i][1]);
  }
  const out: Partial<Record<LayerRole, Float32Array>> = {};
  for (const [k, v] of Object.entries(lines)) out[k as LayerRole] = new Float32Array(v);
  return out;
}
