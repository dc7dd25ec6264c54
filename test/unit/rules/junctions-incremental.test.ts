/**
 * Junction finding kept across edits (sign.continuity): the grid of route samples is updated for the routes an
 * edit changed instead of being built again. Whatever the order of calls — routes replaced one by one, lists of
 * another length, two lists in turn — every answer equals the one found from scratch by the plain algorithm below.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dist } from '../../../src/core/geometry/vec';
import type { NavPoint } from '../../../src/nav';
import { junctions } from '../../../src/rules/signs/junctions';

/** The junctions of a list of routes found from scratch: every sample of every earlier route compared. */
function fromScratch(routes: readonly (readonly NavPoint[])[], split: number, minLeg: number): NavPoint[][] {
  const samplesOf = (route: readonly NavPoint[]) => {
    const out: { floorId: string; p: [number, number]; along: number; left: number }[] = [];
    let along = 0;
    route.forEach(({ floorId, p }, i) => {
      const prev = route[i - 1];
      if (prev && prev.floorId === floorId) {
        const d = dist(prev.p, p);
        const n = Math.max(1, Math.ceil(d / (split / 2)));
        for (let k = 1; k < n; k++)
          out.push({ floorId, p: [prev.p[0] + (p[0] - prev.p[0]) * (k / n), prev.p[1] + (p[1] - prev.p[1]) * (k / n)], along: along + d * (k / n), left: 0 });
        along += d;
      }
      out.push({ floorId, p: [p[0], p[1]], along, left: 0 });
    });
    for (const s of out) s.left = along - s.along;
    return out;
  };
  const before: ReturnType<typeof samplesOf> = [];
  return routes.map((route) => {
    const samples = samplesOf(route);
    const out: NavPoint[] = [];
    let last: (typeof samples)[number] | undefined;
    let lastOtherLeft = -1;
    for (const s of samples) {
      let left = -1;
      for (const o of before) if (o.floorId === s.floorId && o.left > left && dist(o.p, s.p) <= split) left = o.left;
      if (left >= 0) {
        last = s;
        lastOtherLeft = left;
        continue;
      }
      if (last && last.along >= minLeg && last.left >= minLeg && lastOtherLeft >= minLeg) out.push({ floorId: last.floorId, p: last.p });
      break;
    }
    before.push(...samples);
    return out;
  });
}

/** A route from the entrance at the origin: legs on a coarse lattice (so routes share and part), maybe a floor change. */
const route = fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }), fc.boolean()), { minLength: 1, maxLength: 6 }).map((legs) => {
  const pts: NavPoint[] = [{ floorId: 'F1', p: [0, 0] }];
  let floorId = 'F1';
  let [x, y] = [0, 0];
  for (const [dx, dy, up] of legs) {
    if (up && floorId === 'F1') {
      floorId = 'F2';
      pts.push({ floorId, p: [x, y] });
    }
    x += dx * 1.5;
    y += dy * 1.5;
    pts.push({ floorId, p: [x, y] });
  }
  return pts;
});

const SPLIT = 1;
const LEG = 2;

describe('junctions kept across edits', () => {
  it('equal the junctions found from scratch after every edit of a route list (property)', () => {
    fc.assert(
      fc.property(
        fc.array(route, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.option(route, { nil: undefined }), fc.constantFrom('replace', 'drop', 'append', 'other', 'same')), { maxLength: 12 }),
        (start, edits) => {
          let routes = start.slice();
          const other = start.slice(0, Math.ceil(start.length / 2)).reverse();
          expect(junctions(routes, SPLIT, LEG)).toEqual(fromScratch(routes, SPLIT, LEG));
          for (const [at, next, what] of edits) {
            const i = at % Math.max(1, routes.length);
            if (what === 'replace' && next) routes = routes.map((r, k) => (k === i ? next : r));
            else if (what === 'drop' && routes.length > 1) routes = routes.filter((_, k) => k !== i);
            else if (what === 'append' && next) routes = [...routes, next];
            else if (what === 'other') expect(junctions(other, SPLIT, LEG)).toEqual(fromScratch(other, SPLIT, LEG));
            // 'same': the same routes again, as after an edit that left the walk alone.
            expect(junctions(routes, SPLIT, LEG)).toEqual(fromScratch(routes, SPLIT, LEG));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
