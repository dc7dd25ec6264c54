/** BCF 2.1 output checked against buildingSMART's XSDs (test/fixtures/bcf-xsd) with xmllint, including work-item states and comments. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { checkHall } from '../../../../src/rules';
import { exportBcf } from '../../../../src/rules/bcf';
import { addComment, patchState } from '../../../../src/rules/work-items';
import { loadSample, ROOT } from '../../core/helpers';

const XSD = resolve(ROOT, 'test/fixtures/bcf-xsd/2.1');
const schema = (name: string) => ({ fileName: name, contents: readFileSync(resolve(XSD, name), 'utf8') });

const base = loadSample('failing-hall');
const result = checkHall(base);
let states = patchState(undefined, result.findings[0].key, { status: 'accepted', reason: '业主同意 <保留> & 记录' });
states = patchState(states, result.findings[1].key, { status: 'in-progress', assignee: 'li@design.cn' });
states = addComment(states, result.findings[1].key, { author: '王规划', text: '请核实' });
const doc = { ...base, meta: { ...base.meta, source: { kind: 'ifc' as const, fileName: 'hall.ifc', projectGlobalId: '2Starred00000000000001' }, findingStates: states } };

/** Schema errors of one or more documents, all checked in one xmllint run. */
async function valid(xml: string | Record<string, string>, name: string, xsd: string): Promise<string[]> {
  const docs = typeof xml === 'string' ? [{ fileName: name, contents: xml }] : Object.entries(xml).map(([fileName, contents]) => ({ fileName, contents }));
  const r = await validateXML({ xml: docs, schema: [schema(xsd)] });
  return r.valid ? [] : r.errors.map((e) => e.rawMessage ?? String(e));
}

describe('BCF 2.1 against the buildingSMART schemas', () => {
  const zip = unzipSync(exportBcf(doc, result, { version: '2.1', date: new Date('2026-11-23T10:00:00Z') }));

  it('bcf.version is valid', async () => {
    expect(await valid(strFromU8(zip['bcf.version']), 'bcf.version', 'version.xsd')).toEqual([]);
  });

  it('every markup.bcf (statuses, assignee, comments, header) and viewpoint.bcfv is valid', async () => {
    const topics = Object.keys(zip).filter((k) => k.endsWith('/markup.bcf'));
    expect(topics.length).toBe(result.findings.length);
    expect(await valid(Object.fromEntries(topics.map((t) => [t, strFromU8(zip[t])])), '', 'markup.xsd')).toEqual([]);
    expect(await valid(Object.fromEntries(topics.map((t) => t.replace('markup.bcf', 'viewpoint.bcfv')).map((v) => [v, strFromU8(zip[v])])), '', 'visinfo.xsd')).toEqual([]);
    const withComment = topics.map((t) => strFromU8(zip[t])).filter((m) => m.includes('<Comment Guid='));
    expect(withComment.length).toBe(2);
  });

  it('a broken markup is caught (the check can fail)', async () => {
    const bad = strFromU8(zip[Object.keys(zip).find((k) => k.endsWith('/markup.bcf'))!]).replace('<CreationAuthor>HallTwin</CreationAuthor>', '');
    expect((await valid(bad, 'bad.bcf', 'markup.xsd')).length).toBeGreaterThan(0);
  });
});
