/**
 * The one point-in-polygon test: even-odd crossings, half-open on the boundary (a point on an edge two rooms share
 * counts for one of them, not both: on an axis-aligned room, its lower and left edges are in, upper and right out).
 * Apart from polygon.ts (with its polylabel import) so the phone app bundles only this; `pointInPolygon` there is
 * the same test with the whole boundary in.
 */
export function insideRing(p: readonly number[], ring: readonly (readonly number[])[]): boolean {
  let r = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0];
    const yi = ring[i][1];
    const xj = ring[j][0];
    const yj = ring[j][1];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) r = !r;
  }
  return r;
}
