import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNavGraph, navFor, route, distanceField, lineOfSight, clearWidthAt, walkableRegions } from '../../../src/nav';
import { pointInPolygon } from '../../../src/core/geometry/polygon';
import { loadSample } from '../core/helpers';
import { KINDS, type HallElement } from '../../../src/core/kinds/registry';
import type { HallDocument } from '../../../src/core/document';
import { counterServicePoint } from '../../../src/core/kinds/counter';
import { dist } from '../../../src/core/geometry/vec';
import { oneFloorHall } from '../../fixtures/one-floor-hall';

const county = loadSample('county-hall');

/** Two 10×10 rooms side by side with a wall between them at x = 10, optionally with a door. */
function rooms(door: 'none' | 'public' | 'staff', opts: { glazed?: boolean; staffRoom?: boolean } = {}): HallDocument {
  const wall = KINDS.wall.create({ id: 'w', a: [10, 0], b: [10, 10], thickness: 0.2, glazed: opts.glazed });
  const els: HallElement[] = [
    wall,
    ...(door === 'none' ? [] : [KINDS.opening.create({ id: 'd', wallId: 'w', position: [10, 5], width: 1.0, rotation: 90, entrance: door === 'staff' ? 'staff' : 'none' })]),
  ];
  if (opts.staffRoom)
    els.push(
      KINDS.zone.create({
        id: 'z',
        type: 'back-office',
        polygon: [
          [10, 0],
          [20, 0],
          [20, 10],
          [10, 10],
        ],
      }),
    );
  return oneFloorHall('t', [20, 10], els) as unknown as HallDocument;
}

