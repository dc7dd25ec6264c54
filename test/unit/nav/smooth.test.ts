/**
 * String-pulling works on path indices and a line memo; it must give the paths the plain definition gives:
 * greedy pulls over the point list from each end with gridLine, the shorter walk kept.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNavGraph, distanceField, nodeOf, pointOf, type NavGraph, type NavPoint } from '../../../src/nav';
import { gridLine } from '../../../src/nav/line-of-sight';
import { nodesTo, type Field } from '../../../src/nav/dijkstra';
import { dist } from '../../../src/core/geometry/vec';
import { moveElements } from '../../../src/core/commands';
import { loadSample } from '../core/helpers';

function plainPull(g: NavGraph, pts: NavPoint[]): NavPoint[] {
  if (pts.length <= 2) return pts;
  const out = [pts[0]];
  let anchor = 0;
  for (let i = 2; i < pts.length; i++)
    if (pts[anchor].floorId !== pts[i].floorId || !gridLine(g, pts[anchor], pts[i])) {
      out.push(pts[i - 1]);
      anchor = i - 1;
    }
  out.push(pts[pts.length - 1]);
  return out;
}
const walk = (pts: NavPoint[]) => pts.reduce((s, p, i) => (i && p.floorId === pts[i - 1].floorId ? s + dist(p.p, pts[i - 1].p) : s), 0);
function plainSmooth(g: NavGraph, pts: NavPoint[]): NavPoint[] {
  const fwd = plainPull(g, pts);
  if (pts.length <= 2) return fwd;
  const rev = plainPull(g, [...pts].reverse()).reverse();
  return walk(rev) < walk(fwd) - 1e-9 ? rev : fwd;
}

const county = loadSample('county-hall');
const seats = county.floors[0].elements.filter((e) => e.kind === 'point').map((e) => e.id);

describe('smoothing', () => {
  it('a field hands out the paths plain string-pulling gives, from a source off the cell centres, on edited floors (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(seats.length - 1),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.array(fc.tuple(fc.constantFrom(0, 1), fc.double({ min: 1, max: 63, noNaN: true }), fc.double({ min: 1, max: 41, noNaN: true })), { minLength: 10, maxLength: 30 }),
        (s, dx, targets) => {
          const doc = moveElements([seats[s]], [dx, dx / 2]).apply(county).doc;
          const g = buildNavGraph(doc);
          const source: NavPoint = { floorId: doc.floors[0].id, p: [32.13, 1.77] };
          const field = distanceField(g, [source]);
          const f = (field as unknown as { f: Field }).f;
          let paths = 0;
          for (const [fl, x, y] of targets) {
            const at: NavPoint = { floorId: doc.floors[fl].id, p: [x, y] };
            const got = field.pathTo(at);
            const n = got && nodesTo(f, nodeOf(g, at));
            if (!got || !n) continue;
            paths++;
            expect(got).toEqual(plainSmooth(g, [source, ...n.map((k) => pointOf(g, k)), at]));
          }
          expect(paths).toBeGreaterThan(0);
        },
      ),
      { numRuns: 25 },
    );
  });
});
