import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupByKind, regroupByKind } from '../../../src/view/grouping';
import { moveElements, removeElements } from '../../../src/core/commands';
import { History } from '../../../src/core/history';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const ids = county.floors[0].elements.map((e) => e.id);

/** Whether the edit replaced or removed `el` (a door kept in its wall may stay as it was). */
const removeOrMoved = (elements: readonly { id: string }[], el: { id: string }) => !elements.includes(el);

describe('kind groups kept across edits', () => {
  it('an edit gives a new array only to the kinds it touched; the groups always equal a fresh grouping', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(ids.length - 1), fc.boolean()), { minLength: 1, maxLength: 8 }), (ops) => {
        const h = new History(county);
        let prev = { elements: h.doc.floors[0].elements, groups: groupByKind(h.doc.floors[0].elements) };
        for (const [i, remove] of ops) {
          const id = ids[i];
          const el = h.doc.floors[0].elements.find((e) => e.id === id);
          if (!el) continue;
          h.execute(remove ? removeElements([id]) : moveElements([id], [0.5, 0]));
          const elements = h.doc.floors[0].elements;
          const groups = regroupByKind(elements, prev);
          expect([...groups].sort()).toEqual([...groupByKind(elements)].sort());
          // Same elements of a kind (moving a wall also moves its doors): the very same array as before.
          for (const [kind, els] of groups) {
            const old = prev.groups.get(kind);
            const same = !!old && old.length === els.length && els.every((e, k) => e === old[k]);
            expect(els === old).toBe(same);
          }
          // (a door moved across its wall, or against its neighbour, stays where it was: nothing of its kind changed)
          const changed = removeOrMoved(elements, el);
          expect(groups.get(el.kind) !== prev.groups.get(el.kind)).toBe(changed);
          prev = { elements, groups };
        }
      }),
    );
  });
});