describe('routing', () => {
  it('goes through a door, never through a wall without one', () => {
    const from = { floorId: 'F1', p: [2, 2] as [number, number] };
    const to = { floorId: 'F1', p: [18, 2] as [number, number] };
    const r = route(buildNavGraph(rooms('public')), from, to)!;
    expect(r).not.toBeNull();
    expect(r.length).toBeGreaterThan(dist(from.p, to.p));
    expect(r.points.some((q) => Math.abs(q.p[0] - 10) < 0.8 && Math.abs(q.p[1] - 5) < 0.8)).toBe(true);
    expect(route(buildNavGraph(rooms('none')), from, to)).toBeNull();
  });
  it('keeps the public out of staff zones and staff doors, lets staff through', () => {
    const doc = rooms('staff', { staffRoom: true });
    const from = { floorId: 'F1', p: [2, 2] as [number, number] };
    const to = { floorId: 'F1', p: [18, 2] as [number, number] };
    expect(route(buildNavGraph(doc, { audience: 'public' }), from, to)).toBeNull();
    expect(route(buildNavGraph(doc, { audience: 'staff' }), from, to)).not.toBeNull();
  });
  it('crosses floors by a vertical link and lists it; wheelchair mode uses the elevator', () => {
    const g = navFor(county);
    const main = { floorId: 'F1', p: [32, 0.5] as [number, number] };
    const f2counter = county.floors[1].elements.find((e) => e.kind === 'counter')!;
    const to = { floorId: 'F2', p: counterServicePoint(f2counter as never) };
    const walk = route(g, main, to)!;
    expect(walk.links.length).toBe(1);
    const acc = route(g, main, to, { accessible: true })!;
    expect(acc.links).toEqual(['f1-elevator-01']);
    expect(acc.length).toBeGreaterThan(0);
    expect(walk.points.map((q) => q.floorId)).toContain('F2');
  });
  it('says null when only stairs join the floors in wheelchair mode', () => {
    const noLift: HallDocument = {
      ...county,
      floors: county.floors.map((f) => ({ ...f, elements: f.elements.filter((e) => !(e.kind === 'vlink' && e.linkKind === 'elevator')) })),
    };
    const g = buildNavGraph(noLift);
    const r = route(g, { floorId: 'F1', p: [32, 0.5] }, { floorId: 'F2', p: [32, 20] }, { accessible: true });
    expect(r).toBeNull();
    expect(route(g, { floorId: 'F1', p: [32, 0.5] }, { floorId: 'F2', p: [32, 20] })).not.toBeNull();
  });
  it('a passage narrower than the minimum clear width is closed', () => {
    const g = buildNavGraph(rooms('public'));
    const from = { floorId: 'F1', p: [2, 2] as [number, number] };
    const to = { floorId: 'F1', p: [18, 2] as [number, number] };
    expect(route(g, from, to, { minClearWidth: 1.0 })).not.toBeNull();
    expect(route(g, from, to, { minClearWidth: 2.5 })).toBeNull();
    expect(clearWidthAt(g, { floorId: 'F1', p: [5, 5] })).toBeGreaterThan(4);
  });
  it('distance field agrees with route lengths within a cell', () => {
    const g = navFor(county);
    const src = { floorId: 'F1', p: [32, 0.5] as [number, number] };
    const field = distanceField(g, [src]);
    for (const p of [
      [10, 18],
      [50, 20],
      [5, 5],
      [60, 3],
    ] as [number, number][]) {
      const r = route(g, src, { floorId: 'F1', p });
      expect(r).not.toBeNull();
      expect(Math.abs(field.at('F1', p) - r!.length)).toBeLessThan(2.0);
    }
    expect(field.grid('F1')!.values.length).toBeGreaterThan(1000);
  });
  it('route length ≥ straight line and is about symmetric (property)', () => {
    const g = navFor(county);
    const pt = fc.tuple(fc.double({ min: 1, max: 63, noNaN: true }), fc.double({ min: 1, max: 30, noNaN: true }));
    fc.assert(
      fc.property(pt, pt, (a, b) => {
        const A = { floorId: 'F1', p: a };
        const B = { floorId: 'F1', p: b };
        const ab = route(g, A, B);
        const ba = route(g, B, A);
        expect(ab === null).toBe(ba === null);
        if (ab && ba) {
          expect(ab.length).toBeGreaterThanOrEqual(dist(a, b) - 1.5);
          // Endpoints snap to the nearest free 0.5 m cell and smoothing is greedy from the start: a few cells of slack.
          expect(Math.abs(ab.length - ba.length)).toBeLessThan(2.5);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('line of sight', () => {
  it('a wall blocks, a door or glazing lets the eye through, counters do not block', () => {
    expect(lineOfSight(rooms('none'), 'F1', [2, 2], [18, 2])).toBe(false);
    expect(lineOfSight(rooms('public'), 'F1', [2, 5], [18, 5])).toBe(true);
    expect(lineOfSight(rooms('none', { glazed: true }), 'F1', [2, 2], [18, 2])).toBe(true);
    expect(lineOfSight(county, 'F1', [20, 26], [30, 27])).toBe(true);
  });
});

describe('walkable regions', () => {
  it('splits a wall at its door for those allowed through, keeps staff rooms and staff doors shut to the public', () => {
    const inDoor = (blocked: [number, number][][]) => blocked.some((poly) => pointInPolygon([10, 5], poly));
    const inWall = (blocked: [number, number][][]) => blocked.some((poly) => pointInPolygon([10, 2], poly));
    const open = walkableRegions(rooms('public'), 'F1', 'public');
    expect(inDoor(open.blocked)).toBe(false);
    expect(inWall(open.blocked)).toBe(true);
    expect(open.bounds).toHaveLength(4);
    expect(inDoor(walkableRegions(rooms('none'), 'F1', 'public').blocked)).toBe(true);
    expect(inDoor(walkableRegions(rooms('staff'), 'F1', 'public').blocked)).toBe(true);
    expect(inDoor(walkableRegions(rooms('staff'), 'F1', 'staff').blocked)).toBe(false);
    const staffRoom = rooms('public', { staffRoom: true });
    expect(walkableRegions(staffRoom, 'F1', 'public').blocked.some((poly) => pointInPolygon([15, 5], poly))).toBe(true);
    expect(walkableRegions(staffRoom, 'F1', 'staff').blocked.some((poly) => pointInPolygon([15, 5], poly))).toBe(false);
  });
  it('agrees with the raster on the county hall: counters are blocked, the raster free cells are outside the blocked set', () => {
    const g = navFor(county);
    const { blocked } = walkableRegions(county, 'F1', 'public');
    const counter = county.floors[0].elements.find((e) => e.kind === 'counter')!;
    expect(blocked.some((poly) => pointInPolygon((counter as { position: [number, number] }).position, poly))).toBe(true);
    const grid = g.grids[0];
    let free = 0;
    let clash = 0;
    for (let i = 0; i < grid.free.length; i += 7) {
      if (!grid.free[i] || grid.staff[i]) continue;
      free++;
      const r = Math.floor(i / grid.cols);
      const c = i - r * grid.cols;
      const p: [number, number] = [grid.origin[0] + (c + 0.5) * grid.cell, grid.origin[1] + (r + 0.5) * grid.cell];
      if (blocked.some((poly) => pointInPolygon(p, poly))) clash++;
    }
    expect(free).toBeGreaterThan(100);
    expect(clash / free).toBeLessThan(0.02);
  });
});
