/**
 * Routes from one entrance walk the same legs: junction finding takes the place of a sample that follows a leg
 * walked before from the route that walked it, and looks places up only where a route starts, joins or leaves
 * another's legs. The answers stay those of junctions-incremental.test.ts's plain algorithm; here, the look-ups
 * are counted.
 */
import { describe, expect, it, vi } from 'vitest';
import { junctions } from '../../../src/rules/signs/junctions';
import { Places } from '../../../src/rules/signs/places';
import { routeSamples } from '../../../src/rules/signs/route-samples';
import { wayfinding } from '../../../src/rules/signs/continuity';
import { generateHall } from '../../fixtures/generated-hall';

describe('junction places shared along common legs', () => {
  it('looks places up about once per place, not once per sample', () => {
    const { routes } = wayfinding(generateHall(), { turnDeg: 30, signSightM: 15, entranceInsideM: 1, decisionMinLegM: 2, junctionSplitM: 1 });
    // New route objects, so no kept answer is found for them.
    const walked = structuredClone(routes.map((r) => r.points));
    const keys = walked.flatMap((r) => {
      const s = routeSamples(r, 0.5);
      return Array.from({ length: s.n }, (_, k) => `${s.floor[k]}|${s.x[k]}|${s.y[k]}`);
    });
    const places = new Set(keys).size;
    // Routes share most of their samples (else there would be nothing to share).
    expect(places).toBeLessThan(0.6 * keys.length);
    const lookups = vi.spyOn(Places.prototype, 'placeAt');
    const forks = junctions(walked, 1, 2);
    expect(forks.some((f) => f.length > 0)).toBe(true);
    // One look-up per place, and a few more per route where it joins legs walked before.
    expect(lookups.mock.calls.length).toBeLessThan(places + 2 * walked.length);
    lookups.mockRestore();
  });
});
