/** Union-find over node indices in an Int32Array of parents (each root its own parent). */

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
