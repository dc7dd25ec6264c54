import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { root, setCount, singletons, unite } from '../../../src/core/union-find';

/** Connected components of n nodes under the edges, by a plain flood fill. */
function components(n: number, edges: readonly [number, number][]): number[][] {
  const adj = Array.from({ length: n }, () => [] as number[]);
  for (const [a, b] of edges) {
    adj[a].push(b);
    adj[b].push(a);
  }
  const seen = new Array<boolean>(n).fill(false);
  const out: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    const comp = [s];
    seen[s] = true;
    for (let k = 0; k < comp.length; k++)
      for (const t of adj[comp[k]])
        if (!seen[t]) {
          seen[t] = true;
          comp.push(t);
        }
    out.push(comp);
  }
  return out;
}

describe('union-find', () => {
  it('joins exactly the connected components of any edge list', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }))),
        ([n, edges]) => {
          const parent = singletons(n);
          for (const [a, b] of edges) unite(parent, a, b);
          const comps = components(n, edges);
          expect(setCount(parent)).toBe(comps.length);
          for (const comp of comps) expect(new Set(comp.map((i) => root(parent, i))).size).toBe(1);
          expect(new Set(comps.map((c) => root(parent, c[0]))).size).toBe(comps.length);
        },
      ),
    ));
});
