/**
 * counter.one-metre-line works out the area a blocker covers of a strip only where their boxes share at least the
 * minimum: the evaluators standing on the desk edges touch every strip along a line and need no clipping, while a
 * seat in a strip is still measured and reported with its area.
 */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/core/kinds/registry';
import { counterServicePoint } from '../../../src/core/kinds/counter';
import { addElements } from '../../../src/core/commands';
import { counterOneMetreLine, nearStats } from '../../../src/rules/counters/one-metre-line';
import { generateHall } from '../../fixtures/generated-hall';
import { freshCopies } from '../../bench/fresh';
import { runRule } from './reads-probe';

describe('counter.one-metre-line overlap bound', () => {
  it('clips no blocker that only touches a strip, and still measures one standing in it', () => {
    const [doc] = freshCopies(generateHall(), 1, 'bound');
    const before = nearStats.overlaps;
    const clean = runRule(counterOneMetreLine, doc);
    expect(nearStats.overlaps - before).toBe(0);
    expect(clean.filter((f) => f.key.includes('blocked:'))).toEqual([]);

    const floor = doc.floors[0];
    const c = floor.elements.find((e) => e.kind === 'counter' && e.type !== 'consultation-desk' && e.oneMetreLine.enabled);
    if (c?.kind !== 'counter') throw new Error('no counter with a line');
    const seat = KINDS.point.create({ id: 'seat-in-strip', pointKind: 'seat', position: counterServicePoint(c, 0.5), rotation: c.rotation });
    const withSeat = addElements(floor.id, [seat]).apply(doc).doc;
    const mid = nearStats.overlaps;
    const found = runRule(counterOneMetreLine, withSeat).filter((f) => f.key.includes('blocked:seat-in-strip'));
    expect(nearStats.overlaps - mid).toBe(1);
    expect(found).toHaveLength(1);
    expect(found[0].data?.overlapM2).toBeGreaterThan(0.1);
  });
});
