/**
 * Walking-distance fields shared by every rule that asks for the same sources, and kept across edits: a field is
 * cached per graph, and when the graph changes (a seat moved, so one floor's raster changed) the newest field for
 * the same sources is repaired into the new graph instead of solved again.
 */
import type { NavGraph, NavPoint } from './graph';
import type { LinkEdge } from './graph-types';
import { solve, type Field } from './dijkstra';
import { repair } from './repair';
import { optionsKey, searchSpace, type RouteOptions } from './mask';
import { fieldView, type DistanceField } from './field-view';
import { seedsOf } from './seeds';

const perGraph = new WeakMap<NavGraph, Map<string, { sources: readonly NavPoint[]; view: DistanceField }>>();
/** The newest field per key (at most 48): what the next graph's field is repaired from. */
const newest = new Map<string, { f: Field; view: DistanceField; sources: readonly NavPoint[]; points: Map<number, NavPoint> }>();

/**
 * Nodes that stand for another source point in `b` than in `a` at the same seed distance (two samples tied for one
 * cell, one of them now snapped elsewhere): a path from such a node starts elsewhere, though no figure changed.
 */
function pointsMoved(a: Map<number, NavPoint>, b: Map<number, NavPoint>): number[] {
  const out: number[] = [];
  if (a === b) return out;
  for (const [n, q] of b) {
    const o = a.get(n);
    if (o && (o.floorId !== q.floorId || o.p[0] !== q.p[0] || o.p[1] !== q.p[1])) out.push(n);
  }
  return out;
}

/**
 * A short key for a source list (some rules pass hundreds of sample points): a hash of the coordinates' bits and
 * floor ids. Hits are confirmed against the stored list, so a collision costs a solve, never a wrong field.
 */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
function sourcesKey(sources: readonly NavPoint[]): string {
  if (sources.length <= 4) return JSON.stringify(sources);
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  const mix = (x: number) => {
    h1 = Math.imul(h1 ^ x, 0x01000193);
    h2 = Math.imul(h2 ^ x, 0x5bd1e995) ^ (h2 >>> 15);
  };
  for (const s of sources) {
    for (let i = 0; i < s.floorId.length; i++) mix(s.floorId.charCodeAt(i));
    for (const v of s.p) {
      bits[0] = v;
      mix(words[0]);
      mix(words[1]);
    }
  }
  return `#${sources.length}:${h1 >>> 0}:${h2 >>> 0}`;
}

/** Keys of frozen source lists: a frozen list cannot change, so its key is worked out once. */
const frozenKeys = new WeakMap<readonly NavPoint[], string>();
function keyOf(sources: readonly NavPoint[]): string {
  if (!Object.isFrozen(sources)) return sourcesKey(sources);
  let k = frozenKeys.get(sources);
  if (k === undefined) frozenKeys.set(sources, (k = sourcesKey(sources)));
  return k;
}

const sameSources = (a: readonly NavPoint[], b: readonly NavPoint[]) =>
  a === b || (a.length === b.length && a.every((s, i) => s.floorId === b[i].floorId && s.p[0] === b[i].p[0] && s.p[1] === b[i].p[1]));
/**
 * What a field remembers of its sources: a frozen list itself (the next check passes the same list while the
 * sources stay, see rules/sources.ts), else a copy, as the caller may change its list afterwards.
 */
const keepSources = (a: readonly NavPoint[]): readonly NavPoint[] => (Object.isFrozen(a) ? a : a.map((s) => ({ floorId: s.floorId, p: [s.p[0], s.p[1]] })));

/**
 * Whether two graphs have the same link edges (a field can be repaired across them only then). Compared edge by
 * edge in the order the graph builder lists them, which is the floors' and links' order: the same links give the
 * same order, and a reordering only costs a fresh solve. The last answer per graph is kept (each check asks it for
 * every field repaired into the new graph), naming the other graph by a number: a graph that held the one before
 * it held every graph of a drag, with their fields, through this memo (the heap grew by 0.4 MB a seat move).
 */
const linksMemo = new WeakMap<NavGraph, { other: number; same: boolean }>();
const graphIds = new WeakMap<NavGraph, number>();
let nextGraphId = 1;
const idOf = (g: NavGraph): number => {
  let id = graphIds.get(g);
  if (id === undefined) graphIds.set(g, (id = nextGraphId++));
  return id;
};
export function sameLinks(a: NavGraph, b: NavGraph): boolean {
  if (a === b || a.links === b.links) return true;
  const hit = linksMemo.get(b);
  if (hit && hit.other === idOf(a)) return hit.same;
  let same = a.links.size === b.links.size;
  for (const [from, es] of a.links) {
    if (!same) break;
    const other = b.links.get(from);
    same = !!other && other.length === es.length && es.every((e, i) => sameEdge(e, other[i]));
  }
  linksMemo.set(b, { other: idOf(a), same });
  return same;
}
const sameEdge = (e: LinkEdge, f: LinkEdge) =>
  e.to === f.to && e.cost === f.cost && e.linkId === f.linkId && e.linkKind === f.linkKind && e.accessible === f.accessible && e.slope === f.slope && e.clearWidth === f.clearWidth;

export interface FieldStats {
  solved: number;
  repaired: number;
  reused: number;
}
/** Counts since start, for benchmarks and tests that want to see which path a field took. */
export const fieldStats: FieldStats = { solved: 0, repaired: 0, reused: 0 };

/**
 * The field from `sources` on `g`; `key` names the source set so rules asking for the same one share it. With a
 * finite `within`, the field reads Infinity beyond that distance (see solve) and costs only the part within it.
 */
export function fieldFor(g: NavGraph, key: string, sources: readonly NavPoint[], o: RouteOptions = {}, within = Infinity): DistanceField {
  let m = perGraph.get(g);
  if (!m) perGraph.set(g, (m = new Map()));
  const k = `${key}|${optionsKey(o)}|${within === Infinity ? '' : `within ${within}|`}${keyOf(sources)}`;
  const hit = m.get(k);
  if (hit && sameSources(hit.sources, sources)) {
    fieldStats.reused++;
    return hit.view;
  }
  const space = searchSpace(g, o);
  const { seeds, points } = seedsOf(g, sources);
  const nk = `${g.audience}|${k}`;
  const candidate = newest.get(nk);
  const base = candidate && sameSources(candidate.sources, sources) ? candidate : undefined;
  const fixed = base && base.f.space.g !== g ? repair(base.f, space, seeds, sameLinks(base.f.space.g, g), within) : null;
  let f: Field;
  let view: DistanceField;
  if (fixed && base) {
    fieldStats.repaired++;
    f = fixed.field;
    const moved = pointsMoved(base.points, points);
    view = fieldView(f, points, { base: base.view, dirty: moved.length ? fixed.dirty.concat(moved) : fixed.dirty });
  } else {
    fieldStats.solved++;
    f = solve(space, seeds, within);
    view = fieldView(f, points);
  }
  const kept = keepSources(sources);
  newest.delete(nk);
  newest.set(nk, { f, view, sources: kept, points });
  if (newest.size > 48) newest.delete(newest.keys().next().value!);
  m.set(k, { sources: kept, view });
  return view;
}
