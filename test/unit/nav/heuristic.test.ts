/**
 * The A* estimate never exceeds the true walking distance (so routes stay shortest), and leaving out landings
 * that cannot give the least estimate changes no value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNavGraph, distanceField, pointOf } from '../../../src/nav';
import { routeHeuristic } from '../../../src/nav/heuristic';
import { linkAllowed, searchSpace } from '../../../src/nav/mask';
import { generateHall } from '../../fixtures/generated-hall';

const doc = generateHall();
const g = buildNavGraph(doc);

/** The estimate with every landing kept: min over goals and landings of octile distance plus least cost onwards. */
function unpruned(goals: number[], accessible: boolean) {
  const o = { accessible };
  const sp = searchSpace(g, o);
  const xy = (n: number) => pointOf(g, n).p;
  const oct = (a: number, b: number) => {
    const [ax, ay] = xy(a);
    const [bx, by] = xy(b);
    const dx = Math.abs(ax - bx);
    const dy = Math.abs(ay - by);
    return dx > dy ? dx + (Math.SQRT2 - 1) * dy : dy + (Math.SQRT2 - 1) * dx;
  };
  const landings = [...g.links].filter(([, es]) => es.some((e) => linkAllowed(e, o))).map(([n]) => n);
  const nodes = [...goals, ...landings.filter((l) => !goals.includes(l))];
  const lb = nodes.map((_, i) => (i < goals.length ? 0 : Infinity));
  const done = nodes.map(() => false);
  for (;;) {
    let u = -1;
    nodes.forEach((_, i) => !done[i] && (u < 0 || lb[i] < lb[u]) && (u = i));
    if (u < 0 || !Number.isFinite(lb[u])) break;
    done[u] = true;
    nodes.forEach((v, i) => {
      if (!done[i] && sp.floorOf[v] === sp.floorOf[nodes[u]]) lb[i] = Math.min(lb[i], lb[u] + oct(nodes[u], v));
    });
    for (const e of g.links.get(nodes[u]) ?? []) {
      const i = nodes.indexOf(e.to);
      if (i >= 0 && !done[i] && linkAllowed(e, o)) lb[i] = Math.min(lb[i], lb[u] + e.cost);
    }
  }
  return (n: number) => Math.min(...nodes.map((l, i) => (sp.floorOf[l] === sp.floorOf[n] && Number.isFinite(lb[i]) ? oct(n, l) + lb[i] : Infinity)));
}

describe('routeHeuristic', () => {
  it('equals the estimate over every landing, and never exceeds the walking distance (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(g.size - 1), { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(g.size - 1), { minLength: 20, maxLength: 40 }),
        fc.boolean(),
        (goalCells, probes, accessible) => {
          const o = { accessible };
          const sp = searchSpace(g, o);
          const goals = [...new Set(goalCells.filter((n) => sp.mask[n] === 1))];
          if (!goals.length) return;
          const h = routeHeuristic({
            goals,
            links: g.links,
            allowed: (e) => linkAllowed(e, o),
            floor: (n) => sp.floorOf[n],
            x: (n) => pointOf(g, n).p[0],
            y: (n) => pointOf(g, n).p[1],
          });
          const ref = unpruned(goals, accessible);
          const exact = distanceField(
            g,
            goals.map((n) => pointOf(g, n)),
            o,
          );
          for (const n of probes) {
            expect(h(n)).toBeCloseTo(ref(n), 9);
            const p = pointOf(g, n);
            if (sp.mask[n] === 1) expect(h(n)).toBeLessThanOrEqual(exact.at(p.floorId, p.p) + 1e-9);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
