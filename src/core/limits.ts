/**
 * Size limits of a hall, shared by the file schema, the editor's inputs and the analyses that allocate from a
 * plan's extent. A service hall floor is at most a few hundred metres across; the limits leave ample room for
 * that while keeping every raster, sample grid and search small enough to finish in seconds on a laptop.
 */
import type { Vec2 } from './geometry/vec';

/**
 * No plan coordinate lies further than this from the plan origin (metres). Generous on purpose: IFC models placed in
 * projected coordinates (UTM northings reach 10,000 km) keep their numbers; what bounds the work is the span of one
 * floor, MAX_FLOOR_SPAN_M, since every raster and sample grid is laid over that extent, not over the origin.
 */
export const MAX_COORD_M = 10_000_000;
/**
 * Every floor's geometry fits in a square this wide (metres). The largest service halls are about 300 m long, so
 * this leaves a wide margin for a hall with its forecourt; a floor past it is almost always a unit mistake (a plan
 * in millimetres read as metres) or a whole site, and is refused with that said. Within it, every walking-distance
 * raster (0.5 m cells: 4 million at most, tens of MB) and sample grid is allocated whole, so no tiling is needed.
 */
export const MAX_FLOOR_SPAN_M = 1_000;
/** Lengths and sizes of one element (metres). */
export const MAX_LENGTH_M = 1_000;
/** Largest walking-distance raster of one floor (cells): a 1,000 m floor at 0.5 m plus element overhang. */
export const MAX_RASTER_CELLS = 6_250_000;
/** Largest number of sample points one polygon may be measured with. */
export const MAX_POLYGON_SAMPLES = 4_000_000;
/** Parameters a hall may override, and the length of one override key or string. */
export const MAX_OVERRIDES = 200;

/**
 * An analysis refused because the plan is larger than it can handle in bounded time and memory. Rules that meet
 * it report "could not be checked" with this message instead of running out of memory.
 */
export class PlanTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanTooLargeError';
  }
}

/** The plan points an element is drawn from (positions, wall ends, polygon and route vertices). */
export function elementPoints(e: object): Vec2[] {
  const o = e as Record<string, unknown>;
  const out: Vec2[] = [];
  for (const k of ['position', 'a', 'b'] as const) if (Array.isArray(o[k])) out.push(o[k] as Vec2);
  for (const k of ['polygon', 'points'] as const) if (Array.isArray(o[k])) out.push(...(o[k] as Vec2[]));
  return out;
}

/** Width and depth of the box holding a floor's outline and element points, or undefined for an empty floor. */
export function floorSpan(floor: { outline?: readonly Vec2[]; elements: readonly object[] }): { w: number; h: number } | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (p: Vec2) => {
    if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') return;
    if (p[0] < minX) minX = p[0];
    if (p[0] > maxX) maxX = p[0];
    if (p[1] < minY) minY = p[1];
    if (p[1] > maxY) maxY = p[1];
  };
  for (const p of floor.outline ?? []) add(p);
  for (const e of floor.elements) for (const p of elementPoints(e)) add(p);
  if (minX > maxX) return undefined;
  return { w: maxX - minX, h: maxY - minY };
}

/** The message for a floor wider than MAX_FLOOR_SPAN_M, or undefined when it fits. */
export function floorSpanProblem(floor: { outline?: readonly Vec2[]; elements: readonly object[] }): string | undefined {
  const s = floorSpan(floor);
  if (!s || (s.w <= MAX_FLOOR_SPAN_M && s.h <= MAX_FLOOR_SPAN_M)) return undefined;
  return (
    `floor geometry spans ${fmtM(s.w)} × ${fmtM(s.h)} m, more than the ${MAX_FLOOR_SPAN_M} m a floor may span ` +
    `(the largest service halls are about 300 m: check the drawing unit, or make separate halls of a larger site) / ` +
    `楼层范围 ${fmtM(s.w)} × ${fmtM(s.h)} 米，超过上限 ${MAX_FLOOR_SPAN_M} 米（最大的政务大厅约 300 米：请检查图纸单位，或将更大的场地分为多个大厅）`
  );
}

const fmtM = (v: number) => (v >= 1e6 ? v.toExponential(2) : String(Math.round(v)));

/** A user-supplied string shortened for a message: never more than `max` characters, the length said. */
export function clip(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max)}…(${s.length} characters)`;
}
