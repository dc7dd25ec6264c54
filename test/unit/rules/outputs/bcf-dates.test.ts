/**
 * A BCF topic's dates are in order: a finding accepted and commented before the export was created no later than its
 * first change (not at the export), and modified at its latest change; every comment is signed with its author.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { checkHall } from '../../../../src/rules';
import { exportBcf } from '../../../../src/rules/bcf';
import { addComment, patchState } from '../../../../src/rules/work-items';
import { loadSample } from '../../core/helpers';

const tag = (xml: string, name: string) => xml.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1];

describe('BCF topic dates', () => {
  it('CreationDate ≤ every comment Date ≤ ModifiedDate for a finding worked on before the export', () => {
    const doc = loadSample('failing-hall');
    const result = checkHall(doc);
    const key = result.findings[0].key;
    let states = patchState(doc.meta.findingStates, key, { status: 'accepted', reason: '业主同意' }, new Date('2026-12-06T10:26:00Z'));
    states = addComment(states, key, { author: '张工', text: '已与业主确认' }, new Date('2026-12-06T10:28:00Z'));
    const worked = { ...doc, meta: { ...doc.meta, findingStates: states } };
    const zip = unzipSync(exportBcf(worked, result, { version: '2.1', date: new Date('2026-12-06T10:30:00Z') }));
    const markups = Object.entries(zip).filter(([n]) => n.endsWith('markup.bcf'));
    const mine = markups.map(([, b]) => strFromU8(b)).find((m) => m.includes('已与业主确认'))!;
    const created = tag(mine, 'CreationDate')!;
    const modified = tag(mine, 'ModifiedDate')!;
    const dates = [...mine.matchAll(/<Date>([^<]*)<\/Date>/g)].map((m) => m[1]);
    expect(created <= modified).toBe(true);
    for (const d of dates) {
      expect(created <= d).toBe(true);
      expect(d <= modified).toBe(true);
    }
    // before the export (10:30), at the latest recorded change (the comment at 10:28)
    expect(created <= '2026-12-06T10:28:00Z').toBe(true);
    expect(modified).toBe('2026-12-06T10:28:00Z');
    expect(mine).toContain('<Author>张工</Author>');
    // a topic nobody worked on was created at the export and has no modification
    const untouched = strFromU8(markups.find(([, b]) => !strFromU8(b).includes('<ModifiedDate>'))![1]);
    expect(tag(untouched, 'CreationDate')).toBe('2026-12-06T10:30:00Z');
  });
});
