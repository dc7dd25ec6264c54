/** The one-metre strips' boxes bucketed on a grid, so an element is compared with the strips near it only. */
import type { BBox } from '../../core/geometry/polygon';

/** Strip boxes bucketed by cell: cell (cx, cy) of the grid is `cx * ny + cy`, its first cell at (x0, y0) × size. */
interface StripGrid {
  size: number;
  x0: number;
  y0: number;
  nx: number;
  ny: number;
  start: Int32Array;
  items: Int32Array;
}
export function stripGrid(boxes: readonly BBox[], widest: number): StripGrid {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.minX);
    minY = Math.min(minY, b.minY);
    maxX = Math.max(maxX, b.maxX);
    maxY = Math.max(maxY, b.maxY);
  }
  // A zero-sized strip (a counter drawn with no width) still buckets: any positive cell size does. Cells grow
  // (which only puts more strips in each) until there are at most about two per strip (a union of boxes across the origin spans four at any size).
  let size = widest > 0 ? widest : 1;
  const cellsAt = (s: number) => (Math.floor(maxX / s) - Math.floor(minX / s) + 1) * (Math.floor(maxY / s) - Math.floor(minY / s) + 1);
  while (cellsAt(size) > 2 * (boxes.length + 1)) size *= 2;
  const x0 = Math.floor(minX / size);
  const y0 = Math.floor(minY / size);
  const nx = Math.floor(maxX / size) - x0 + 1;
  const ny = Math.floor(maxY / size) - y0 + 1;
  const start = new Int32Array(nx * ny + 1);
  const each = (visit: (cell: number, k: number) => void) =>
    boxes.forEach((b, k) => {
      for (let cx = Math.floor(b.minX / size) - x0; cx <= Math.floor(b.maxX / size) - x0; cx++)
        for (let cy = Math.floor(b.minY / size) - y0; cy <= Math.floor(b.maxY / size) - y0; cy++) visit(cx * ny + cy, k);
    });
  each((cell) => start[cell + 1]++);
  for (let c = 0; c < nx * ny; c++) start[c + 1] += start[c];
  const items = new Int32Array(start[nx * ny]);
  const fill = start.slice(0, nx * ny);
  each((cell, k) => {
    items[fill[cell]++] = k;
  });
  return { size, x0, y0, nx, ny, start, items };
}
