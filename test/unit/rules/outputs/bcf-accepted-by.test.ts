/** An acceptance is signed: the reason goes to BCF as a comment by whoever accepted it, and comes back so. */
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkHall } from '../../../../src/rules';
import { exportBcf, importBcf } from '../../../../src/rules/bcf';
import { buildReport, renderReport } from '../../../../src/rules/report';
import { patchState } from '../../../../src/rules/work-items';
import { stableUuid } from '../../../../src/core/ids';
import { loadSample } from '../../core/helpers';

const base = loadSample('failing-hall');
const result = checkHall(base);
const DATE = new Date('2026-11-23T10:00:00Z');
const [fa, fb] = result.findings;
const topicOf = (key: string) => stableUuid(`topic:${key}`);
const REASON = /<Author>([^<]*)<\/Author><Comment>接受理由 \/ Accepted: ([^<]*)<\/Comment>/;

describe.each(['2.1', '3.0'] as const)('BCF %s: who accepted', (version) => {
  it('the reason comment is signed with the name of whoever accepted it, else the assignee', () => {
    let states = patchState(undefined, fa.key, { status: 'accepted', reason: '既有结构，业主同意', acceptedBy: '王工', assignee: 'li@design.cn' }, DATE);
    states = patchState(states, fb.key, { status: 'accepted', reason: '业主同意', assignee: 'li@design.cn' }, DATE);
    const files = unzipSync(exportBcf({ ...base, meta: { ...base.meta, findingStates: states } }, result, { version, date: DATE }));
    expect(
      strFromU8(files[`${topicOf(fa.key)}/markup.bcf`])
        .match(REASON)
        ?.slice(1),
    ).toEqual(['王工', '既有结构，业主同意']);
    // an acceptance from before names were kept: the assignee, as before
    expect(
      strFromU8(files[`${topicOf(fb.key)}/markup.bcf`])
        .match(REASON)
        ?.slice(1),
    ).toEqual(['li@design.cn', '业主同意']);
  });

  it('a topic closed in the design team’s tool comes back accepted by the author of its last word', () => {
    const files = unzipSync(exportBcf(base, result, { version, date: DATE }));
    const path = `${topicOf(fa.key)}/markup.bcf`;
    const c =
      '<Comment Guid="0f5e7a2c-2222-4a2b-9c3d-123456789abc"><Date>2026-11-25T08:30:00Z</Date><Author>zhang@design.cn</Author><Comment>保留：消防通道另设</Comment></Comment>';
    let xml = strFromU8(files[path]).replace(/TopicStatus="[^"]*"/, 'TopicStatus="Closed"');
    xml = version === '2.1' ? xml.replace('<Viewpoints', `${c}<Viewpoints`) : xml.replace('<Viewpoints>', `<Comments>${c}</Comments><Viewpoints>`);
    files[path] = strToU8(xml);
    const r = importBcf(base, result, zipSync(files));
    expect(r.states[fa.key]).toMatchObject({ status: 'accepted', reason: '保留：消防通道另设', acceptedBy: 'zhang@design.cn' });
  });
});

describe('report', () => {
  it('the accepted deviations say who accepted each', () => {
    const states = patchState(undefined, fa.key, { status: 'accepted', reason: '既有结构，业主同意', acceptedBy: '王工' }, DATE);
    const doc = { ...base, meta: { ...base.meta, findingStates: states } };
    expect(buildReport(doc, result, { date: DATE }).acceptedItems.map((a) => [a.reason, a.acceptedBy])).toEqual([['既有结构，业主同意', '王工']]);
    const html = renderReport(doc, result, { date: DATE });
    const accepted = html.slice(html.indexOf('已接受的偏差'), html.indexOf('<section class="signoff">'));
    expect(accepted).toContain('既有结构，业主同意<br><small>— 王工</small>');
  });
});
