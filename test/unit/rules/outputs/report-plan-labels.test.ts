/** The report's floor plans label zones, counters, signs and stairs by the editor's rules: no two labels overlap, every finding keeps its marker. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkHall } from '../../../../src/rules';
import { buildReport, renderReport } from '../../../../src/rules/report';
import { layoutPlanLabels, type PlacedLabel } from '../../../../src/rules/report/plan-labels';
import { floorExtent } from '../../../../src/rules/report/plan-svg';
import { boxesOverlap } from '../../../../src/core/geometry/label-placement';
import type { HallDocument } from '../../../../src/core/document';
import { loadSample } from '../../core/helpers';

const WIDTH = 640;

function layout(doc: HallDocument) {
  return buildReport(doc, checkHall(doc)).plans.map((p) => {
    const ext = floorExtent(p.floor);
    const [x0, y0, x1, y1] = [ext.minX - 1, ext.minY - 1, ext.maxX + 1, ext.maxY + 1];
    const scale = WIDTH / (x1 - x0);
    return { plan: p, labels: layoutPlanLabels(p.floor, p.markers, { x0, y1, scale }, { width: WIDTH, height: (y1 - y0) * scale }) };
  });
}

function overlapping(labels: readonly PlacedLabel[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (boxesOverlap(labels[i].box, labels[j].box)) out.push(`${labels[i].kind}:${labels[i].text} × ${labels[j].kind}:${labels[j].text}`);
  return out;
}

const markerNumbers = (labels: readonly PlacedLabel[]) => new Set(labels.filter((l) => l.kind === 'marker').flatMap((l) => l.text.split(',').map(Number)));

describe('report plan labels', () => {
  for (const name of ['county-hall', 'failing-hall', 'township-hall'] as const) {
    it(`${name}: zone names, counter numbers and signs are shown and no two labels overlap`, () => {
      for (const { plan, labels } of layout(loadSample(name))) {
        expect(overlapping(labels)).toEqual([]);
        expect(labels.filter((l) => l.kind === 'zone').length).toBeGreaterThan(3);
        expect(labels.filter((l) => l.kind === 'counter').length).toBeGreaterThan(0);
        expect(markerNumbers(labels)).toEqual(new Set(plan.markers.map((m) => m.n)));
      }
    });
  }

  it('the failing hall: every marker number of each floor is on its plan and markers at one place join', () => {
    const plans = layout(loadSample('failing-hall'));
    expect(plans.some((p) => p.plan.markers.length > 0)).toBe(true);
    for (const { labels } of plans) for (const l of labels.filter((x) => x.kind === 'marker')) expect(l.text).toMatch(/^\d+(,\d+)*$/);
  });

  it('any set of markers, however crowded, is placed without overlaps and without losing a number', () => {
    const floor = loadSample('county-hall').floors[0];
    const marker = fc.record({
      n: fc.integer({ min: 1, max: 30 }),
      at: fc.tuple(fc.double({ min: 0, max: 64, noNaN: true }), fc.double({ min: 0, max: 42, noNaN: true })),
      severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
    });
    fc.assert(
      fc.property(fc.array(marker, { maxLength: 60 }), (markers) => {
        const labels = layoutPlanLabels(floor, markers, { x0: -1, y1: 43, scale: 10 }, { width: 660, height: 440 });
        expect(overlapping(labels)).toEqual([]);
        expect(markerNumbers(labels)).toEqual(new Set(markers.map((m) => m.n)));
      }),
      { numRuns: 60 },
    );
  });

  it('a long zone name is shortened with the full name in its tooltip, and names are escaped', () => {
    const doc = loadSample('county-hall');
    const f = doc.floors[0];
    const zone = f.elements.find((e) => e.kind === 'zone')!;
    const long = '一层-政务服务大厅-综合受理区 <b>(Space 0012)</b> 北侧等候与填表区域';
    const hall = { ...doc, floors: [{ ...f, elements: f.elements.map((e) => (e === zone ? { ...e, name: long } : e)) }, ...doc.floors.slice(1)] };
    const html = renderReport(hall, checkHall(hall));
    expect(html).not.toContain('<b>(Space');
    expect(html).toContain(`<title>${long.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</title>`);
    expect((html.match(/data-plan-label="zone"/g) ?? []).length).toBeGreaterThan(5);
  });

  it('a numbered room is tagged as a drawing tags it, number over name, and a name too wide for its room breaks onto two lines', () => {
    const doc = loadSample('county-hall');
    const f = doc.floors[0];
    const zones = f.elements.filter((e) => e.kind === 'zone');
    // a room of 1F numbered 101 (its name written without the number) and one whose imported name starts with it
    const [numbered, imported] = zones.filter((z) => z.name && !/[（(]/.test(z.name));
    const hall = {
      ...doc,
      floors: [
        { ...f, elements: f.elements.map((e) => (e === numbered ? { ...e, number: '101' } : e === imported ? { ...e, number: 'A-12', name: `A-12 ${imported.name}` } : e)) },
        ...doc.floors.slice(1),
      ],
    };
    const ext = floorExtent(hall.floors[0]);
    const scale = WIDTH / (ext.maxX - ext.minX + 2);
    const frame = { x0: ext.minX - 1, y1: ext.maxY + 1, scale };
    const size = { width: WIDTH, height: (ext.maxY - ext.minY + 2) * scale };
    const labels = layoutPlanLabels(hall.floors[0], [], frame, size);
    expect(overlapping(labels)).toEqual([]);
    const tag = labels.find((l) => l.full.startsWith('101'))!;
    expect(tag.full).toBe(`101\n${numbered.name}`);
    expect(tag.box.y1 - tag.box.y0).toBeGreaterThanOrEqual(2 * 10 * 1.3 - 1);
    expect(labels.find((l) => l.full.startsWith('A-12'))?.full).toBe(`A-12\n${imported.name}`);
    const svg = renderReport(hall, checkHall(hall));
    expect(svg).toMatch(/<tspan[^>]*>101<\/tspan><tspan[^>]*>/);

    // "Business services area" in a room 5 m wide at 20 px/m (100 px): 22 units × 6 px do not fit on one line, 13 do
    const narrow = {
      ...zones[0],
      id: 'narrow',
      number: undefined,
      name: 'Business services area',
      polygon: [
        [0, 0],
        [5, 0],
        [5, 3],
        [0, 3],
      ] as [number, number][],
    };
    const one = layoutPlanLabels({ ...f, elements: [narrow] }, [], { x0: -1, y1: 4, scale: 20 }, { width: 120, height: 100 });
    expect(one.map((l) => l.text)).toEqual(['Business\nservices area']);
  });
});
