/** Columns and furniture as obstacles: closed outlines as drawn, other linework by connected group, as its hull. Metres. */
import { area, type Polygon } from '../core/geometry/polygon';

export function convexHull(points: [number, number][]): Polygon {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const cross = (o: number[], a: number[], b: number[]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: [number, number][] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

interface P2 {
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

/** Groups of segments that touch end to end (within `tol`), as lists of their end points. */
export function connectedGroups(segs: P2[], tol: number): [number, number][][] {
  const parent = segs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const key = (x: number, y: number) => `${Math.round(x / tol)},${Math.round(y / tol)}`;
  const at = new Map<string, number>();
  segs.forEach((s, i) => {
    for (const [x, y] of [
      [s.ax, s.ay],
      [s.bx, s.by],
    ]) {
      const k = key(x, y);
      const j = at.get(k);
      if (j === undefined) at.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, [number, number][]>();
  segs.forEach((s, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push([s.ax, s.ay], [s.bx, s.by]);
    groups.set(r, g);
  });
  return [...groups.values()];
}

/** A hull that is a usable obstacle: between minArea and maxArea square metres. */
export function obstacleHull(points: [number, number][], minArea: number, maxArea: number): Polygon | undefined {
  if (points.length < 3) return undefined;
  const hull = convexHull(points);
  if (hull.length < 3) return undefined;
  const a = area(hull);
  return a >= minArea && a <= maxArea ? hull : undefined;
}
