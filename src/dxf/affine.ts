/** 2D affine maps for block inserts: [a, b, c, d, e, f] with x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type M = [number, number, number, number, number, number];
export const IDENTITY: M = [1, 0, 0, 1, 0, 0];
/** An entity drawn with its extrusion pointing down (z < 0) is seen mirrored in x from above. */
export const MIRROR_X: M = [-1, 0, 0, 1, 0, 0];

export function mul(p: M, q: M): M {
  return [
    p[0] * q[0] + p[2] * q[1],
    p[1] * q[0] + p[3] * q[1],
    p[0] * q[2] + p[2] * q[3],
    p[1] * q[2] + p[3] * q[3],
    p[0] * q[4] + p[2] * q[5] + p[4],
    p[1] * q[4] + p[3] * q[5] + p[5],
  ];
}
export const apX = (m: M, x: number, y: number) => m[0] * x + m[2] * y + m[4];
export const apY = (m: M, x: number, y: number) => m[1] * x + m[3] * y + m[5];
/** Area scale of the map (negative when it mirrors). */
export const det = (m: M) => m[0] * m[3] - m[1] * m[2];
