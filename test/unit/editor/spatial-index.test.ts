/**
 * Picking through the floor's spatial index gives what a scan of every element gives, on the county sample's
 * ground floor and after random edits (the index is carried from one version of the floor to the next).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Floor } from '../../../src/core/document';
import { kindOf, type HallElement } from '../../../src/core/kinds/registry';
import { pointInPolygon } from '../../../src/core/geometry/polygon';
import { distToSegment, type Vec2 } from '../../../src/core/geometry/vec';
import { addElements, moveElements, removeElements } from '../../../src/core/commands';
import { KINDS } from '../../../src/core/kinds/registry';
import { History } from '../../../src/core/history';
import { boxSelect, elementBBox, hitTest } from '../../../src/editor/hit-test';
import { spatialIndex } from '../../../src/editor/spatial-index';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
/**
 * Every element looked at, in order: the best rank wins, under the pointer before near it, then the first. Ranks and
 * shapes are the kinds' own (pickRank; picked along segments with halfWidth; areas only from inside).
 */
function scanHit(floor: Floor, p: Vec2, tolerance: number): HallElement | undefined {
  let best: HallElement | undefined;
  let bestKey = Infinity;
  for (const el of floor.elements) {
    const k = kindOf(el);
    const rank = k.pickRank;
    const fp = k.footprint(el);
    let how: 0 | 1 | undefined;
    if (k.halfWidth) {
      const w = k.halfWidth(el);
      const d = Math.min(...(k.segments?.(el) ?? []).map(([a, b]) => distToSegment(p, a, b)));
      how = d <= w ? 0 : d <= tolerance ? 1 : undefined;
    } else if (fp) how = pointInPolygon(p, fp) ? 0 : k.walking !== 'areas' && fp.some((q, i) => distToSegment(p, q, fp[(i + 1) % fp.length]) <= tolerance) ? 1 : undefined;
    // in floor order: a later element under the pointer is drawn over an earlier one of the same rank and wins
    if (how !== undefined && (rank * 2 + how < bestKey || (how === 0 && rank * 2 === bestKey))) {
      best = el;
      bestKey = rank * 2 + how;
    }
  }
  return best;
}

function scanBox(floor: Floor, a: Vec2, b: Vec2, crossing: boolean): string[] {
  const box = { minX: Math.min(a[0], b[0]), minY: Math.min(a[1], b[1]), maxX: Math.max(a[0], b[0]), maxY: Math.max(a[1], b[1]) };
  return floor.elements
    .filter((el) => {
      const e = elementBBox(el);
      const inside = e.minX >= box.minX && e.maxX <= box.maxX && e.minY >= box.minY && e.maxY <= box.maxY;
      const touches = e.minX <= box.maxX && e.maxX >= box.minX && e.minY <= box.maxY && e.maxY >= box.minY;
      return inside || (crossing && touches);
    })
    .map((el) => el.id);
}

const pt = fc.tuple(fc.double({ min: -2, max: 66, noNaN: true }), fc.double({ min: -2, max: 44, noNaN: true }));
const ids = county.floors[0].elements.map((e) => e.id);
const edit = fc.oneof(
  fc.tuple(fc.constant('move' as const), fc.nat(ids.length - 1), pt),
  fc.tuple(fc.constant('remove' as const), fc.nat(ids.length - 1), pt),
  fc.tuple(fc.constant('add' as const), fc.nat(1000), pt),
);

describe('hit-testing through the spatial index', () => {
  it('picks what a scan of every element picks, and boxes select the same, after random edits', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 6 }),
        fc.array(fc.tuple(pt, fc.double({ min: 0.05, max: 1.5, noNaN: true })), { minLength: 1, maxLength: 12 }),
        fc.tuple(pt, pt, fc.boolean()),
        (edits, probes, [a, b, crossing]) => {
          const h = new History(county);
          spatialIndex(h.doc.floors[0].elements);
          for (const [kind, i, p] of edits) {
            const id = ids[i % ids.length];
            const has = h.doc.floors[0].elements.some((e) => e.id === id);
            if (kind === 'move' && has) h.execute(moveElements([id], [p[0] / 10, p[1] / 10]));
            if (kind === 'remove' && has) h.execute(removeElements([id]));
            if (kind === 'add') h.execute(addElements('F1', [KINDS.point.create({ id: `probe-seat-${i}-${h.doc.floors[0].elements.length}`, pointKind: 'seat', position: p })]));
            // Queried after every edit, so each version's index is carried over from the one before.
            hitTest(h.doc.floors[0], p, 0.3);
          }
          const floor = h.doc.floors[0];
          for (const [p, tol] of probes) expect(hitTest(floor, p, tol)?.id).toBe(scanHit(floor, p, tol)?.id);
          expect(boxSelect(floor, a, b, crossing)).toEqual(scanBox(floor, a, b, crossing));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('in a row of seats 0.6 m apart, picks the seat under the pointer, not the neighbour within the tolerance', () => {
    const row = [0, 1, 2, 3].map((i) => KINDS.point.create({ id: `row-seat-${i}`, pointKind: 'seat', position: [100 + 0.6 * i, 100] }));
    const floor: Floor = { ...county.floors[0], elements: [...county.floors[0].elements, ...row] };
    expect(hitTest(floor, [101.2, 100], 0.35)?.id).toBe('row-seat-2');
    expect(hitTest(floor, [101.5, 100], 0.35)?.id).toBe('row-seat-2');
  });

  it('finds a seat and a wall of a floor plate 260 m long, and nothing in empty floor', () => {
    const seat = KINDS.point.create({ id: 'far-seat', pointKind: 'seat', position: [250, 20] });
    const wall = KINDS.wall.create({ id: 'far-wall', a: [200, 40], b: [260, 40], thickness: 0.3 });
    const floor: Floor = { ...county.floors[0], elements: [...county.floors[0].elements, seat, wall] };
    expect(hitTest(floor, [250.1, 20.1])?.id).toBe('far-seat');
    expect(hitTest(floor, [230, 40.12], 0.05)?.id).toBe('far-wall');
    expect(hitTest(floor, [150, 20])).toBeUndefined();
  });
});
