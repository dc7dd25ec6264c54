/**
 * Junction finding kept across edits (sign.continuity): the grid of route samples is updated for the routes an
 * edit changed instead of being built again. Whatever the order of calls — routes replaced one by one, lists of
 * another length, two lists in turn — every answer equals the one found from scratch by the plain algorithm below.
 * So do the forks each signed route passes, kept per route between calls.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dist } from '../../../src/core/geometry/vec';
import type { NavPoint } from '../../../src/nav';
import { forksPassed } from '../../../src/rules/signs/forks-passed';
import { junctions } from '../../../src/rules/signs/junctions';

/** A route's samples every split / 2 (each vertex kept), with the distance walked and left. */
const samplesOf = (route: readonly NavPoint[], split: number) => {
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

/** The junctions of a list of routes found from scratch: every sample of every earlier route compared. */
function fromScratch(routes: readonly (readonly NavPoint[])[], split: number, minLeg: number): NavPoint[][] {
  const before: ReturnType<typeof samplesOf> = [];
  return routes.map((route) => {
    const samples = samplesOf(route, split);
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

/** Per signed route, the forks of the other routes within `split` of one of its samples with `minLeg` walked and left. */
function passedFromScratch(routes: readonly (readonly NavPoint[])[], forks: readonly NavPoint[][], signed: readonly boolean[], split: number, minLeg: number): NavPoint[][] {
  return routes.map((route, i) => {
    if (!signed[i]) return [];
    const inside = samplesOf(route, split).filter((s) => s.along >= minLeg && s.left >= minLeg);
    return forks.flatMap((fs, j) => (j === i ? [] : fs.filter((f) => inside.some((s) => s.floorId === f.floorId && dist(s.p, f.p) <= split))));
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

  it('forks passed on the signed routes equal those found from scratch after every edit (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(route, fc.boolean()), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.option(route, { nil: undefined }), fc.constantFrom('replace', 'sign', 'same')), { maxLength: 10 }),
        (start, edits) => {
          let routes = start.map(([r]) => r);
          let signed = start.map(([, s]) => s);
          const check = () => {
            const forks = junctions(routes, SPLIT, LEG);
            expect(forksPassed(routes, forks, signed, SPLIT, LEG)).toEqual(passedFromScratch(routes, forks, signed, SPLIT, LEG));
          };
          check();
          for (const [at, next, what] of edits) {
            const i = at % routes.length;
            if (what === 'replace' && next) routes = routes.map((r, k) => (k === i ? next : r));
            else if (what === 'sign') signed = signed.map((s, k) => (k === i ? !s : s));
            check();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
