/** The report's version comparison section, from the library and from `halltwin export report --compare`. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../../src/cli/export';
import { checkHall } from '../../../../src/rules';
import { renderReport } from '../../../../src/rules/report';
import { fakeIO } from '../../cli/fake-io';
import { loadSample, ROOT } from '../../core/helpers';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('report with a version comparison', () => {
  it('lists the findings fixed since the failing version, before the sign-off, with names not ids', () => {
    const before = loadSample('failing-hall');
    const now = loadSample('county-hall');
    const base = checkHall(before);
    const result = checkHall(now);
    // Only the notes on what a plan cannot show stay open: they are on every hall.
    const open = base.findings.filter((f) => result.findings.some((g) => g.key === f.key));
    expect(open.map((f) => f.ruleId).filter((id) => !id.startsWith('offplan.'))).toEqual([]);
    const fixed = base.findings.length - open.length;
    const html = renderReport(now, result, { compare: { base: before, baseResult: base, name: 'v1-failing.hall.json' } });
    const section = html.slice(html.indexOf('<section class="comparison">'), html.indexOf('<section class="signoff">'));
    expect(section).toContain('版本对比 Version comparison');
    expect(section).toContain('v1-failing.hall.json');
    expect(text(section)).toMatch(new RegExp(`问题新增 0、已解决 ${fixed}、仍存在 ${open.length}`));
    expect((section.match(/已解决 Fixed/g) ?? []).length).toBe(Math.min(60, fixed));
    expect(text(section)).not.toMatch(/\bf[12]-(zone|door|counter|point)-\d+/);
    expect(renderReport(now, checkHall(now))).not.toContain('class="comparison"');
  });

  it('lists the findings whose status changed between the versions, with the status before and now', () => {
    const before = loadSample('failing-hall');
    const result = checkHall(before);
    const [a, b] = result.findings;
    const now = {
      ...before,
      meta: { ...before.meta, findingStates: { [a.key]: { status: 'accepted' as const, reason: '业主同意' }, [b.key]: { status: 'in-progress' as const } } },
    };
    const html = renderReport(now, checkHall(now), { compare: { base: before, baseResult: result, name: 'v1.hall.json' } });
    const section = text(html.slice(html.indexOf('<section class="comparison">'), html.indexOf('<section class="signoff">')));
    expect(section).toContain(`仍存在 ${result.findings.length}（其中状态变化 2）`);
    expect((section.match(/状态变化 Status changed/g) ?? []).length).toBe(2);
    expect(section).toContain('待处理 Open → 已接受 Accepted');
    expect(section).toContain('待处理 Open → 处理中 In progress');
  });

  it('halltwin export report NEW --compare OLD writes the section', async () => {
    const io = fakeIO();
    const code = await run(['report', resolve(ROOT, 'models/county-hall.hall.json'), '-o', 'r.html', '--compare', resolve(ROOT, 'models/failing-hall.hall.json')], io);
    expect(code).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/compared with failing-hall\.hall\.json/);
    expect(String(io.written.get('r.html'))).toContain('<section class="comparison">');
    const bad = fakeIO();
    expect(await run(['report', resolve(ROOT, 'models/county-hall.hall.json'), '-o', 'r.html', '--compare', 'missing.hall.json'], bad)).toBe(2);
  });
});
