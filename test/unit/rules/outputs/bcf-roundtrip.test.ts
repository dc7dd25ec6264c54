/** BCF both ways: statuses, assignees and comments go out, a design team edits them as BIMcollab or Solibri would, and they come back. */
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkHall } from '../../../../src/rules';
import { exportBcf, importBcf, parseMarkup, statusFromBcf } from '../../../../src/rules/bcf';
import { addComment, patchState } from '../../../../src/rules/work-items';
import { stableUuid } from '../../../../src/core/ids';
import { loadSample } from '../../core/helpers';

const base = loadSample('failing-hall');
const result = checkHall(base);
const DATE = new Date('2026-11-23T10:00:00Z');
const [fa, fb, fc, fd] = result.findings;
const topicOf = (key: string) => stableUuid(`topic:${key}`);

let states = patchState(undefined, fa.key, { status: 'accepted', reason: '既有结构，业主同意' }, DATE);
states = patchState(states, fb.key, { status: 'in-progress', assignee: 'li@design.cn' }, DATE);
states = addComment(states, fb.key, { author: '王规划', text: '请设计院核实门宽' }, DATE);
const doc = { ...base, meta: { ...base.meta, findingStates: states } };

/** What BIMcollab does to a topic: a new status, an assignee, a comment appended with its own GUID. */
function edit(zip: Uint8Array, version: '2.1' | '3.0', edits: Record<string, { status?: string; assignee?: string; comment?: string }>): Uint8Array {
  const files = unzipSync(zip);
  for (const [guid, e] of Object.entries(edits)) {
    const path = `${guid}/markup.bcf`;
    let xml = strFromU8(files[path]);
    if (e.status) xml = xml.replace(/TopicStatus="[^"]*"/, `TopicStatus="${e.status}"`);
    if (e.assignee) xml = xml.replace(/<AssignedTo>[^<]*<\/AssignedTo>/, '').replace('<Description>', `<AssignedTo>${e.assignee}</AssignedTo><Description>`);
    if (e.comment) {
      const c = `<Comment Guid="0f5e7a2c-1111-4a2b-9c3d-123456789abc"><Date>2026-11-25T08:30:00Z</Date><Author>zhang@design.cn</Author><Comment>${e.comment}</Comment></Comment>`;
      xml =
        version === '2.1'
          ? xml.replace('<Viewpoints', `${c}<Viewpoints`)
          : xml.includes('<Comments>')
            ? xml.replace('</Comments>', `${c}</Comments>`)
            : xml.replace('<Viewpoints>', `<Comments>${c}</Comments><Viewpoints>`);
    }
    files[path] = strToU8(xml);
  }
  return zipSync(files);
}

describe.each(['2.1', '3.0'] as const)('BCF %s round trip', (version) => {
  const zip = exportBcf(doc, result, { version, date: DATE });
  const files = unzipSync(zip);

  it('writes status, assignee, comments and the acceptance reason; project.bcfp names its extension schema', () => {
    const a = strFromU8(files[`${topicOf(fa.key)}/markup.bcf`]);
    expect(a).toContain('TopicStatus="Closed"');
    expect(a).toContain('接受理由 / Accepted: 既有结构，业主同意');
    const b = strFromU8(files[`${topicOf(fb.key)}/markup.bcf`]);
    expect(b).toContain('TopicStatus="In Progress"');
    expect(b).toContain('<AssignedTo>li@design.cn</AssignedTo>');
    expect(b).toContain('请设计院核实门宽');
    expect(strFromU8(files[`${topicOf(fc.key)}/markup.bcf`])).toContain('TopicStatus="Open"');
    if (version === '2.1') {
      expect(strFromU8(files['project.bcfp'])).toContain('<ExtensionSchema>extensions.xsd</ExtensionSchema>');
      expect(strFromU8(files['extensions.xsd'])).toContain('<xs:enumeration value="Resolved"/>');
    } else expect(strFromU8(files['extensions.xml'])).toContain('<TopicStatus>In Progress</TopicStatus>');
    // The viewpoint and snapshot names BIMcollab looks for.
    expect(files[`${topicOf(fc.key)}/viewpoint.bcfv`]).toBeDefined();
    expect(files[`${topicOf(fc.key)}/snapshot.png`]).toBeDefined();
  });

  it('reads back what the design team changed: statuses, assignee, a new comment; nothing duplicated', () => {
    const edited = edit(zip, version, {
      [topicOf(fb.key)]: { status: 'Resolved', comment: '已按 1.0 m 修改' },
      [topicOf(fc.key)]: { status: 'Closed', comment: '保留，原因：消防通道另设' },
      [topicOf(fd.key)]: { status: version === '2.1' ? 'Active' : 'In Progress', assignee: 'zhang@design.cn' },
    });
    const r = importBcf(doc, result, edited);
    expect(r.matched).toBe(result.findings.length);
    expect(r.unmatched).toBe(0);
    expect(r.states[fa.key]).toMatchObject({ status: 'accepted', reason: '既有结构，业主同意' });
    expect(r.states[fa.key].comments ?? []).toEqual([]);
    expect(r.states[fb.key].status).toBe('fixed');
    expect(r.states[fb.key].comments?.map((c) => [c.author, c.text])).toEqual([
      ['王规划', '请设计院核实门宽'],
      ['zhang@design.cn', '已按 1.0 m 修改'],
    ]);
    // Closed while still found: accepted, its reason the team's last word.
    expect(r.states[fc.key]).toMatchObject({ status: 'accepted', reason: '保留，原因：消防通道另设' });
    expect(r.states[fd.key]).toMatchObject({ status: version === '2.1' ? 'open' : 'in-progress', assignee: 'zhang@design.cn' });
    expect(r.changed.map((c) => c.key).sort()).toEqual([fb.key, fc.key, ...(version === '3.0' ? [fd.key] : [])].sort());
    // Exported again and read again: the same comments, not twice.
    const again = importBcf(
      { ...doc, meta: { ...doc.meta, findingStates: r.states } },
      result,
      exportBcf({ ...doc, meta: { ...doc.meta, findingStates: r.states } }, result, { version, date: DATE }),
    );
    expect(again.states[fb.key].comments).toHaveLength(2);
  });
});

describe('BCF statuses other tools write', () => {
  it.each([
    ['Active', true, 'open'],
    ['Open', true, 'open'],
    ['In Progress', true, 'in-progress'],
    ['InProgress', true, 'in-progress'],
    ['Resolved', true, 'fixed'],
    ['Closed', true, 'accepted'],
    ['Closed', false, 'fixed'],
    ['', true, undefined],
    ['Whatever', true, undefined],
  ] as const)('%s (still found: %s) → %s', (s, found, want) => expect(statusFromBcf(s, found)).toBe(want));

  it('a topic that is not ours is left alone, and a file that is not BCF is refused clearly', () => {
    const foreign = zipSync({
      'bcf.version': strToU8('<Version VersionId="2.1"/>'),
      'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee/markup.bcf': strToU8(
        '<Markup><Topic Guid="aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee" TopicStatus="Closed"><Title>x</Title></Topic></Markup>',
      ),
    });
    expect(importBcf(doc, result, foreign)).toMatchObject({ matched: 0, unmatched: 1 });
    expect(() => importBcf(doc, result, strToU8('hello'))).toThrow(/not a BCF file/);
    expect(parseMarkup('<Markup/>')).toBeUndefined();
  });
});
