/**
 * Union-find over indices 0..n-1 in an Int32Array of parents (each root its own parent): the DXF import joins
 * wall nodes and window panes with it, the rules join waiting areas into places, the plan view overlapping labels.
 */

/** n singleton sets. */
export function singletons(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => i);
}

/** The root of `n`'s set, compressing the path on the way so later look-ups are short. */
export function root(parent: Int32Array, n: number): number {
  let r = n;
  while (parent[r] !== r) r = parent[r];
  while (parent[n] !== r) {
    const next = parent[n];
    parent[n] = r;
    n = next;
  }
  return r;
}

/** Joins the sets of a and b. */
export function unite(parent: Int32Array, a: number, b: number): void {
  parent[root(parent, a)] = root(parent, b);
}

/** How many sets there are. */
export function setCount(parent: Int32Array): number {
  let n = 0;
  for (let i = 0; i < parent.length; i++) if (root(parent, i) === i) n++;
  return n;
}
