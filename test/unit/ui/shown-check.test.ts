/**
 * The findings panel after a drag changes once, straight to the verdict for where the drag ended: no "checking"
 * pass with the old verdict in between, and never held past an error or a new hall.
 */
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../src/core/document';
import { moveElements } from '../../../src/core/commands';
import type { CheckState } from '../../../src/ui/findings/check-store';
import { ShownCheck } from '../../../src/ui/findings/shown-check';
import { freshness } from '../../../src/ui/findings/stale';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const seat = county.floors[0].elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;
/** The county hall with the seat moved `k` times by 0.5 m (a drag's documents). */
function dragDocs(n: number): HallDocument[] {
  const docs = [county];
  for (let k = 0; k < n; k++) docs.push(moveElements([seat.id], [0.5, 0]).apply(docs[docs.length - 1]).doc);
  return docs;
}
const checked = (doc: HallDocument, extra: Partial<CheckState> = {}): CheckState => ({
  result: { findings: [], rules: [] } as unknown as CheckState['result'],
  resultDoc: doc,
  debounced: false,
  available: true,
  ...extra,
});

describe('what the findings panel shows around a gesture', () => {
  it('holds the verdict from before a drag, then shows the result for its end at once, with no checking pass', () => {
    const [d0, d1, d2, d3] = dragDocs(3);
    const m = new ShownCheck(checked(d0), d0);
    const before = m.show(checked(d0), d0, false);
    expect(freshness(before.check.resultDoc, before.doc)).toBe('current');
    // during the drag: results for the moves arrive, the panel does not change
    for (const r of [d1, d2]) expect(m.show(checked(r), d0, true)).toBe(before);
    // the drag ends at d3; the result for d2 is the latest: still the old view, not 'checking'
    const end = m.show(checked(d2), d3, false);
    expect(end).toBe(before);
    expect(freshness(end.check.resultDoc, end.doc)).toBe('current');
    // the result for d3 arrives: shown, current
    const after = m.show(checked(d3), d3, false);
    expect(after.doc).toBe(d3);
    expect(freshness(after.check.resultDoc, after.doc)).toBe('current');
    // an ordinary edit after that shows 'checking' as before
    const [, e1] = [d3, moveElements([seat.id], [0, 0.5]).apply(d3).doc];
    expect(freshness(m.show(checked(d3), e1, false).check.resultDoc, e1)).toBe('checking');
  });

  it('stops holding on an error, and for another hall', () => {
    const [d0, d1, d2] = dragDocs(2);
    const m = new ShownCheck(checked(d0), d0);
    m.show(checked(d0), d0, true);
    const failed = checked(d1, { error: 'worker error' });
    expect(m.show(failed, d2, false).check).toBe(failed);
    const other = loadSample('township-hall');
    const m2 = new ShownCheck(checked(d0), d0);
    m2.show(checked(d1), d0, true);
    const s = m2.show(checked(d1), other, false);
    expect(s.doc).toBe(other);
  });

  it('a cancelled drag holds the verdict of the document it went back to until that is checked again', () => {
    const [d0, d1] = dragDocs(1);
    const m = new ShownCheck(checked(d0), d0);
    const before = m.show(checked(d0), d0, false);
    m.show(checked(d1), d0, true);
    expect(m.show(checked(d1), d0, false)).toBe(before);
    expect(m.show(checked(d0), d0, false).check.resultDoc).toBe(d0);
  });
});
