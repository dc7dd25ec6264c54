/**
 * The rules' element index (src/rules/element-index.ts) patched from a floor's previous version equals one built
 * afresh: after any sequence of elements moved, turned into another kind or point kind, added, removed, reordered
 * or repeated, every kind's and point kind's list over a floor and over the hall is the floor's own elements of
 * that kind in order, each entry naming the current floor object. A dragged seat is patched, not indexed afresh.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Floor, HallDocument } from '../../../src/core/document';
import { ELEMENT_KINDS, type HallElement } from '../../../src/core/kinds/registry';
import { moveElements } from '../../../src/core/commands';
import { all, indexStats, onFloor, pointsOf } from '../../../src/rules/element-index';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const POINT_KINDS = [...new Set(county.floors.flatMap((f) => f.elements.flatMap((e) => (e.kind === 'point' ? [e.pointKind] : []))))];

type Edit = ['move', number] | ['retype', number, number] | ['add', number] | ['remove', number] | ['swap', number, number] | ['repeat', number];
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constant('move' as const), fc.nat()) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('retype' as const), fc.nat(), fc.nat()) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('add' as const), fc.nat()) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('remove' as const), fc.nat()) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('swap' as const), fc.nat(), fc.nat()) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('repeat' as const), fc.nat()) },
);

/** One edit of the floor's element list, as an immutable document makes it (new list, untouched elements kept). */
function edited(floor: Floor, e: Edit): Floor {
  const els = floor.elements.slice();
  const i = e[1] % els.length;
  const el = els[i];
  if (e[0] === 'move') els[i] = { ...el, id: el.id } as HallElement;
  else if (e[0] === 'retype')
    els[i] = el.kind === 'point' ? { ...el, pointKind: POINT_KINDS[e[2] % POINT_KINDS.length] } : els[e[2] % els.length] === el ? el : { ...els[e[2] % els.length] };
  else if (e[0] === 'add') els.splice(i, 0, { ...el, id: `${el.id}-copy` } as HallElement);
  else if (e[0] === 'remove') els.splice(i, 1);
  else if (e[0] === 'swap') [els[i], els[e[2] % els.length]] = [els[e[2] % els.length], els[i]];
  else els[(i + 1) % els.length] = el;
  return { ...floor, elements: els };
}

function expectIndexed(doc: HallDocument): void {
  for (const kind of ELEMENT_KINDS) {
    for (const f of doc.floors) {
      const list = onFloor(f, kind);
      expect(list.map((x) => x.el)).toEqual(f.elements.filter((e) => e.kind === kind));
      expect(list.every((x) => x.floor === f && x.el === f.elements[f.elements.indexOf(x.el)])).toBe(true);
    }
    expect(all(doc, kind).map((x) => [x.floor, x.el])).toEqual(doc.floors.flatMap((f) => f.elements.filter((e) => e.kind === kind).map((e) => [f, e])));
  }
  for (const pk of POINT_KINDS)
    expect(pointsOf(doc, pk).map((x) => [x.floor, x.el])).toEqual(doc.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'point' && e.pointKind === pk).map((e) => [f, e])));
}

describe('rules element index', () => {
  it('patched from the previous version equals the floor as it is, after random edits (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 8 }), (edits) => {
        let doc = county;
        expectIndexed(doc);
        for (const [fi, e] of edits) {
          const k = fi % doc.floors.length;
          doc = { ...doc, floors: doc.floors.map((f, j) => (j === k ? edited(f, e) : f)) };
          expectIndexed(doc);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('patches the index for a dragged seat instead of indexing the floor afresh', () => {
    const seat = county.floors[1].elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;
    // A document object of its own: the floors are indexed (or found indexed) as the versions edits start from.
    const start = { ...county };
    all(start, 'zone');
    const before = { ...indexStats };
    const moved = moveElements([seat.id], [0.5, 0]).apply(start).doc;
    expect(pointsOf(moved, 'seat').some((x) => x.el.kind === 'point' && x.el.position[0] === (seat.kind === 'point' ? seat.position[0] + 0.5 : 0))).toBe(true);
    expect(indexStats).toEqual({ patched: before.patched + 1, fresh: before.fresh });
  });
});
