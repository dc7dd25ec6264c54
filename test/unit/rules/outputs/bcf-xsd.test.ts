/**
 * BCF output checked against buildingSMART's XSDs (test/fixtures/bcf-xsd) with xmllint, including work-item states,
 * comments, project.bcfp and the project's extension schema (2.1) or extensions.xml (3.0).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { checkHall } from '../../../../src/rules';
import { exportBcf } from '../../../../src/rules/bcf';
import { addComment, patchState } from '../../../../src/rules/work-items';
import { loadSample, ROOT } from '../../core/helpers';

const XSD = resolve(ROOT, 'test/fixtures/bcf-xsd');
const schema = (name: string, version = '2.1') => ({ fileName: name, contents: readFileSync(resolve(XSD, version, name), 'utf8') });

const base = loadSample('failing-hall');
const result = checkHall(base);
let states = patchState(undefined, result.findings[0].key, { status: 'accepted', reason: '业主同意 <保留> & 记录' });
states = patchState(states, result.findings[1].key, { status: 'in-progress', assignee: 'li@design.cn' });
states = addComment(states, result.findings[1].key, { author: '王规划', text: '请核实' });
const doc = { ...base, meta: { ...base.meta, source: { kind: 'ifc' as const, fileName: 'hall.ifc', projectGlobalId: '2Starred00000000000001' }, findingStates: states } };

/** Schema errors of one or more documents, all checked in one xmllint run. */
async function valid(
  xml: string | Record<string, string>,
  name: string,
  xsd: string | { fileName: string; contents: string },
  preload: { fileName: string; contents: string }[] = [],
): Promise<string[]> {
  const docs = typeof xml === 'string' ? [{ fileName: name, contents: xml }] : Object.entries(xml).map(([fileName, contents]) => ({ fileName, contents }));
  const r = await validateXML({ xml: docs, schema: [typeof xsd === 'string' ? schema(xsd) : xsd], preload });
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

/** Topic folders are named by GUID, which xmllint would read as options if they began with a dash: use plain names. */
const markups = (zip: Record<string, Uint8Array>) =>
  Object.fromEntries(
    Object.keys(zip)
      .filter((k) => k.endsWith('/markup.bcf'))
      .map((k, i) => [`topic-${i}.bcf`, strFromU8(zip[k])]),
  );

describe('BCF 2.1 project.bcfp and its ExtensionSchema', () => {
  const zip = unzipSync(exportBcf(doc, result, { version: '2.1', date: new Date('2026-11-23T10:00:00Z') }));

  it('project.bcfp is valid and names the extension schema shipped beside it', async () => {
    const bcfp = strFromU8(zip['project.bcfp']);
    expect(await valid(bcfp, 'project.bcfp', 'project.xsd')).toEqual([]);
    const named = /<ExtensionSchema>([^<]+)<\/ExtensionSchema>/.exec(bcfp)?.[1];
    expect(named).toBe('extensions.xsd');
    expect(zip[named as string]).toBeDefined();
  });

  it('every markup.bcf is valid against the shipped extensions.xsd (statuses, labels, users, stages it lists)', async () => {
    const ext = { fileName: 'extensions.xsd', contents: strFromU8(zip['extensions.xsd']) };
    expect(await valid(markups(zip), '', ext, [schema('markup.xsd')])).toEqual([]);
  });

  it('a status the extension schema does not list is refused (the check can fail)', async () => {
    const ext = { fileName: 'extensions.xsd', contents: strFromU8(zip['extensions.xsd']) };
    const one = Object.values(markups(zip))[0].replace(/TopicStatus="[^"]+"/, 'TopicStatus="Parked"');
    expect((await valid(one, 'one.bcf', ext, [schema('markup.xsd')])).join('\n')).toMatch(/TopicStatus|Parked/);
  });
});

describe('BCF 3.0 extensions.xml against the buildingSMART 3.0 schema', () => {
  const zip = unzipSync(exportBcf(doc, result, { version: '3.0', date: new Date('2026-11-23T10:00:00Z') }));
  const shared = schema('shared-types.xsd', '3.0');
  const ext = schema('extensions.xsd', '3.0');

  it('extensions.xml is valid and lists every status, label, user and stage the topics use', async () => {
    const xml = strFromU8(zip['extensions.xml']);
    expect(await valid(xml, 'extensions.xml', ext, [shared])).toEqual([]);
    const listed = (tag: string) => new Set([...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]));
    const [statuses, labels, users, stages] = [listed('TopicStatus'), listed('TopicLabel'), listed('User'), listed('Stage')];
    for (const m of Object.values(markups(zip))) {
      expect(statuses.has(/TopicStatus="([^"]+)"/.exec(m)?.[1] ?? '')).toBe(true);
      expect(labels.has(/<Label>([^<]+)<\/Label>/.exec(m)?.[1] ?? '')).toBe(true);
      for (const u of m.matchAll(/<(?:AssignedTo|Author|CreationAuthor|ModifiedAuthor)>([^<]+)</g)) expect(users.has(u[1])).toBe(true);
      const stage = /<Stage>([^<]+)<\/Stage>/.exec(m)?.[1];
      if (stage) expect(stages.has(stage)).toBe(true);
    }
  });

  it('an extensions.xml missing a required list is refused (the check can fail)', async () => {
    const bad = strFromU8(zip['extensions.xml']).replace(/<Stages>.*<\/Stages>|<Stages\/>/, '');
    expect((await valid(bad, 'bad.xml', ext, [shared])).length).toBeGreaterThan(0);
  });
});
