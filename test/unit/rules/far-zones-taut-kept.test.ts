/**
 * Escape-travel zones measured taut (their walk fails the limit on the raster) keep their answers, and the straight
 * lines GB 50016 measures them by, while an edit changes nothing their walks read: the field's figures over the
 * zone, the paths it gives, the obstacles near what the walks tested. Dragging a seat across the big hall's waiting
 * area then measures none of its nine failing rooms again; any edit, near or far, still gives a fresh check's
 * findings.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HallDocument } from '../../../src/core/document';
import { KINDS } from '../../../src/core/kinds/registry';
import { addElements, moveElements } from '../../../src/core/commands';
import { checkHall, createChecker } from '../../../src/rules';
import { RULES_BY_ID } from '../../../src/rules/registry';
import { farZoneStats } from '../../../src/rules/safety/far-zones';
import { straightStats } from '../../../src/rules/safety/straight-kept';
import { exitSources } from '../../../src/rules/safety/coverage';
import { resolveParams } from '../../../src/rules/preset';
import { rasterizeFloor } from '../../../src/nav';
import { generateBigHall } from '../../fixtures/generated-hall';
import { loadSample } from '../core/helpers';
import { runRule } from './reads-probe';
import { box, door, hall, obstacle, zone } from './scenarios/hall';

describe('taut escape-travel zones kept between edits', () => {
  it('a seat dragged in the big hall measures none of the failing rooms again, with the findings of a full check', () => {
    const big = generateBigHall();
    const checker = createChecker();
    const first = straightStats.measured;
    checker.check(big);
    // Nine rooms (three per wing) fail the walk on the raster and are measured by straight lines and their own
    // doors (GB 50016 §5.5.17-3, -4), which they meet.
    expect(straightStats.measured - first).toBe(9);
    let doc = big;
    for (let k = 0; k < 3; k++) {
      doc = moveElements(['gen-seat-0'], [0.5, 0]).apply(doc).doc;
      const measured = farZoneStats.measured;
      const straight = straightStats.measured;
      const r = checker.check(doc);
      const travel = r.findings.filter((f) => f.ruleId === 'safety.travel-distance');
      expect(travel.length).toBe(0);
      expect(farZoneStats.measured - measured).toBe(0);
      expect(straightStats.measured - straight).toBe(0);
    }
    expect(checker.check(doc).findings).toEqual(checkHall(structuredClone(doc)).findings);
  });

  it('a post thinner than a raster cell put on a failing walk measures it again, though no cell changed', () => {
    // A 40 m hall with its exit at the west end of the south wall and a waiting area at the east end: the far corner
    // is walked in a straight line, taut, beyond the 20 m limit.
    const doc = hall({
      preset: 'hunan',
      overrides: { exitMaxTravelM: 20 },
      floors: [
        { size: [40, 10], noMain: true, elements: [door([1.5, 0], { id: 'main', entrance: 'main', width: 1.5, wallId: 'wall-s' }), zone('waiting', box(30, 0.2, 39.8, 9.8))] },
      ],
    });
    const travel = RULES_BY_ID.get('safety.travel-distance')!;
    const before = runRule(travel, doc);
    expect(before.length).toBe(1);
    // A 4 cm post on the line from the far corner to the exit, where no raster step passes within 4.5 cm of it.
    const floor = doc.floors[0];
    const grid = rasterizeFloor(floor);
    const from = exitSources(doc, resolveParams(doc.meta.preset, doc.meta.ruleOverrides))[0].p;
    const to = before[0].at!;
    const offLattice = (x: number, y: number) => {
      const u = (x - grid.origin[0]) / grid.cell - 0.5;
      const v = (y - grid.origin[1]) / grid.cell - 0.5;
      const off = (t: number) => Math.abs(t - Math.round(t));
      return grid.cell * Math.min(off(u), off(v), off(u - v) / Math.SQRT2, off(u + v) / Math.SQRT2);
    };
    let at: [number, number] | undefined;
    for (let t = 0.4; t < 0.6 && !at; t += 1e-4) {
      const p: [number, number] = [from[0] + t * (to[0] - from[0]), from[1] + t * (to[1] - from[1])];
      if (offLattice(p[0], p[1]) > 0.045) at = p;
    }
    const r = 0.02;
    const post = obstacle(box(at![0] - r, at![1] - r, at![0] + r, at![1] + r), { id: 'post' });
    const withPost = addElements(floor.id, [post]).apply(doc).doc;
    const after = rasterizeFloor(withPost.floors[0]);
    expect([after.free, after.cut, after.passWidth]).toEqual([grid.free, grid.cut, grid.passWidth]);
    const fresh = runRule(travel, structuredClone(withPost));
    // The walk goes round the post: longer than before, and the kept answer must not stand.
    expect(fresh[0].data!.walkM).toBeGreaterThan(before[0].data!.walkM as number);
    expect(runRule(travel, withPost)).toEqual(fresh);
  });

  // The county sample under limits tight enough that zones fail and are measured taut: seats, benches, staff rooms,
  // walls and doors moved near the walks and far from them, one edit after another.
  const county = loadSample('county-hall');
  const start: HallDocument = { ...county, meta: { ...county.meta, ruleOverrides: { exitMaxTravelM: 20, exitMaxTravelSprinklerM: 20 } } };
  const floor = county.floors[0];
  const movable = floor.elements
    .filter((e) => e.kind === 'obstacle' || e.kind === 'wall' || e.kind === 'opening' || e.kind === 'zone' || (e.kind === 'point' && e.pointKind === 'seat'))
    .map((e) => e.id);
  const [x0, y0, x1, y1] = floor.outline
    ? [
        Math.min(...floor.outline.map((p) => p[0])),
        Math.min(...floor.outline.map((p) => p[1])),
        Math.max(...floor.outline.map((p) => p[0])),
        Math.max(...floor.outline.map((p) => p[1])),
      ]
    : [0, 0, 40, 30];
  // A bench, or a post or panel thinner than a raster cell: it may turn a taut walk without changing the raster.
  type Edit = ['put', number, number, number, number] | ['move', number, number, number];
  const frac = fc.double({ min: 0, max: 1, noNaN: true });
  const off = fc.double({ min: -1.5, max: 1.5, noNaN: true });
  const size = fc.constantFrom(0.04, 0.15, 0.5, 1.2);
  const edit: fc.Arbitrary<Edit> = fc.oneof(fc.tuple(fc.constant('put' as const), frac, frac, size, size), fc.tuple(fc.constant('move' as const), fc.nat(), off, off));
  const apply = (doc: HallDocument, e: Edit, k: number): HallDocument => {
    if (e[0] === 'move') return moveElements([movable[e[1] % movable.length]], [e[2], e[3]]).apply(doc).doc;
    const [x, y, w, h] = [x0 + e[1] * (x1 - x0), y0 + e[2] * (y1 - y0), e[3], e[4]];
    const block = KINDS.obstacle.create({
      id: `taut-block-${k}`,
      polygon: [
        [x, y],
        [x + w, y],
        [x + w, y + h],
        [x, y + h],
      ],
    });
    return addElements(floor.id, [block]).apply(doc).doc;
  };
  const travel = RULES_BY_ID.get('safety.travel-distance')!;

  it('equal a fresh check after random edits anywhere on the floor (property)', () => {
    const kept = straightStats.kept;
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let doc = start;
        runRule(travel, doc);
        edits.forEach((e, k) => {
          doc = apply(doc, e, k);
          const found = runRule(travel, doc);
          expect(found).toEqual(runRule(travel, structuredClone(doc)));
          seen.add(JSON.stringify(found.map((f) => f.data)));
        });
      }),
      { numRuns: 16 },
    );
    // Walks came out longer and shorter as the edits went, and straight-line answers were kept across edits of the floor.
    expect(seen.size).toBeGreaterThan(1);
    expect(straightStats.kept).toBeGreaterThan(kept);
  });
});
