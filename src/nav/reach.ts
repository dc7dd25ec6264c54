/**
 * Where a search from some sources can get to at all, without distances: a flood fill over the same edges
 * Dijkstra uses (grid steps into open cells, no corner cutting, links the options allow). Rules that only ask
 * "can a wheelchair get there" need this, and it costs a fraction of a distance field.
 */
import { nodeOf, type NavGraph, type NavPoint } from './graph';
import { linkAllowed, searchSpace, type RouteOptions, type SearchSpace } from './mask';
import { seedsOf } from './search';
import type { Vec2 } from '../core/geometry/vec';

export interface Reach {
  /** Whether the point (snapped to a walkable cell within 1 m, as DistanceField.at snaps) can be reached. */
  at(floorId: string, p: Vec2): boolean;
}

/** 1 for every node reachable from a seed. Seeds expand even when closed to these options, as in solve(). */
export function reachable(s: SearchSpace, seeds: Iterable<number>): Uint8Array {
  const { g, mask, floorOf, o, linked } = s;
  const { grids, offsets, links } = g;
  const seen = new Uint8Array(g.size);
  const stack = new Int32Array(g.size);
  let top = 0;
  for (const n of seeds) if (!seen[n]) (seen[n] = 1), (stack[top++] = n);
  while (top > 0) {
    const n = stack[--top];
    const fi = floorOf[n];
    const grid = grids[fi];
    const cols = grid.cols;
    const i = n - offsets[fi];
    const r = (i / cols) | 0;
    const c = i - r * cols;
    const mE = c + 1 < cols && mask[n + 1] === 1;
    const mW = c > 0 && mask[n - 1] === 1;
    const mN = r + 1 < grid.rows && mask[n + cols] === 1;
    const mS = r > 0 && mask[n - cols] === 1;
    let j: number;
    if (mE && !seen[(j = n + 1)]) (seen[j] = 1), (stack[top++] = j);
    if (mW && !seen[(j = n - 1)]) (seen[j] = 1), (stack[top++] = j);
    if (mN && !seen[(j = n + cols)]) (seen[j] = 1), (stack[top++] = j);
    if (mS && !seen[(j = n - cols)]) (seen[j] = 1), (stack[top++] = j);
    if (mE && mN && mask[(j = n + cols + 1)] === 1 && !seen[j]) (seen[j] = 1), (stack[top++] = j);
    if (mE && mS && mask[(j = n - cols + 1)] === 1 && !seen[j]) (seen[j] = 1), (stack[top++] = j);
    if (mW && mN && mask[(j = n + cols - 1)] === 1 && !seen[j]) (seen[j] = 1), (stack[top++] = j);
    if (mW && mS && mask[(j = n - cols - 1)] === 1 && !seen[j]) (seen[j] = 1), (stack[top++] = j);
    if (linked[n] === 1) for (const e of links.get(n)!) if (linkAllowed(e, o) && !seen[e.to]) (seen[e.to] = 1), (stack[top++] = e.to);
  }
  return seen;
}

/** Per graph, by options and sources (most rules ask once per check; the key is short). */
const cache = new WeakMap<NavGraph, Map<string, Reach>>();

export function reachFor(g: NavGraph, key: string, sources: NavPoint[], o: RouteOptions = {}): Reach {
  let m = cache.get(g);
  if (!m) cache.set(g, (m = new Map()));
  const k = `${key}|${JSON.stringify(o)}|${JSON.stringify(sources)}`;
  let r = m.get(k);
  if (!r) {
    const seen = reachable(searchSpace(g, o), seedsOf(g, sources).seeds.keys());
    r = {
      at(floorId, p) {
        const n = nodeOf(g, { floorId, p }, 1.0);
        return n >= 0 && seen[n] === 1;
      },
    };
    m.set(k, r);
  }
  return r;
}
