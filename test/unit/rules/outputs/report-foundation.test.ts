/**
 * The report's plans leave out a floor with nothing the report speaks of (an imported model's foundation level: walls,
 * no room, no finding) and name it instead; alone, such a floor is still drawn. The rules table and the plans flow on
 * from the cover without forced page breaks, so a few rows spilling over do not leave a page almost empty.
 */
import { describe, expect, it } from 'vitest';
import { checkHall } from '../../../../src/rules';
import { buildReport, renderReport } from '../../../../src/rules/report';
import { box, hall, zone } from '../scenarios/hall';

const withFoundation = () => {
  const doc = hall({
    preset: 'hunan',
    floors: [
      { id: 'FDN', storey: 0, elevation: -1.25, elements: [] },
      { storey: 1, elements: [zone('waiting', box(2, 2, 10, 8), { id: 'wait', name: '等候区' })] },
    ],
  });
  doc.floors[0].name = 'T/FDN';
  return doc;
};

describe('report plans of a model with a foundation level', () => {
  it('draws the floors with rooms or findings and names the foundation level as not drawn', () => {
    const doc = withFoundation();
    const m = buildReport(doc, checkHall(doc));
    expect(m.plans.map((p) => p.floor.name)).not.toContain('T/FDN');
    expect(m.plans.length).toBeGreaterThan(0);
    expect(m.notDrawn).toEqual(['T/FDN']);
    const html = renderReport(doc, checkHall(doc));
    expect(html).toContain('未绘制 Not drawn: T/FDN');
    expect([...html.matchAll(/<figcaption>([^<·]+)·/g)].map((x) => x[1].trim())).not.toContain('T/FDN');
  });

  it('a hall whose only floor has walls alone still has its plan', () => {
    const doc = hall({ preset: 'hunan', floors: [{ elements: [] }] });
    const m = buildReport(doc, checkHall(doc));
    expect(m.plans).toHaveLength(1);
    expect(m.notDrawn).toEqual([]);
  });

  it('no section forces a page break (the plans follow the rules table on its last page)', () => {
    const doc = withFoundation();
    expect(renderReport(doc, checkHall(doc))).not.toMatch(/break-(before|after):\s*page/);
  });
});
