/**
 * A wall drawn around the holes its hosted elements cut (windows): the solid stretches at full height, and within
 * each hole the wall below its bottom (a sill) and above its top (a lintel). In the plan a hole is a gap, its two
 * faces drawn across it as an architect draws a window's sill.
 */
import type { HostCut } from '../core/kinds/base';
import type { Vec2 } from '../core/geometry/vec';

export interface WallLike {
  a: Vec2;
  b: Vec2;
  thickness: number;
}

/** A box of the wall: from `from` to `to` metres along it (0 at `a`), between heights `bottom` and `top`. */
export interface WallPiece {
  from: number;
  to: number;
  bottom: number;
  top: number;
}

/** The holes' spans along the wall, clipped to it, sorted and merged where they overlap. */
export function holeSpans(w: WallLike, cuts: readonly HostCut[]): { from: number; to: number; bottom: number; top: number }[] {
  const len = Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]);
  if (!(len > 0)) return [];
  const ux = (w.b[0] - w.a[0]) / len;
  const uy = (w.b[1] - w.a[1]) / len;
  const spans = cuts
    .map((c) => {
      const mid = (c.at[0] - w.a[0]) * ux + (c.at[1] - w.a[1]) * uy;
      return { from: Math.max(0, mid - c.width / 2), to: Math.min(len, mid + c.width / 2), bottom: c.bottom, top: c.top };
    })
    .filter((s) => s.to > s.from)
    .sort((p, q) => p.from - q.from);
  const out: typeof spans = [];
  for (const s of spans) {
    const last = out.at(-1);
    // Overlapping holes make one: the lowest bottom and highest top of the two.
    if (last && s.from <= last.to) Object.assign(last, { to: Math.max(last.to, s.to), bottom: Math.min(last.bottom, s.bottom), top: Math.max(last.top, s.top) });
    else out.push({ ...s });
  }
  return out;
}

/**
 * The wall's boxes, `height` tall; `plan`: the flat plan, where a hole leaves a gap. The wall box reaches half its
 * thickness past each end (so corners close), as the whole wall is drawn.
 */
export function wallPieces(w: WallLike, cuts: readonly HostCut[], height: number, plan: boolean): WallPiece[] {
  const len = Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]);
  const half = w.thickness / 2;
  const out: WallPiece[] = [];
  let at = -half;
  for (const s of holeSpans(w, cuts)) {
    if (s.from > at) out.push({ from: at, to: s.from, bottom: 0, top: height });
    if (!plan) {
      if (s.bottom > 0) out.push({ from: s.from, to: s.to, bottom: 0, top: Math.min(s.bottom, height) });
      if (s.top < height) out.push({ from: s.from, to: s.to, bottom: Math.max(s.top, 0), top: height });
    }
    at = s.to;
  }
  if (len + half > at) out.push({ from: at, to: len + half, bottom: 0, top: height });
  return out.filter((p) => p.to > p.from && p.top > p.bottom);
}

/** The wall's two faces across each hole, as plan segments (the sill seen below the plan's cut). */
export function holeFaces(w: WallLike, cuts: readonly HostCut[]): [Vec2, Vec2][] {
  const len = Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]);
  if (!(len > 0)) return [];
  const u: Vec2 = [(w.b[0] - w.a[0]) / len, (w.b[1] - w.a[1]) / len];
  const n: Vec2 = [-u[1] * (w.thickness / 2), u[0] * (w.thickness / 2)];
  const at = (t: number, k: number): Vec2 => [w.a[0] + u[0] * t + n[0] * k, w.a[1] + u[1] * t + n[1] * k];
  return holeSpans(w, cuts).flatMap((s) => [
    [at(s.from, 1), at(s.to, 1)],
    [at(s.from, -1), at(s.to, -1)],
  ]);
}
