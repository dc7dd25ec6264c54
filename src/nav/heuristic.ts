/**
 * A* heuristic for routes across floors: on the goal's floor the octile distance to the goal (the length of an
 * unobstructed 8-neighbour path); elsewhere the octile distance to a link landing plus the least cost from that
 * landing to the goal over a small graph of landings (links at their cost, same-floor hops at octile distance).
 * It never overestimates and is consistent, so A* stays exact, and it points a search on the wrong floor at the
 * stairs or the lift instead of flooding the floor.
 *
 * No imports: the phone app's router (src/navapp) uses the same function, so both pick the same paths.
 */

const K = Math.SQRT2 - 1;

export interface HeuristicInput<E extends { to: number; cost: number }> {
  goals: number[];
  links: ReadonlyMap<number, readonly E[]>;
  allowed: (e: E) => boolean;
  floor: (n: number) => number;
  x: (n: number) => number;
  y: (n: number) => number;
}

export function routeHeuristic<E extends { to: number; cost: number }>(inp: HeuristicInput<E>): (n: number) => number {
  const { goals, links, allowed, floor, x, y } = inp;
  // Octile distance: the exact length of an unobstructed 8-neighbour path, so open floor costs A* almost nothing.
  const oct = (a: number, b: number) => {
    const dx = Math.abs(x(a) - x(b));
    const dy = Math.abs(y(a) - y(b));
    return dx > dy ? dx + K * dy : dy + K * dx;
  };
  const landings: number[] = [];
  for (const [from, es] of links) if (es.some(allowed)) landings.push(from);
  // Least cost to a goal from every landing, by Dijkstra over the landings (a few dozen nodes).
  const nodes = [...goals, ...landings.filter((l) => !goals.includes(l))];
  const index = new Map(nodes.map((n, i) => [n, i]));
  const lb = new Float64Array(nodes.length).fill(Infinity);
  const done = new Uint8Array(nodes.length);
  goals.forEach((_, i) => (lb[i] = 0));
  for (;;) {
    let u = -1;
    for (let i = 0; i < nodes.length; i++) if (!done[i] && (u < 0 || lb[i] < lb[u])) u = i;
    if (u < 0 || !Number.isFinite(lb[u])) break;
    done[u] = 1;
    const nu = nodes[u];
    for (let v = 0; v < nodes.length; v++) if (!done[v] && floor(nodes[v]) === floor(nu)) lb[v] = Math.min(lb[v], lb[u] + oct(nu, nodes[v]));
    for (const e of links.get(nu) ?? []) {
      const v = index.get(e.to);
      if (v !== undefined && !done[v] && allowed(e)) lb[v] = Math.min(lb[v], lb[u] + e.cost);
    }
  }
  // Per floor: what a node's estimate is the least of (goals at 0, landings at their least cost onwards).
  const perFloor = new Map<number, { n: number; add: number }[]>();
  const goalFloors = new Set(goals.map(floor));
  nodes.forEach((n, i) => {
    if (!Number.isFinite(lb[i])) return;
    // A landing whose way on is no shorter than the straight octile distance to a goal on its floor can never
    // give the least estimate there (octile distance obeys the triangle inequality): leave it out, so a route
    // on one floor costs one distance per node, not one per landing.
    if (i >= goals.length && goalFloors.has(floor(n)) && goals.some((gl) => floor(gl) === floor(n) && lb[i] >= oct(n, gl) - 1e-12)) return;
    const f = floor(n);
    let arr = perFloor.get(f);
    if (!arr) perFloor.set(f, (arr = []));
    arr.push({ n, add: lb[i] });
  });
  // Flattened per floor ([x, y, add] triples) so the estimate reads numbers, not objects, for every node pushed.
  const flat = new Map<number, Float64Array>();
  for (const [f, arr] of perFloor) flat.set(f, Float64Array.from(arr.flatMap((t) => [x(t.n), y(t.n), t.add])));
  return (n) => {
    const arr = flat.get(floor(n));
    if (!arr) return Infinity;
    const px = x(n);
    const py = y(n);
    let m = Infinity;
    for (let k = 0; k < arr.length; k += 3) {
      const dx = Math.abs(px - arr[k]);
      const dy = Math.abs(py - arr[k + 1]);
      const v = (dx > dy ? dx + K * dy : dy + K * dx) + arr[k + 2];
      if (v < m) m = v;
    }
    return m;
  };
}
