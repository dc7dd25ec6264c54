import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { checkHall } from '../../../../src/rules';
import { renderReport } from '../../../../src/rules/report';
import { buildReport } from '../../../../src/rules/report/model';
import { exportBcf, crc32 } from '../../../../src/rules/bcf';
import { loadSample, ROOT } from '../../core/helpers';
import { main } from '../../../../src/cli/main';
import { fakeIO } from '../../cli/fake-io';
import { resolve } from 'node:path';

const failing = loadSample('failing-hall');
const result = checkHall(failing);
const DATE = new Date('2026-11-23T10:00:00Z');

describe('compliance report', () => {
  const html = renderReport(failing, result, { date: DATE });
  it('has the hall, preset, level, score, verdict, a row per applied rule, one entry per failing rule listing each finding, and one plan per floor', () => {
    expect(html).toContain('问题示例大厅');
    expect(html).toContain('湖南 DB43/T');
    expect(html).toContain('县级');
    expect(html).toMatch(/data-score="\d+"/);
    // The score is a share (the caption says 通过率): printed with its per cent sign.
    expect(html).toMatch(/data-score="(\d+)">\1%<\/div>/);
    expect(html).toMatch(/class="verdict">本报告按/);
    const rules = new Set(result.findings.map((f) => f.ruleId));
    expect((html.match(/<section class="entry">/g) ?? []).length).toBe(rules.size);
    expect((html.match(/<tr><td class="n">\d+<\/td>/g) ?? []).length).toBe(result.findings.length);
    expect((html.match(/<figure class="plan">/g) ?? []).length).toBe(failing.floors.filter((f) => f.elements.length).length);
    for (const f of result.findings.slice(0, 5)) expect(html).toContain(f.clause.replace(/&/g, '&amp;').replace(/（条款待核）/, ''));
  });
  it('says its English counts in the singular for one ("1 error, 1 warning, 0 notes")', () => {
    const one = (sev: string) => result.findings.find((f) => f.severity === sev)!;
    const verdict = buildReport(failing, { ...result, findings: [one('error'), one('warning')] }, { date: DATE }).verdict.en;
    expect(verdict).toContain('Found: 1 error, 1 warning, 0 notes');
    expect(verdict).toContain('(2 floors)');
  });

  it('escapes hostile names and carries no script', () => {
    const hostile = {
      ...failing,
      meta: { ...failing.meta, name: '<img src=x onerror=alert(1)>' },
      floors: failing.floors.map((f) => ({ ...f, elements: f.elements.map((e) => (e.kind === 'zone' ? { ...e, name: '<script>alert(2)</script>' } : e)) })),
    };
    const h = renderReport(hostile, checkHall(hostile), { date: DATE });
    expect(h).not.toContain('<img src=x');
    expect(h).not.toContain('<script>');
    expect(h).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(h).toContain("default-src 'none'");
  });
});

describe('BCF export', () => {
  for (const version of ['2.1', '3.0'] as const) {
    it(`BCF ${version}: version file, one folder per finding with markup, viewpoint and a valid PNG`, () => {
      const zip = unzipSync(exportBcf(failing, result, { version, date: DATE }));
      expect(strFromU8(zip['bcf.version'])).toContain(`VersionId="${version}"`);
      if (version === '3.0') expect(strFromU8(zip['extensions.xml'])).toContain('<TopicLabel>counter.one-metre-line</TopicLabel>');
      const topics = Object.keys(zip).filter((k) => k.endsWith('/markup.bcf'));
      expect(topics.length).toBe(result.findings.length);
      for (const t of topics) {
        const dir = t.split('/')[0];
        expect(dir).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        const m = strFromU8(zip[t]);
        expect(m).toContain(`<Topic Guid="${dir}"`);
        for (const tag of ['<Title>', '<Priority>', '<CreationDate>', '<CreationAuthor>HallTwin</CreationAuthor>', '<Description>']) expect(m).toContain(tag);
        const v = strFromU8(zip[`${dir}/viewpoint.bcfv`]);
        for (const tag of ['<VisualizationInfo Guid=', '<PerspectiveCamera>', '<CameraViewPoint>', '<CameraDirection>', '<CameraUpVector>', '<FieldOfView>'])
          expect(v).toContain(tag);
        const png = zip[`${dir}/snapshot.png`];
        expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
        expect(strFromU8(png.slice(12, 16))).toBe('IHDR');
        const len = new DataView(png.buffer, png.byteOffset).getUint32(8);
        expect(crc32(png.slice(12, 16 + len))).toBe(new DataView(png.buffer, png.byteOffset).getUint32(16 + len));
      }
      const seatTopic = topics.map((t) => strFromU8(zip[t])).find((m) => m.includes('counter.one-metre-line') && m.includes('座椅'));
      expect(seatTopic).toBeDefined();
    });
  }
  it('the same finding keeps its topic GUID and component IfcGuids across exports', () => {
    const a = Object.keys(unzipSync(exportBcf(failing, result, { date: DATE }))).sort();
    const moved = { ...failing, meta: { ...failing.meta, name: failing.meta.name } };
    const b = Object.keys(unzipSync(exportBcf(moved, checkHall(moved), { date: new Date() }))).sort();
    expect(b).toEqual(a);
    const v = Object.entries(unzipSync(exportBcf(failing, result, { date: DATE }))).find(([k, d]) => k.endsWith('.bcfv') && strFromU8(d).includes('IfcGuid'))!;
    expect(strFromU8(v[1])).toMatch(/IfcGuid="[0-3][0-9A-Za-z_$]{21}"/);
  });
});

describe('halltwin export report / bcf', () => {
  it('writes the files; bad input exits 2', async () => {
    const io = fakeIO();
    expect(await main(['export', 'report', resolve(ROOT, 'models/failing-hall.hall.json'), '-o', 'r.html'], io)).toBe(0);
    expect(String(io.written.get('r.html'))).toContain('合规检查报告');
    expect(await main(['export', 'bcf', resolve(ROOT, 'models/failing-hall.hall.json'), '-o', 'x.bcfzip', '--bcf-version', '3.0'], io)).toBe(0);
    expect(unzipSync(io.written.get('x.bcfzip') as Uint8Array)['bcf.version']).toBeDefined();
    expect(await main(['export', 'bcf', resolve(ROOT, 'models/failing-hall.hall.json'), '-o', 'x', '--bcf-version', '9'], fakeIO())).toBe(2);
    expect(await main(['export', 'report', 'missing.json', '-o', 'x'], fakeIO())).toBe(2);
  });
});
