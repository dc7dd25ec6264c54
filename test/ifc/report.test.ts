/** The report a director signs, on the duplex office model: grouped entries, people's names, not-applicable rules, accepted deviations, size. */
import { describe, expect, it } from 'vitest';
import { importIfc } from '../../src/ifc';
import { checkHall } from '../../src/rules';
import { buildReport, publicClause, renderReport } from '../../src/rules/report';
import { patchState } from '../../src/rules/work-items';
import { HAVE_CORPUS, readIfc } from './corpus';
import { layoutPlanLabels } from '../../src/rules/report/plan-labels';
import { floorExtent } from '../../src/rules/report/plan-svg';
import { boxesOverlap } from '../../src/core/geometry/label-placement';

describe('clauses as readers see them', () => {
  it.each([
    ['RULES.md 排队模型 (M/M/c)', '排队论模型 (M/M/c)'],
    ['GB 55019-2021 §2.5（条款待核）', 'GB 55019-2021 §2.5'],
    ['湖南 DB43/T 第1部分；条款号据章节标题推定', '湖南 DB43/T 第1部分'],
  ])('%s → %s', (a, b) => expect(publicClause(a)).toBe(b));
});

describe.skipIf(!HAVE_CORPUS)('the report on duplex.ifc', async () => {
  const { doc: imported } = await importIfc(readIfc('duplex.ifc'), { fileName: 'duplex.ifc' });
  const result = checkHall(imported);
  const accepted = result.findings.find((f) => f.ruleId === 'access.door-width') ?? result.findings[0];
  const doc = { ...imported, meta: { ...imported.meta, findingStates: patchState(undefined, accepted.key, { status: 'accepted', reason: '既有承重墙，业主同意保留' }) } };
  const html = renderReport(doc, result, { date: new Date('2026-12-01T00:00:00Z') });
  const model = buildReport(doc, result);

  it('groups each rule into one entry and lists every open finding in its table', () => {
    expect(new Set(model.groups.map((g) => g.ruleId)).size).toBe(model.groups.length);
    expect(model.groups.reduce((n, g) => n + g.items.length, 0) + model.acceptedItems.length).toBe(result.findings.length);
    expect((html.match(/<section class="entry">/g) ?? []).length).toBe(model.groups.length);
  });

  it('names elements as people do: no internal ids, no Revit type strings, no working notes', () => {
    const text = html.replace(/<[^>]+>/g, ' ');
    expect(text).not.toMatch(/\b(door|zone|wall|counter|opening)-\d+\b/);
    expect(text).not.toMatch(/M_Single-Flush:/);
    expect(text).not.toMatch(/RULES\.md|条款待核|章节标题推定/);
  });

  it('reports rules with nothing to check as not applicable, never as passed', () => {
    const oneMetre = model.rules.find((r) => r.id === 'counter.one-metre-line');
    expect(oneMetre?.outcome).toBe('na');
    expect(model.notApplicable).toBeGreaterThan(0);
    expect(html).toContain('不适用 Not applicable');
  });

  it('lists the accepted finding apart, with its reason, and has the first page and the sign-off', () => {
    expect(model.acceptedItems).toHaveLength(1);
    expect(html).toContain('既有承重墙，业主同意保留');
    expect(html).toMatch(/class="verdict"/);
    expect(html).toContain('批准 Approved by');
    expect(html).toContain('@page{size:A4');
    // Every floor with elements is drawn, or named as not drawn when the report has nothing to say about it.
    expect(model.plans.length + model.notDrawn.length).toBe(doc.floors.filter((f) => f.elements.length).length);
    expect(model.plans.length).toBeGreaterThan(0);
    for (const name of model.notDrawn) expect(html).toContain(name);
  });

  it("labels the imported model's plans (room names shortened to fit) without two labels overlapping", () => {
    for (const p of model.plans) {
      const ext = floorExtent(p.floor);
      const scale = 640 / (ext.maxX - ext.minX + 2);
      const labels = layoutPlanLabels(p.floor, p.markers, { x0: ext.minX - 1, y1: ext.maxY + 1, scale }, { width: 640, height: (ext.maxY - ext.minY + 2) * scale });
      for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(boxesOverlap(labels[i].box, labels[j].box)).toBe(false);
      expect(new Set(labels.filter((l) => l.kind === 'marker').flatMap((l) => l.text.split(',').map(Number)))).toEqual(new Set(p.markers.map((m) => m.n)));
    }
    expect((html.match(/data-plan-label="zone"/g) ?? []).length).toBeGreaterThan(5);
  });

  it('is well under 1.5 MB', () => {
    expect(new TextEncoder().encode(html).length).toBeLessThan(1.5e6);
  });
});
