/**
 * safety.cctv keeps its findings from one version of the hall to the next while no camera, door, wall, zone, lift or
 * sight-blocking element changed: after any sequence of seats put down, dragged and taken away, cameras moved and
 * removed, doors, walls and obstacles nudged, zones and lifts moved, its findings equal those on a copy no memo has seen
 * (Hunan: entrances and the 24 h zone; Jiangxi: also counter areas, corridors, IT rooms and lift landings).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HallDocument } from '../../../src/core/document';
import { KINDS } from '../../../src/core/kinds/registry';
import { addElements, moveElements, removeElements } from '../../../src/core/commands';
import { RULES_BY_ID } from '../../../src/rules/registry';
import { keptFindingsStats } from '../../../src/rules/kept-findings';
import { loadSample } from '../core/helpers';
import { runRule } from './reads-probe';

const cctv = RULES_BY_ID.get('safety.cctv')!;
const county = loadSample('county-hall');
const floor = county.floors[0];
const cams = floor.elements.filter((e) => e.kind === 'point' && e.pointKind === 'cctv').map((e) => e.id);
const others = floor.elements.filter((e) => e.kind === 'opening' || e.kind === 'wall' || e.kind === 'obstacle').map((e) => e.id);
const areas = floor.elements.filter((e) => e.kind === 'zone' || e.kind === 'vlink').map((e) => e.id);
const seatAt = floor.elements.find((e) => e.kind === 'point' && e.pointKind === 'seat');

type Edit =
  | ['put', number, number]
  | ['drag', number, number, number]
  | ['take', number]
  | ['cam', number, number, number]
  | ['uncam', number]
  | ['nudge', number, number, number]
  | ['area', number, number, number];
const near = fc.double({ min: -1.5, max: 1.5, noNaN: true });
const far = fc.double({ min: -8, max: 8, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constant('put' as const), far, far) },
  { weight: 4, arbitrary: fc.tuple(fc.constant('drag' as const), fc.nat(), near, near) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('take' as const), fc.nat()) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('cam' as const), fc.nat(), far, far) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('uncam' as const), fc.nat()) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('nudge' as const), fc.nat(), near, near) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('area' as const), fc.nat(), far, far) },
);

function apply(doc: HallDocument, e: Edit, k: number, seats: string[], camsLeft: string[]): HallDocument {
  if (e[0] === 'put') {
    const base = seatAt && seatAt.kind === 'point' ? seatAt.position : [0, 0];
    const seat = KINDS.point.create({ id: `cctv-seat-${k}`, pointKind: 'seat', position: [base[0] + e[1], base[1] + e[2]] });
    seats.push(seat.id);
    return addElements(floor.id, [seat]).apply(doc).doc;
  }
  if (e[0] === 'take' || e[0] === 'uncam') {
    const from = e[0] === 'take' ? seats : camsLeft;
    if (!from.length) return doc;
    return removeElements(from.splice(e[1] % from.length, 1)).apply(doc).doc;
  }
  const ids = e[0] === 'drag' ? seats : e[0] === 'cam' ? camsLeft : e[0] === 'area' ? areas : others;
  if (!ids.length) return doc;
  return moveElements([ids[e[1] % ids.length]], [e[2], e[3]]).apply(doc).doc;
}

describe('safety.cctv kept between edits', () => {
  for (const preset of ['hunan', 'jiangxi'] as const) {
    it(`equals a fresh check after random edits of seats, cameras, doors, walls and zones (${preset}, property)`, () => {
      const start: HallDocument = { ...county, meta: { ...county.meta, preset } };
      const before = { ...keptFindingsStats };
      let changed = 0;
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
          let doc = start;
          const seats: string[] = [];
          const camsLeft = cams.slice();
          let last = JSON.stringify(runRule(cctv, doc));
          edits.forEach((e, k) => {
            doc = apply(doc, e, k, seats, camsLeft);
            const kept = runRule(cctv, doc);
            expect(kept).toEqual(runRule(cctv, structuredClone(doc)));
            const now = JSON.stringify(kept);
            if (now !== last) changed++;
            last = now;
          });
        }),
        { numRuns: 40 },
      );
      // The verdicts moved with the edits, and seat edits were answered from the findings kept.
      expect(changed).toBeGreaterThan(0);
      expect(keptFindingsStats.kept).toBeGreaterThan(before.kept);
    });
  }

  it('answers a dragged seat from the findings kept, and a moved camera by checking again', () => {
    const seat = county.floors[1].elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;
    runRule(cctv, county);
    const before = { ...keptFindingsStats };
    const moved = moveElements([seat.id], [0.5, 0]).apply(county).doc;
    runRule(cctv, moved);
    expect(keptFindingsStats).toEqual({ kept: before.kept + 1, computed: before.computed });
    const camMoved = moveElements([cams[0]], [0.5, 0]).apply(moved).doc;
    runRule(cctv, camMoved);
    expect(keptFindingsStats).toEqual({ kept: before.kept + 1, computed: before.computed + 1 });
  });
});
