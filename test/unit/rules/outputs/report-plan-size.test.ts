/**
 * The report lays each floor plan out at the size it prints: a tall floor (a narrow IFC house, 10 × 40 m) fits the
 * page's height instead of being laid out 640 px wide and shrunk by the print CSS, its labels with it.
 */
import { describe, expect, it } from 'vitest';
import { checkHall } from '../../../../src/rules';
import { renderReport } from '../../../../src/rules/report';
import { hall } from '../scenarios/hall';
import { loadSample } from '../../core/helpers';

/** [width, height] of each plan's svg as laid out. */
const planSizes = (html: string) => [...html.matchAll(/<figure class="plan"><svg [^>]*width="(\d+)" height="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('report plan size', () => {
  it('a tall floor is laid out no taller than a page holds (567 px, 150 mm), in its own proportions', () => {
    const doc = hall({ preset: 'hunan', floors: [{ elements: [], size: [10, 40] }] });
    const [[w, h]] = planSizes(renderReport(doc, checkHall(doc)));
    expect(h).toBe(567);
    // the plan spans 12 × 42 m with its margins
    expect(w).toBe(Math.round((567 * 12) / 42));
  });

  it('a wide floor keeps the full 640 px width', () => {
    const doc = loadSample('county-hall');
    for (const [w, h] of planSizes(renderReport(doc, checkHall(doc)))) {
      expect(w).toBe(640);
      expect(h).toBeLessThanOrEqual(567);
    }
  });
});
