/**
 * A drag re-checks the hall after every move: the graphs, fields and rasters of the moves before are caches, and
 * must go once nothing reads them. A memo that named the graph a field was last repaired from kept every graph of
 * a drag alive, each with its fields (the heap grew by 0.4 MB a seat move on the big hall).
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/rules';
import { navOptionsOf } from '../../../src/rules/util';
import { navFor } from '../../../src/nav';
import { moveElements } from '../../../src/core/commands';
import { generateHall } from '../../fixtures/generated-hall';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

describe('a seat dragged and re-checked', () => {
  it('leaves the graphs of its earlier moves to the collector', async () => {
    const doc = generateHall();
    const seat = doc.floors[0].elements.find((e) => e.id.startsWith('gen-seat'))!.id;
    const checker = createChecker();
    checker.check(doc);
    const early: WeakRef<object>[] = [];
    for (let k = 0; k < 40; k++) {
      const moved = moveElements([seat], [0.5 * (1 + (k % 8)), 0.5 * (k % 3)]).apply(doc).doc;
      checker.check(moved);
      if (k < 4) early.push(new WeakRef(navFor(moved, navOptionsOf(moved))));
    }
    // WeakRef targets are held until the current job ends.
    await new Promise((r) => setTimeout(r, 0));
    gc();
    expect(early.filter((r) => r.deref() !== undefined).length).toBe(0);
  });
});
