/**
 * Room by click with the zone tool: the free region the walls AND the zones already there bound, never a zone over
 * another one (Revit's Room tool fills the region bounded by walls and existing rooms).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TestEditor } from './test-editor';
import { loadSample } from '../core/helpers';
import { area, interiorsOverlap, pointInPolygon, type Polygon } from '../../../src/core/geometry/polygon';
import { intersection } from '../../../src/core/geometry/clip';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { moveElements } from '../../../src/core/commands';
import { roomsOfWalls } from '../../../src/core/geometry/room-fill';

type ZoneEl = { id: string; kind: 'zone'; polygon: Polygon; type: string };
const zones = (ed: TestEditor) => ed.ofKind('zone') as unknown as ZoneEl[];
const corners = (poly: Polygon) => poly.map((p) => `${p[0]},${p[1]}`).sort();
const errorText = (ed: TestEditor) => {
  const m = ed.store.getState().error?.message;
  return typeof m === 'string' ? m : m?.zh;
};

/** A 20 × 12 m hall of walls from (0, 3), split by a partition at x = 12. */
function twoRooms(): TestEditor {
  const ed = new TestEditor().use('wall');
  for (const p of [
    [0, 3],
    [20, 3],
    [20, 15],
    [0, 15],
    [0, 3],
  ] as Vec2[])
    ed.click(p[0], p[1]);
  ed.key('Escape').key('Escape').use('wall').click(12, 3).click(12, 15).key('Escape').key('Escape');
  return ed;
}

describe('zone tool: a click fills the free region bounded by walls and zones', () => {
  it('a click beside a zone in a walled room fills only the rest of the room', () => {
    const ed = twoRooms().use('zone-rect', { zoneType: 'waiting' });
    ed.drag([0, 3], [8, 15]);
    expect(zones(ed)).toHaveLength(1);
    ed.click(10, 9);
    const made = zones(ed);
    expect(made).toHaveLength(2);
    expect(corners(made[1].polygon)).toEqual(
      corners([
        [8, 3],
        [12, 3],
        [12, 15],
        [8, 15],
      ]),
    );
    expect(interiorsOverlap(made[0].polygon, made[1].polygon)).toBe(false);
  });

  it('before the click, the region a click would fill follows the cursor as a ghost; none inside a zone', () => {
    const ed = twoRooms().use('zone-rect', { zoneType: 'waiting' });
    ed.drag([0, 3], [8, 15]);
    ed.move(10, 9);
    const ghosts = ed.store.getState().overlay.ghosts ?? [];
    expect(ghosts.map((g) => corners((g as unknown as ZoneEl).polygon))).toEqual([
      corners([
        [8, 3],
        [12, 3],
        [12, 15],
        [8, 15],
      ]),
    ]);
    ed.move(4, 9);
    expect(ed.store.getState().overlay.ghosts ?? []).toEqual([]);
    expect(zones(ed)).toHaveLength(1);
  });

  it('a click inside an existing zone adds nothing, selects that zone and says so', () => {
    const ed = twoRooms().use('zone-rect', { zoneType: 'waiting' });
    ed.drag([0, 3], [8, 15]);
    const [first] = zones(ed);
    ed.click(4, 9);
    expect(zones(ed)).toHaveLength(1);
    expect(ed.store.getState().selection).toEqual([first.id]);
    expect(errorText(ed)).toContain('这里已是功能区');
  });

  it('a free area that would surround a zone is refused with the reason, not filled over it', () => {
    const ed = twoRooms().use('zone-rect', { zoneType: 'waiting' });
    ed.drag([4, 6], [8, 10]);
    ed.click(2, 12);
    expect(zones(ed)).toHaveLength(1);
    expect(errorText(ed)).toContain('不能带孔');
  });

  it('county sample, 1F: a click in the middle of the hall (a waiting area) makes no zone over the others', () => {
    const ed = new TestEditor(loadSample('county-hall')).use('zone-rect', { zoneType: 'waiting' });
    const before = zones(ed).length;
    ed.click(20, 19);
    expect(zones(ed)).toHaveLength(before);
    expect(errorText(ed)).toContain('这里已是功能区“第一等候区”');
  });

  it('county sample, 1F, a zone removed: the click fills exactly the hole it left', () => {
    const ed = new TestEditor(loadSample('county-hall'));
    ed.use('select').click(20, 19);
    const removed = zones(ed).find((z) => z.id === ed.store.getState().selection[0])!;
    ed.key('Delete');
    ed.use('zone-rect', { zoneType: 'waiting' }).click(20, 19);
    const made = zones(ed).at(-1)!;
    expect(corners(made.polygon)).toEqual(corners(removed.polygon));
  });

  it('for any zones in a walled room, a click outside them fills a region that holds the click and overlaps none', () => {
    const rect = fc
      .tuple(fc.integer({ min: 0, max: 38 }), fc.integer({ min: 6, max: 28 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }))
      .map(([x, y, w, h]) => [x / 2, y / 2, w / 2, h / 2] as const);
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 4 }), fc.tuple(fc.integer({ min: 1, max: 39 }), fc.integer({ min: 7, max: 29 })), (rects, [cx, cy]) => {
        const ed = twoRooms().use('zone-rect', { zoneType: 'waiting' });
        for (const [x, y, w, h] of rects) ed.drag([x, y], [Math.min(20, x + w), Math.min(15, y + h)]);
        const before = zones(ed);
        const click: Vec2 = [cx / 2 + 0.01, cy / 2 + 0.01];
        ed.click(click[0], click[1]);
        const after = zones(ed);
        if (after.length === before.length) return;
        const made = after.at(-1)!;
        expect(pointInPolygon(click, made.polygon)).toBe(true);
        for (const z of before) {
          const shared = intersection(z.polygon, made.polygon).reduce((s, p) => s + area(p.outer), 0);
          expect(shared).toBeLessThan(1e-3);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('traces the walls again only when they change: a new floor version with the same walls keeps its rooms', () => {
    const ed = twoRooms();
    const walls = () => ed.ofKind('wall') as unknown as { id: string; a: Vec2; b: Vec2 }[];
    const rooms = roomsOfWalls(walls());
    expect(rooms).toHaveLength(2);
    ed.use('zone-rect', { zoneType: 'waiting' }).click(1, 4);
    expect(zones(ed)).toHaveLength(1);
    expect(roomsOfWalls([...walls()])).toBe(rooms);
    // A partition moved: the rooms are traced again, and the left one is now 14 m wide.
    ed.execute(moveElements([walls().find((w) => w.a[0] === 12 && w.b[0] === 12)!.id], [2, 0]));
    const moved = roomsOfWalls(walls());
    expect(moved).not.toBe(rooms);
    expect(Math.max(...moved.map((r) => area(r)))).toBeCloseTo(14 * 12);
  });
});
