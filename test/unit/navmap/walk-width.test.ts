/**
 * The phone map's routes walk only where the checker says people walk: a passage narrower than the preset's
 * `walkMinWidthM` (0.55 m, one stream of people) is shut on the page as it is in every walking field the rules read,
 * wherever the gap falls on the 0.5 m raster.
 */
import { describe, expect, it } from 'vitest';
import type { HallElement } from '../../../src/core/kinds/registry';
import { buildNavMapData } from '../../../src/nav/export/navdata';
import { pageGraph, pageRoute, type PagePoint } from '../../../src/navapp/router';
import { box, hall, obstacle } from '../rules/scenarios/hall';
import { navMapArgs } from '../../fixtures/navmap-args';

/** Furniture wall to wall at y = 10..11, open only by the gaps given as [x0, width]. */
function row(gaps: [number, number][]): HallElement[] {
  const out: HallElement[] = [];
  let x = 0.1;
  for (const [x0, g] of [...gaps, [29.9, 0] as [number, number]]) {
    out.push(obstacle(box(x, 10, x0, 11)));
    x = x0 + g;
  }
  return out;
}

const FROM: PagePoint = { floorId: 'F1', p: [15, 3] };
const TO: PagePoint = { floorId: 'F1', p: [15, 17] };

function routeThrough(gaps: [number, number][], overrides: Record<string, number> = {}, accessible = false) {
  const doc = hall({ preset: 'jiangxi', overrides, floors: [{ elements: row(gaps) }] });
  return pageRoute(pageGraph(buildNavMapData(...navMapArgs(doc))), FROM, TO, accessible);
}

/** Where the route crosses the middle of the row (y = 10.5), by x. */
function crossings(points: PagePoint[]): number[] {
  const xs: number[] = [];
  for (let k = 1; k < points.length; k++) {
    const [a, b] = [points[k - 1].p, points[k].p];
    if ((a[1] - 10.5) * (b[1] - 10.5) > 0 || a[1] === b[1]) continue;
    xs.push(a[0] + ((b[0] - a[0]) * (10.5 - a[1])) / (b[1] - a[1]));
  }
  return xs;
}

describe('phone map routes and the minimum walking width (walkMinWidthM)', () => {
  const phases = [14.5, 14.63, 14.75, 14.87, 15.12];
  it('a 0.45 m gap is no way through, wherever it falls on the cells', () => {
    for (const x0 of phases) expect(routeThrough([[x0, 0.45]]), `gap at x = ${x0}`).toBeNull();
  });
  it('the route goes round by the wide gap instead of squeezing through the narrow one', () => {
    for (const x0 of phases) {
      const r = routeThrough([
        [x0, 0.45],
        [24, 1.5],
      ]);
      expect(r, `gap at x = ${x0}`).not.toBeNull();
      const xs = crossings(r!.points);
      expect(xs.length).toBe(1);
      expect(xs[0]).toBeGreaterThan(24);
      expect(xs[0]).toBeLessThan(25.5);
    }
  });
  it('a gap of the width is walked through, and the hall’s override of the width is followed', () => {
    for (const x0 of phases) expect(routeThrough([[x0, 0.6]]), `0.6 m gap at x = ${x0}`).not.toBeNull();
    expect(routeThrough([[14.63, 0.5]], { walkMinWidthM: 0.45 })).not.toBeNull();
    expect(routeThrough([[14.63, 0.7]], { walkMinWidthM: 0.75 })).toBeNull();
  });
  it('a wheelchair route takes a passage by its exact width, as the checker’s wheelchair search does (0.9 m)', () => {
    for (const x0 of phases) {
      expect(routeThrough([[x0, 0.8]], {}, true), `0.8 m gap at x = ${x0}`).toBeNull();
      expect(routeThrough([[x0, 0.8]]), `0.8 m gap at x = ${x0}, on foot`).not.toBeNull();
      expect(routeThrough([[x0, 0.9]], {}, true), `0.9 m gap at x = ${x0}`).not.toBeNull();
    }
  });
});
