/**
 * The pieces of a kind's `asSchemaGives`: plain tests of what its zod schema would accept unchanged (same keys, same
 * order, no defaults to fill in). Zod costs up to ~2 ms per import on the sample files (half of it the O(n²) crossing
 * test of every polygon, with a fresh array per edge pair); these walk an element once. Anything unsure answers false,
 * and the schema then runs as before, so a false "no" costs time, never correctness.
 */
import type { z } from 'zod';
import { area, type Polygon } from '../geometry/polygon';
import { dist, segmentsIntersect } from '../geometry/vec';
import { MAX_COORD_M, MAX_LENGTH_M } from '../limits';

type Shape = Record<string, z.ZodType>;

/** Key order of a kind as the schema writes it, and which keys it would fill in (or demand) when absent. */
export interface Layout {
  order: string[];
  needed: Set<string>;
}

export function layout(shape: Shape): Layout {
  const order = Object.keys(shape);
  const needed = new Set(
    order.filter((k) => {
      const r = shape[k].safeParse(undefined);
      return !r.success || r.data !== undefined;
    }),
  );
  return { order, needed };
}

const ID = /^[A-Za-z0-9_\-:.$]+$/;

export const isId = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= 80 && ID.test(v);
export const isText = (v: unknown) => typeof v === 'string' && v.length <= 500;
export const fin = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const within = (v: unknown, lo: number, hi: number) => fin(v) && v >= lo && v <= hi;
export const posLen = (v: unknown) => fin(v) && v > 0 && v <= MAX_LENGTH_M;
export const angle = (v: unknown) => within(v, -3600, 3600);
export const vec2 = (v: unknown) => Array.isArray(v) && v.length === 2 && within(v[0], -MAX_COORD_M, MAX_COORD_M) && within(v[1], -MAX_COORD_M, MAX_COORD_M);
export const opt = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);
export const bool = (v: unknown) => typeof v === 'boolean';
export const sameKeys = (o: unknown, keys: string[]) => !!o && typeof o === 'object' && Object.keys(o).join() === keys.join();

/** The fields every kind has (BaseFields), then keys exactly in the schema's order, none unknown, none missing that the schema would add or demand. */
export function baseAndLayout(el: { id: string; name?: string; ifcGlobalId?: string; locked?: boolean }, l: Layout): boolean {
  if (!isId(el.id) || !opt(el.name, isText) || !opt(el.ifcGlobalId, (g) => typeof g === 'string' && g.length <= 64) || !opt(el.locked, bool)) return false;
  let at = 0;
  let needed = 0;
  for (const k of Object.keys(el)) {
    while (at < l.order.length && l.order[at] !== k) at++;
    if (at === l.order.length) return false;
    if ((el as Record<string, unknown>)[k] === undefined) return false;
    if (l.needed.has(k)) needed++;
    at++;
  }
  return needed === l.needed.size;
}

/**
 * PolygonSchema's test (3–5000 points, no repeated point, no two non-adjacent edges touching, area ≥ 1e-6)
 * without its cost: core's segmentsIntersect makes four arrays per edge pair; this does the same
 * arithmetic in the same order (so the same rounding, the same answer on near-collinear edges) in place.
 */
export function simpleRing(v: unknown): boolean {
  if (!Array.isArray(v) || v.length < 3 || v.length > 5000) return false;
  for (const p of v) if (!vec2(p)) return false;
  const poly = v as Polygon;
  const n = poly.length;
  for (let i = 0; i < n; i++) {
    const p = poly[i];
    for (let j = i + 1; j < n; j++) {
      const q = poly[j];
      // hypot is at least the larger difference: only close pairs need it.
      if (Math.abs(p[0] - q[0]) > 1e-9 || Math.abs(p[1] - q[1]) > 1e-9) continue;
      if (dist(p, q) < 1e-9) return false;
    }
  }
  for (let i = 0; i < n; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % n];
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (segmentsIntersect(a, b, poly[j], poly[(j + 1) % n])) return false;
    }
  }
  return area(poly) >= 1e-6;
}
