/** Element ids per floor and kind, and the millimetre rounding every imported coordinate gets. */
import { ensureCCW, type Polygon } from '../core/geometry/polygon';

export const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** A ring rounded to millimetres and turned counter-clockwise (as the hall's polygons are). */
export const roundRing = (poly: Polygon): Polygon => ensureCCW(poly.map(([x, y]) => [r3(x), r3(y)] as [number, number]));

export interface Ids {
  n: Map<string, number>;
}

export function nextId(ids: Ids, floor: string, prefix: string): string {
  const k = `${floor}-${prefix}`;
  const n = (ids.n.get(k) ?? 0) + 1;
  ids.n.set(k, n);
  return `${floor.toLowerCase()}-${prefix}-${String(n).padStart(3, '0')}`;
}
