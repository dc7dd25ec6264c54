/**
 * References between elements come from the kinds' `refs`: a door goes (and moves) with the wall it sits in, a copy
 * names the copies of what it named, and the loader refuses a reference to a missing element or one of the wrong kind.
 */
import { describe, expect, it } from 'vitest';
import { moveElements, removeElements } from '../../../src/core/commands';
import { withHosted } from '../../../src/core/commands/elements';
import type { HallDocument } from '../../../src/core/document';
import { parseHallValue } from '../../../src/core/io';
import { mayHost, refProblems } from '../../../src/core/kinds/refs';
import { KINDS } from '../../../src/core/kinds/registry';
import { cloneElements } from '../../../src/editor/clipboard';

const wall = KINDS.wall.create({ id: 'w1', a: [0, 0], b: [10, 0] });
const door = KINDS.opening.create({ id: 'd1', wallId: 'w1', position: [5, 0] });
const counter = KINDS.counter.create({ id: 'c1', position: [5, 5], number: '01' });
const sign = KINDS.sign.create({ id: 's1', position: [5, 6], target: 'c1' });
const evaluator = KINDS.point.create({ id: 'p1', pointKind: 'evaluator', position: [5, 5.5], counterId: 'c1' });
const doc: HallDocument = {
  format: 'halltwin',
  version: 1,
  meta: { name: 'refs', preset: 'hunan', level: 'county', queue: {}, ruleOverrides: {}, disabledRules: [], sprinklers: false, crowded: false },
  floors: [{ id: 'F1', name: '1F', storey: 1, elevation: 0, height: 4, elements: [wall, door, counter, sign, evaluator] }],
};
let n = 0;
const ids = (prefix: string) => `${prefix}-copy-${++n}`;

describe('references between elements, from the kinds', () => {
  it('a copied door sits in the copied wall; copied alone it stands free', () => {
    const [w, d] = cloneElements([wall, door], [0, 1], ids);
    expect(d.kind === 'opening' && d.wallId).toBe(w.id);
    const [alone] = cloneElements([door], [0, 1], ids);
    expect(alone.kind === 'opening' && alone.wallId).toBeUndefined();
  });

  it("a copied sign names the copied counter, else still the original; a point's copy is named after what it is", () => {
    const [c, s, p] = cloneElements([counter, sign, evaluator], [1, 0], ids);
    expect(s.kind === 'sign' && s.target).toBe(c.id);
    expect(p.kind === 'point' && p.counterId).toBe(c.id);
    expect(p.id).toMatch(/^evaluator-copy-/);
    const [s2] = cloneElements([sign], [1, 0], ids);
    expect(s2.kind === 'sign' && s2.target).toBe('c1');
  });

  it('removing or moving a wall takes its door along', () => {
    const removed = removeElements(['w1']).apply(doc).doc;
    expect(removed.floors[0].elements.map((e) => e.id)).toEqual(['c1', 's1', 'p1']);
    const moved = moveElements(['w1'], [0, 2])
      .apply(doc)
      .doc.floors[0].elements.find((e) => e.id === 'd1');
    expect(moved).toMatchObject({ wallId: 'w1', position: [5, 2] });
  });

  it('only a kind some kind names as its host carries others along: a wall may, a counter or a seat may not', () => {
    expect(mayHost(wall)).toBe(true);
    expect(mayHost(counter)).toBe(false);
    expect(mayHost(evaluator)).toBe(false);
    // A counter moved with a door's wall named by id among others still takes the door; alone, only itself.
    expect(withHosted(doc, ['c1'])).toEqual(['c1']);
    expect(withHosted(doc, ['c1', 'w1'])).toEqual(['c1', 'w1', 'd1']);
  });

  it('the loader refuses a door in a missing element or in something that is not a wall, naming the field', () => {
    const kinds = new Map([
      ['F1', 'floor'],
      ['c1', 'counter'],
    ]);
    expect(refProblems({ ...door, wallId: 'nope' }, kinds)).toEqual([{ key: 'wallId', message: 'door sits in unknown wall "nope" / 门所在的墙“nope”不存在' }]);
    expect(refProblems({ ...door, wallId: 'c1' }, kinds)[0].message).toMatch(/^door sits in "c1", which is a counter, not a wall/);
    expect(refProblems({ ...door, wallId: 'F1' }, kinds)[0].message).toMatch(/which is a floor, not a wall/);
    const raw = JSON.parse(JSON.stringify(doc));
    raw.floors[0].elements[1].wallId = 'c1';
    const r = parseHallValue(raw);
    expect(r.ok).toBe(false);
  });
});
