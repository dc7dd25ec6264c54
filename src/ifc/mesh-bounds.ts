/** Bounds of the context meshes (box and sphere, as three.js computes them), worked out in the worker. */
import type { MeshBounds } from './types';

/** Numbers per run in a group's `runs`: first vertex, vertex count, then the box (x0, y0, z0, x1, y1, z1). */
export const RUN = 8;

/**
 * meshBounds(p), the same numbers, from the boxes of the runs of vertices that make up `p` (kept while
 * the positions were written, in order): the box is merged from the runs' boxes, and only the runs whose
 * box reaches beyond the farthest point found so far are walked for the radius (their farthest corner
 * bounds every point in them, computed with the same rounding steps), farthest first. `runs` must cover
 * `p` from vertex 0 in order, each box being the one meshBounds's comparisons would give over that run.
 */
export function boundsOfRuns(p: Float32Array, runs: Float64Array): MeshBounds | undefined {
  if (p.length < 3) return undefined;
  let x0 = Infinity,
    y0 = Infinity,
    z0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity,
    z1 = -Infinity;
  for (let r = 0; r < runs.length; r += RUN) {
    if (runs[r + 2] < x0) x0 = runs[r + 2];
    if (runs[r + 5] > x1) x1 = runs[r + 5];
    if (runs[r + 3] < y0) y0 = runs[r + 3];
    if (runs[r + 6] > y1) y1 = runs[r + 6];
    if (runs[r + 4] < z0) z0 = runs[r + 4];
    if (runs[r + 7] > z1) z1 = runs[r + 7];
  }
  const cx = (x0 + x1) / 2,
    cy = (y0 + y1) / 2,
    cz = (z0 + z1) / 2;
  // Each run's farthest possible distance (squared) from the centre, and the runs in that order, farthest first.
  const n = runs.length / RUN;
  const reach = new Float64Array(n);
  const order: number[] = [];
  for (let k = 0; k < n; k++) {
    const r = k * RUN;
    const dx = Math.max(Math.abs(runs[r + 2] - cx), Math.abs(runs[r + 5] - cx));
    const dy = Math.max(Math.abs(runs[r + 3] - cy), Math.abs(runs[r + 6] - cy));
    const dz = Math.max(Math.abs(runs[r + 4] - cz), Math.abs(runs[r + 7] - cz));
    const d = dx * dx + dy * dy + dz * dz;
    // NaN only when the centre is not finite: then every distance meshBounds measures is NaN too.
    if (d >= 0) {
      reach[k] = d;
      order.push(k);
    }
  }
  order.sort((a, b) => reach[b] - reach[a]);
  let r2 = 0;
  for (const k of order) {
    if (!(reach[k] > r2)) break;
    const end = (runs[k * RUN] + runs[k * RUN + 1]) * 3;
    for (let i = runs[k * RUN] * 3; i < end; i += 3) {
      const dx = p[i] - cx,
        dy = p[i + 1] - cy,
        dz = p[i + 2] - cz;
      const d = dx * dx + dy * dy + dz * dz;
      if (d > r2) r2 = d;
    }
  }
  return { min: [x0, y0, z0], max: [x1, y1, z1], center: [cx, cy, cz], radius: Math.sqrt(r2) };
}

/** Box, then the sphere around the box's centre through the farthest point: what three.js's computeBounding* give. */
export function meshBounds(p: Float32Array): MeshBounds | undefined {
  if (p.length < 3) return undefined;
  let x0 = Infinity,
    y0 = Infinity,
    z0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity,
    z1 = -Infinity;
  for (let i = 0; i + 2 < p.length; i += 3) {
    const x = p[i],
      y = p[i + 1],
      z = p[i + 2];
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    if (z < z0) z0 = z;
    if (z > z1) z1 = z;
  }
  const cx = (x0 + x1) / 2,
    cy = (y0 + y1) / 2,
    cz = (z0 + z1) / 2;
  let r2 = 0;
  for (let i = 0; i + 2 < p.length; i += 3) {
    const dx = p[i] - cx,
      dy = p[i + 1] - cy,
      dz = p[i + 2] - cz;
    const d = dx * dx + dy * dy + dz * dz;
    if (d > r2) r2 = d;
  }
  return { min: [x0, y0, z0], max: [x1, y1, z1], center: [cx, cy, cz], radius: Math.sqrt(r2) };
}
