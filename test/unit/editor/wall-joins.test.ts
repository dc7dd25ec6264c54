/**
 * Joined walls stay joined, as in Revit and SketchUp: dragging a wall carries the ends of the walls that meet it
 * (corners and T-junctions), dragging a wall's end carries the corner, and one undo puts everything back.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TestEditor } from './test-editor';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { distToSegment } from '../../../src/core/geometry/vec';
import type { ElementOf } from '../../../src/core/kinds/registry';

type Wall = ElementOf<'wall'>;
const walls = (ed: TestEditor) => ed.ofKind('wall') as Wall[];
const key = (p: Vec2) => `${Math.round(p[0] * 1000) / 1000},${Math.round(p[1] * 1000) / 1000}`;
const ends = (ed: TestEditor) =>
  walls(ed)
    .map((w) => [key(w.a), key(w.b)].sort().join(' – '))
    .sort();

/** A 20 × 12 m hall of walls from (0, 3), split by a partition at x = 12 with a door in it. */
function hall(): TestEditor {
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
  ed.use('door').click(12, 6).key('Escape');
  return ed.use('select');
}

const topWall = (ed: TestEditor) => walls(ed).find((w) => w.a[1] === 15 && w.b[1] === 15)!;

describe('joined walls stay joined', () => {
  it('dragging the top wall down 1.5 m takes the side walls and the partition with it; one undo restores all', () => {
    const ed = hall();
    const before = ed.doc;
    const top = topWall(ed);
    ed.click(6, 15, { hitId: top.id });
    expect(ed.store.getState().selection).toEqual([top.id]);
    ed.drag([6, 15], [6, 13.5], { hitId: top.id });
    expect(ends(ed)).toEqual(
      [
        ['0,3', '20,3'],
        ['20,13.5', '20,3'],
        ['0,13.5', '20,13.5'],
        ['0,13.5', '0,3'],
        ['12,13.5', '12,3'],
      ]
        .map((e) => e.join(' – '))
        .sort(),
    );
    // the door in the partition stays where it was, in its wall
    const door = ed.ofKind('opening')[0] as ElementOf<'opening'>;
    const partition = walls(ed).find((w) => w.id === door.wallId)!;
    expect(distToSegment(door.position, partition.a, partition.b)).toBeLessThan(1e-9);
    expect(key(door.position)).toBe('12,6');
    ed.key('z', { ctrl: true });
    expect(ed.doc).toEqual(before);
  });

  it('dragging the top wall along itself: the corners follow, the partition meeting it stays square', () => {
    const ed = hall();
    const top = topWall(ed);
    ed.click(6, 15, { hitId: top.id });
    ed.drag([6, 15], [8, 15], { hitId: top.id });
    expect(ends(ed)).toContain(['12,15', '12,3'].join(' – '));
    expect(ends(ed)).toContain(['2,15', '22,15'].join(' – '));
    expect(ends(ed)).toContain(['0,3', '2,15'].join(' – '));
  });

  it("dragging a wall's end drags the corner: the other wall at that corner follows", () => {
    const ed = hall();
    const top = topWall(ed);
    const corner = top.a[0] === 20 ? 0 : 1;
    ed.click(6, 15, { hitId: top.id });
    ed.down(20, 15, { handle: { kind: 'vertex', elementId: top.id, index: corner } });
    ed.move(21, 15.5).move(22, 16).up(22, 16);
    const right = walls(ed).find((w) => [key(w.a), key(w.b)].includes('20,3') && ![key(w.a), key(w.b)].includes('0,3'))!;
    expect([key(right.a), key(right.b)].sort()).toEqual(['20,3', '22,16']);
    const moved = walls(ed).find((w) => w.id === top.id)!;
    expect([key(moved.a), key(moved.b)].sort()).toEqual(['0,15', '22,16']);
  });

  it('a nudge with the arrow keys and a typed wall length keep the joins too', () => {
    const ed = hall();
    const top = topWall(ed);
    ed.click(6, 15, { hitId: top.id });
    ed.key('ArrowDown', { shift: true });
    expect(ends(ed)).toContain(['0,14', '0,3'].join(' – '));
    expect(ends(ed)).toContain(['12,14', '12,3'].join(' – '));
    const bottom = walls(ed).find((w) => key(w.a) === '0,3' && key(w.b) === '20,3')!;
    ed.setWallLength(bottom.id, 22);
    // the right wall's foot followed the bottom wall's far end
    expect(ends(ed)).toContain(['20,14', '22,3'].join(' – '));
  });

  it('after any drag of any wall of the hall, every corner and T-junction that was joined still is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.tuple(fc.integer({ min: -6, max: 6 }), fc.integer({ min: -6, max: 6 })), (which, [dx, dy]) => {
        const ed = hall();
        const w = walls(ed)[which];
        const mid: Vec2 = [(w.a[0] + w.b[0]) / 2, (w.a[1] + w.b[1]) / 2];
        const joinedBefore = joints(walls(ed));
        ed.click(mid[0], mid[1], { hitId: w.id });
        ed.drag(mid, [mid[0] + dx / 2, mid[1] + dy / 2], { hitId: w.id });
        const after = walls(ed);
        for (const [i, end, j] of joinedBefore) {
          const wi = after.find((x) => x.id === i)!;
          const wj = after.find((x) => x.id === j)!;
          expect(distToSegment(end === 0 ? wi.a : wi.b, wj.a, wj.b)).toBeLessThan(1e-6);
        }
      }),
      { numRuns: 40 },
    );
  });
});

/** Every wall end lying on another wall: [wall, end, the wall it meets]. */
function joints(ws: Wall[]): [string, 0 | 1, string][] {
  const out: [string, 0 | 1, string][] = [];
  for (const w of ws) for (const end of [0, 1] as const) for (const o of ws) if (o !== w && distToSegment(end === 0 ? w.a : w.b, o.a, o.b) < 1e-6) out.push([w.id, end, o.id]);
  return out;
}
