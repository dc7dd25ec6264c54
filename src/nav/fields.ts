/**
 * Walking-distance fields shared by every rule that asks for the same sources, and kept across edits: a field is
 * cached per graph, and when the graph changes (a seat moved, so one floor's raster changed) the newest field for
 * the same sources is repaired into the new graph instead of solved again.
 */
import type { NavGraph, NavPoint } from './graph';
import { repair, solve, type Field } from './dijkstra';
import { optionsKey, searchSpace, type RouteOptions } from './mask';
import { fieldView, seedsOf, type DistanceField } from './search';

const perGraph = new WeakMap<NavGraph, Map<string, DistanceField>>();
/** The newest field per key (at most 48): what the next graph's field is repaired from. */
const newest = new Map<string, { f: Field; view: DistanceField }>();

const linkSigs = new WeakMap<NavGraph, string>();
function linksSignature(g: NavGraph): string {
  let s = linkSigs.get(g);
  if (s === undefined) {
    const parts: string[] = [];
    for (const [from, es] of g.links) for (const e of es) parts.push(`${from}>${e.to}:${e.cost}:${e.linkId}:${e.linkKind}:${e.accessible}:${e.slope}:${e.clearWidth}`);
    linkSigs.set(g, (s = parts.sort().join('|')));
  }
  return s;
}

export interface FieldStats {
  solved: number;
  repaired: number;
  reused: number;
}
/** Counts since start, for benchmarks and tests that want to see which path a field took. */
export const fieldStats: FieldStats = { solved: 0, repaired: 0, reused: 0 };

/** The field from `sources` on `g`; `key` names the source set so rules asking for the same one share it. */
export function fieldFor(g: NavGraph, key: string, sources: NavPoint[], o: RouteOptions = {}): DistanceField {
  let m = perGraph.get(g);
  if (!m) perGraph.set(g, (m = new Map()));
  const k = `${key}|${optionsKey(o)}|${JSON.stringify(sources)}`;
  const hit = m.get(k);
  if (hit) {
    fieldStats.reused++;
    return hit;
  }
  const space = searchSpace(g, o);
  const { seeds, points } = seedsOf(g, sources);
  const nk = `${g.audience}|${k}`;
  const base = newest.get(nk);
  const fixed = base && base.f.space.g !== g ? repair(base.f, space, seeds, linksSignature(base.f.space.g) === linksSignature(g)) : null;
  let f: Field;
  let view: DistanceField;
  if (fixed && base) {
    fieldStats.repaired++;
    f = fixed.field;
    view = fieldView(f, points, { base: base.view, dirty: fixed.dirty });
  } else {
    fieldStats.solved++;
    f = solve(space, seeds);
    view = fieldView(f, points);
  }
  newest.delete(nk);
  newest.set(nk, { f, view });
  if (newest.size > 48) newest.delete(newest.keys().next().value!);
  m.set(k, view);
  return view;
}
