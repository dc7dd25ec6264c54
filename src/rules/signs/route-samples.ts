/** Points every `step` along a walked route, as columns, kept per route object (routes stay while the walk does). */
import { dist } from '../../core/geometry/vec';
import type { NavPoint } from '../../nav';

export interface Samples {
  n: number;
  /** Floor number per sample (see floorNumber; floorIdOf gives the floor id back). */
  floor: Int32Array;
  x: Float64Array;
  y: Float64Array;
  /** Walked from the route's start. */
  along: Float64Array;
  /** Left to walk to the route's end. */
  left: Float64Array;
}

/** Small numbers for floor ids, the same in every route. */
const floorNumbers = new Map<string, number>();
const floorIds: string[] = [];
export function floorNumber(id: string): number {
  let n = floorNumbers.get(id);
  if (n === undefined) {
    floorNumbers.set(id, (n = floorIds.length));
    floorIds.push(id);
  }
  return n;
}
/** The floor id a floor number stands for. */
export const floorIdOf = (n: number): string => floorIds[n];

const kept = new WeakMap<readonly NavPoint[], Map<number, Samples>>();

/** Samples made by routeSamples (for tests: the route tree samples only the legs it grows). */
export const sampleStats = { made: 0 };

/** The route's samples every `step` (each vertex kept), with the distance walked and left. */
export function routeSamples(route: readonly NavPoint[], step: number): Samples {
  let m = kept.get(route);
  if (!m) kept.set(route, (m = new Map()));
  let s = m.get(step);
  if (!s) m.set(step, (s = sample(route, step)));
  return s;
}

/** How many samples of a leg lie strictly between its ends. */
export const innerSamples = (a: NavPoint, b: NavPoint, step: number) => (a.floorId === b.floorId ? Math.max(1, Math.ceil(dist(a.p, b.p) / step)) - 1 : 0);

function sample(route: readonly NavPoint[], step: number): Samples {
  let n = route.length;
  for (let i = 1; i < route.length; i++) n += innerSamples(route[i - 1], route[i], step);
  sampleStats.made += n;
  // One buffer for the five columns: a hall's routes are sampled by the hundred, and each typed array of its own
  // costs a backing store outside the heap.
  const f64 = Float64Array.BYTES_PER_ELEMENT;
  const buf = new ArrayBuffer(n * (4 * f64 + Int32Array.BYTES_PER_ELEMENT));
  const column = (k: number) => new Float64Array(buf, k * n * f64, n);
  const s: Samples = {
    n,
    x: column(0),
    y: column(1),
    along: column(2),
    left: column(3),
    floor: new Int32Array(buf, 4 * n * f64, n),
  };
  let w = 0;
  let along = 0;
  for (let i = 0; i < route.length; i++) {
    const { floorId, p } = route[i];
    const f = floorNumber(floorId);
    const prev = route[i - 1];
    if (prev && prev.floorId === floorId) {
      const [x0, y0] = prev.p;
      const dx = p[0] - x0;
      const dy = p[1] - y0;
      const d = Math.sqrt(dx * dx + dy * dy);
      const k1 = Math.max(1, Math.ceil(d / step));
      for (let k = 1; k < k1; k++, w++) {
        const t = k / k1;
        s.floor[w] = f;
        s.x[w] = x0 + dx * t;
        s.y[w] = y0 + dy * t;
        s.along[w] = along + d * t;
      }
      along += d;
    }
    s.floor[w] = f;
    s.x[w] = p[0];
    s.y[w] = p[1];
    s.along[w++] = along;
  }
  for (let k = 0; k < n; k++) s.left[k] = along - s.along[k];
  return s;
}

/**
 * Boxes per floor, flat as [floor, minX, minY, maxX, maxY, …], of samples `from`…`to` − 1 of `s` (those `keep` takes),
 * grown by `pad`: where a route's samples can be near another's.
 */
export function sampleBoxes(s: Samples, from: number, to: number, pad: number, out: number[] = [], keep?: (k: number) => boolean): number[] {
  for (let k = from; k < to; k++) if (!keep || keep(k)) widen(out, s.floor[k], s.x[k] - pad, s.y[k] - pad, s.x[k] + pad, s.y[k] + pad);
  return out;
}

/** Widens the box of `floor` in a flat box list (sampleBoxes) to hold x0…x1 × y0…y1, or adds it. */
export function widen(out: number[], floor: number, x0: number, y0: number, x1: number, y1: number): void {
  let b = out.length - 5;
  while (b >= 0 && out[b] !== floor) b -= 5;
  if (b < 0) {
    out.push(floor, x0, y0, x1, y1);
    return;
  }
  if (x0 < out[b + 1]) out[b + 1] = x0;
  if (y0 < out[b + 2]) out[b + 2] = y0;
  if (x1 > out[b + 3]) out[b + 3] = x1;
  if (y1 > out[b + 4]) out[b + 4] = y1;
}

/** Whether two flat box lists (sampleBoxes) have boxes on one floor that overlap. */
export function boxesMeet(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 5)
    for (let j = 0; j < b.length; j += 5) if (a[i] === b[j] && a[i + 1] <= b[j + 3] && a[i + 3] >= b[j + 1] && a[i + 2] <= b[j + 4] && a[i + 4] >= b[j + 2]) return true;
  return false;
}

/**
 * Where a route's new samples differ from its old ones for a route walked after it: all that other routes read of
 * a sample is where it is and whether `minLeg` or more is left from it (junctions.ts), so the samples both versions
 * share at the start and at the end, so judged, are left out. Boxes as sampleBoxes, grown by `pad`.
 */
export function changedSampleBoxes(old: Samples | undefined, now: Samples, minLeg: number, pad: number, out: number[] = []): number[] {
  if (!old) return sampleBoxes(now, 0, now.n, pad, out);
  const same = (i: number, j: number) => old.floor[i] === now.floor[j] && old.x[i] === now.x[j] && old.y[i] === now.y[j] && old.left[i] >= minLeg === now.left[j] >= minLeg;
  const m = Math.min(old.n, now.n);
  let head = 0;
  while (head < m && same(head, head)) head++;
  let tail = 0;
  while (tail < m - head && same(old.n - 1 - tail, now.n - 1 - tail)) tail++;
  sampleBoxes(old, head, old.n - tail, pad, out);
  return sampleBoxes(now, head, now.n - tail, pad, out);
}
