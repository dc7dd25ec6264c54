import type { Arc } from './types';

/** Straight pieces per full circle when an arc must be drawn as segments. */
export const ARC_STEPS = 32;

/** Points approximating an arc (for rasters and context lines). */
export function arcPoints(a: Arc, steps = ARC_STEPS): [number, number][] {
  let sweep = a.a1 - a.a0;
  if (sweep <= 0) sweep += 2 * Math.PI;
  const n = Math.max(2, Math.ceil((steps * sweep) / (2 * Math.PI)));
  const out: [number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const t = a.a0 + (sweep * i) / n;
    out.push([a.cx + a.r * Math.cos(t), a.cy + a.r * Math.sin(t)]);
  }
  return out;
}
