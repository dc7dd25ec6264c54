/** A taut walk reads only its floor's cell size from the field, never a copy of the floor's distance grid. */
import { describe, expect, it } from 'vitest';
import type { DistanceField } from '../../../src/nav';
import { exitSources } from '../../../src/rules/safety/coverage';
import { resolveParams } from '../../../src/rules/preset';
import { fieldFrom, samplePolygon, all } from '../../../src/rules/util';
import { walkedTo } from '../../../src/rules/walk';
import { loadSample } from '../core/helpers';

describe('walkedTo', () => {
  it('measures the same walks without asking the field for a floor grid', () => {
    const doc = loadSample('county-hall');
    const field = fieldFrom(doc, 'exits', exitSources(doc, resolveParams(doc.meta.preset, doc.meta.ruleOverrides)));
    let grids = 0;
    const counted = new Proxy(field, {
      get(target, prop) {
        if (prop === 'grid') grids++;
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    }) as DistanceField;
    let taut = 0;
    for (const { floor, el } of all(doc, 'zone'))
      for (const p of samplePolygon(el.polygon, 2)) {
        const d = field.at(floor.id, p);
        const walked = walkedTo(doc, counted, floor.id, p, d);
        expect(walked).toBe(walkedTo(doc, field, floor.id, p, d));
        if (walked < d) taut++;
      }
    // Walks were pulled taut (the cell size was read), and no grid was copied for it.
    expect(taut).toBeGreaterThan(10);
    expect(grids).toBe(0);
  });
});
