/**
 * Routes from one entrance walk the same legs: junction finding puts the routes on the tree they form, so a leg
 * walked by many routes is indexed once (as a leg, not sample by sample), and a route's scan starts where it leaves the routes before
 * it instead of at the entrance. The answers stay those of junctions-incremental.test.ts's plain algorithm; here,
 * the work is counted.
 */
import { describe, expect, it, vi } from 'vitest';
import { forksPassed } from '../../../src/rules/signs/forks-passed';
import { junctions } from '../../../src/rules/signs/junctions';
import { RouteTree, routeTreeStats } from '../../../src/rules/signs/route-tree';
import { routeSamples, sampleStats } from '../../../src/rules/signs/route-samples';
import { wayfinding } from '../../../src/rules/signs/continuity';
import { generateHall } from '../../fixtures/generated-hall';

describe('junctions on the tree of routes', () => {
  it('buckets each place about once, not once per route through it, and scans only where routes part', () => {
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
    // biome-ignore lint/suspicious/noExplicitAny: the tree's private node maker, spied to count the samples it buckets.
    const grow = vi.spyOn(RouteTree.prototype as any, 'grow');
    const near = vi.spyOn(RouteTree.prototype, 'nearLeft');
    const made = sampleStats.made;
    const listed = routeTreeStats.listed;
    // Copies again: the samples counted above are kept per route object.
    const forks = junctions(structuredClone(walked), 1, 2);
    // The tree samples the legs it grows, from the route points: no route is sampled whole for a first answer.
    expect(sampleStats.made - made).toBe(0);
    expect(forks.some((f) => f.length > 0)).toBe(true);
    const bucketed = grow.mock.calls.reduce((n, c) => n + (c[4] as number), 0);
    // One sample per place, a few more where two ways cross the same point: worked out from the legs when read.
    expect(bucketed).toBeLessThan(1.05 * places);
    // The index lists legs, each in the few cells around it, not every sample of them.
    expect(routeTreeStats.listed - listed).toBeLessThan(0.7 * places);
    // Looked up around only after a route leaves the ways before it.
    expect(near.mock.calls.length).toBeLessThan(keys.length - places);
    grow.mockRestore();
    near.mockRestore();
  });

  it('reads the forks each signed route passes from the tree, as bucketing every route sample finds them', () => {
    const { routes } = wayfinding(generateHall({ seed: 7 }), { turnDeg: 30, signSightM: 15, entranceInsideM: 1, decisionMinLegM: 2, junctionSplitM: 1 });
    const walked = structuredClone(routes.map((r) => r.points));
    const signed = walked.map((_, i) => i % 3 !== 1);
    const forks = junctions(walked, 1, 2);
    const fromTree = forksPassed(walked, forks, signed, 1, 2);
    expect(fromTree.flat().length).toBeGreaterThan(0);
    // The same routes as new objects: no tree holds them, so their samples are bucketed.
    const bucketed = forksPassed(structuredClone(walked), forks, signed, 1, 2);
    expect(fromTree).toEqual(bucketed);
  });
});
