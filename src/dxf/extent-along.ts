/** How far some points reach along a direction and across it: the box of the points in a frame turned to (ux, uy). */
export interface Extent {
  /** Along (ux, uy): lowest and highest projection. */
  u0: number;
  u1: number;
  /** Across (to the left of (ux, uy)): lowest and highest projection. */
  v0: number;
  v1: number;
}

/** The extent of the points (x, y pairs, flat) along the unit direction (ux, uy) and across it, measured from the origin. */
export function extentAlong(xy: ArrayLike<number>, ux: number, uy: number): Extent {
  let u0 = Infinity;
  let u1 = -Infinity;
  let v0 = Infinity;
  let v1 = -Infinity;
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const x = xy[i];
    const y = xy[i + 1];
    const u = x * ux + y * uy;
    const v = -x * uy + y * ux;
    if (u < u0) u0 = u;
    if (u > u1) u1 = u;
    if (v < v0) v0 = v;
    if (v > v1) v1 = v;
  }
  return { u0, u1, v0, v1 };
}
