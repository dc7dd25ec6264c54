/**
 * A finding about the whole hall ("no AED", "no 文化建设专区") points at the floor citizens come in on, not at the
 * first floor of the list: an imported Revit model lists its foundation level first, an empty floor.
 */
import { describe, expect, it } from 'vitest';
import { checkHall } from '../../../src/rules';
import { door, hall } from './scenarios/hall';

describe('hall-wide findings', () => {
  it('point at storey 1 when the model lists a foundation level first', () => {
    const doc = hall({
      preset: 'jiangxi',
      floors: [
        { id: 'FDN', storey: -1, elevation: -1.25, elements: [], noMain: true },
        { id: 'L1', storey: 1, elements: [door([15, 0], { id: 'main', entrance: 'main', width: 1.8, wallId: 'wall-s' })] },
      ],
    });
    const hallWide = checkHall(doc).findings.filter((f) => f.elementIds.length === 0);
    const rules = new Set(hallWide.map((f) => f.ruleId));
    // the hall has nothing: every "missing" rule speaks, about the whole hall
    for (const id of ['zone.required', 'counter.required', 'access.toilet', 'safety.fire-extinguisher']) expect(rules).toContain(id);
    expect(hallWide.filter((f) => f.floorId !== 'L1').map((f) => f.ruleId)).toEqual([]);
  });
});
