/**
 * Seeds of a frozen source list (zone samples, rules/sources.ts) are kept while the floors they stand on keep
 * their rasters: a field's repair then finds its sources unchanged by identity, not by comparing thousands of
 * entries, and no check builds them again. Where a floor changed they are made again, equal to a fresh reading.
 */
import { describe, expect, it } from 'vitest';
import { buildNavGraph, type NavPoint } from '../../../src/nav';
import { seedsOf } from '../../../src/nav/field-view';
import { moveElements } from '../../../src/core/commands';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const seat = county.floors[0].elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;
const moved = moveElements([seat.id], [0.7, 0.3]).apply(county).doc;

/** A grid of points over one floor, frozen as rules freeze their sample lists. */
function samples(floorId: string, x0: number, y0: number): readonly NavPoint[] {
  const out: NavPoint[] = [];
  for (let i = 0; i < 12; i++) for (let j = 0; j < 6; j++) out.push({ floorId, p: [x0 + i * 1.3, y0 + j * 1.1] });
  return Object.freeze(out);
}

describe('seeds of a frozen source list', () => {
  it('are the same objects on the next graph when their floor did not change', () => {
    const upstairs = samples(county.floors[1].id, 6, 6);
    const a = seedsOf(buildNavGraph(county), upstairs);
    const b = seedsOf(buildNavGraph(moved), upstairs);
    expect(b.seeds).toBe(a.seeds);
    expect(b.points).toBe(a.points);
  });

  it('are made again where the floor changed, equal to the seeds of the same points unfrozen', () => {
    const here = samples(county.floors[0].id, seat.kind === 'point' ? seat.position[0] - 6 : 0, seat.kind === 'point' ? seat.position[1] - 3 : 0);
    const before = seedsOf(buildNavGraph(county), here);
    const g = buildNavGraph(moved);
    const after = seedsOf(g, here);
    expect(after.seeds).not.toBe(before.seeds);
    const fresh = seedsOf(g, [...here]);
    expect([...after.seeds]).toEqual([...fresh.seeds]);
    expect([...after.points]).toEqual([...fresh.points]);
  });
});
