/**
 * Editing what is drawn, as in Revit and Figma: bring to front / send to back, a typed distance to the nearest wall
 * that moves the item, and the floor outline's vertices (drag, insert at an edge's midpoint, delete), each one undo step.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TestEditor } from './test-editor';
import { addElements, moveElements, updateFloor } from '../../../src/core/commands';
import { area, isSimplePolygon } from '../../../src/core/geometry/polygon';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { moveForDistance, wallDistances } from '../../../src/editor/wall-distances';
import type { HallElement } from '../../../src/core/kinds/registry';

const zone = (id: string, x0: number, y0: number, x1: number, y1: number): HallElement => ({
  kind: 'zone',
  id,
  type: 'waiting',
  also: [],
  polygon: [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ],
});

describe('bring to front / send to back', () => {
  const setup = () => {
    const ed = new TestEditor();
    ed.execute(addElements(ed.floorId, [zone('a', 0, 0, 10, 10), zone('b', 5, 5, 15, 15), zone('c', 20, 0, 25, 5)]));
    return ed;
  };
  const order = (ed: TestEditor) => ed.floor.elements.map((e) => e.id);

  it('the overlap is picked from the zone on top; Ctrl+[ sends it back and the other is picked, one undo step each', () => {
    const ed = setup();
    expect(ed.hitTest([7, 7])?.id).toBe('b');
    ed.select(['b']);
    ed.key('[', { ctrl: true });
    expect(order(ed)).toEqual(['b', 'a', 'c']);
    expect(ed.hitTest([7, 7])?.id).toBe('a');
    ed.key(']', { ctrl: true });
    expect(order(ed)).toEqual(['a', 'c', 'b']);
    expect(ed.history.labels().past.slice(-2)).toEqual(['置于底层 / Send to back', '置于顶层 / Bring to front']);
    ed.undo();
    ed.undo();
    expect(order(ed)).toEqual(['a', 'b', 'c']);
  });

  it('several selected keep their order among themselves; nothing selected changes nothing', () => {
    const ed = setup();
    ed.select(['c', 'a']);
    expect(ed.orderSelection('front')).toBe(true);
    expect(order(ed)).toEqual(['b', 'a', 'c']);
    ed.select([]);
    expect(ed.orderSelection('back')).toBe(false);
  });

  it('any sequence of reorders is a permutation, and undoing all of it gives the start back', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.subarray(['a', 'b', 'c'], { minLength: 1 }), fc.constantFrom('front' as const, 'back' as const)), { maxLength: 12 }), (steps) => {
        const ed = setup();
        for (const [ids, to] of steps) {
          ed.select(ids);
          ed.orderSelection(to);
          expect([...order(ed)].sort()).toEqual(['a', 'b', 'c']);
          // the moved ones end up all together at that end, in the order they had
          const moved = order(ed).filter((id) => ids.includes(id));
          expect(to === 'front' ? order(ed).slice(-moved.length) : order(ed).slice(0, moved.length)).toEqual(moved);
        }
        while (ed.history.labels().past.length > 1) ed.undo();
        expect(order(ed)).toEqual(['a', 'b', 'c']);
      }),
      { numRuns: 50 },
    );
  });
});

describe('distances to walls, editable', () => {
  const room = () => {
    const ed = new TestEditor();
    const w = (id: string, a: Vec2, b: Vec2): HallElement => ({ kind: 'wall', id, a, b, thickness: 0.2 });
    ed.execute(
      addElements(ed.floorId, [
        w('s', [0, 0], [10, 0]),
        w('e', [10, 0], [10, 8]),
        w('n', [10, 8], [0, 8]),
        w('wst', [0, 8], [0, 0]),
        { kind: 'point', id: 'aed', pointKind: 'aed', position: [3, 2], rotation: 0, count: 1 },
      ]),
    );
    return ed;
  };
  it('the four distances are to the wall faces, and a typed one moves the item so it is exactly that', () => {
    const ed = room();
    const dims = wallDistances(ed.floor, [3, 2]);
    const west = dims.find((d) => d.dir[0] < 0)!;
    expect(west.distance).toBeCloseTo(2.9, 9);
    const step = moveForDistance(west, 1.5)!;
    ed.execute(moveElements(['aed'], step, '距墙距离 / Distance to wall'));
    const again = wallDistances(ed.floor, (ed.el('aed') as { position: Vec2 }).position);
    expect(again.find((d) => d.dir[0] < 0)!.distance).toBeCloseTo(1.5, 9);
    // only along that dimension: the distances across it are unchanged
    expect(again.find((d) => d.dir[1] < 0)!.distance).toBeCloseTo(dims.find((d) => d.dir[1] < 0)!.distance, 9);
    expect(ed.history.labels().past.at(-1)).toBe('距墙距离 / Distance to wall');
  });
  it('a negative or non-numeric distance is not a move', () => {
    const d = wallDistances(room().floor, [3, 2])[0];
    expect(moveForDistance(d, -1)).toBeUndefined();
    expect(moveForDistance(d, Number.NaN)).toBeUndefined();
  });
  it('for any item position and typed distance within the room, the new distance is what was typed', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 9.5, noNaN: true }),
        fc.double({ min: 0.5, max: 7.5, noNaN: true }),
        fc.nat(3),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (x, y, k, share) => {
          const ed = room();
          const dims = wallDistances(ed.floor, [x, y]);
          const d = dims[k % dims.length];
          // anywhere between the wall face and the item's far wall face minus a centimetre
          const across = dims.find((q) => q.dir[0] === -d.dir[0] && q.dir[1] === -d.dir[1])!;
          const want = Math.max(0.01, share * (d.distance + across.distance - 0.01));
          const step = moveForDistance(d, want)!;
          const p: Vec2 = [x + step[0], y + step[1]];
          const after = wallDistances(ed.floor, p).find((q) => q.dir[0] === d.dir[0] && q.dir[1] === d.dir[1])!;
          expect(after.distance).toBeCloseTo(want, 6);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('outline vertices', () => {
  const square: Vec2[] = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ];
  const withOutline = () => {
    const ed = new TestEditor();
    ed.execute(updateFloor(ed.floorId, { outline: square }));
    return ed.use('outline');
  };

  it('drag a vertex: it follows (snapped), one undo step', () => {
    const ed = withOutline();
    ed.down(10, 10, { handle: { kind: 'outline-vertex', index: 2 } })
      .move(11, 11)
      .move(12, 12)
      .up(12, 12);
    expect(ed.floor.outline).toEqual([
      [0, 0],
      [10, 0],
      [12, 12],
      [0, 10],
    ]);
    expect(ed.history.labels().past.at(-1)).toBe('移动外轮廓顶点 / Move outline vertex');
    ed.undo();
    expect(ed.floor.outline).toEqual(square);
  });

  it('drag an edge midpoint: a vertex is inserted there and moved, one undo step', () => {
    const ed = withOutline();
    ed.down(5, 0, { handle: { kind: 'outline-edge', index: 0 } })
      .move(5, -1)
      .move(5, -2)
      .up(5, -2);
    expect(ed.floor.outline).toEqual([
      [0, 0],
      [5, -2],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
    expect(area(ed.floor.outline!)).toBeCloseTo(110, 9);
    expect(ed.history.labels().past.length).toBe(2);
    ed.undo();
    expect(ed.floor.outline).toEqual(square);
  });

  it('a dragged vertex is not held back by its own edges: in small steps it reaches the grid point under the pointer', () => {
    const ed = withOutline();
    // Zoomed out: the tolerance is wider than a step of the pointer.
    ed.snapTolerance = 0.6;
    ed.down(5, 0, { handle: { kind: 'outline-edge', index: 0 } });
    for (let i = 1; i <= 8; i++) ed.move(5 + 1e-7, -i / 4 + 1e-7);
    ed.up(5, -2);
    expect(ed.floor.outline?.[1]).toEqual([5, -2]);
  });

  it('click a vertex and press Delete: it is gone; a triangle keeps its three', () => {
    const ed = withOutline();
    ed.down(10, 10, { handle: { kind: 'outline-vertex', index: 2 } }).up(10, 10);
    ed.key('Delete');
    expect(ed.floor.outline).toEqual([
      [0, 0],
      [10, 0],
      [0, 10],
    ]);
    ed.down(0, 10, { handle: { kind: 'outline-vertex', index: 2 } }).up(0, 10);
    ed.key('Delete');
    expect(ed.floor.outline?.length).toBe(3);
    expect(ed.state.error?.message).toMatchObject({ zh: expect.stringMatching(/三个顶点/), en: expect.stringMatching(/three/) });
  });

  it('a drag that would make the outline cross itself leaves it as it was', () => {
    const ed = withOutline();
    ed.down(10, 10, { handle: { kind: 'outline-vertex', index: 2 } })
      .move(-5, 5)
      .up(-5, 5);
    expect(isSimplePolygon(ed.floor.outline!)).toBe(true);
    expect(ed.floor.outline).toEqual(square);
  });

  it('without a handle, the tool still draws a new outline', () => {
    const ed = withOutline();
    ed.click(20, 20).click(30, 20).click(30, 30).click(20, 20);
    expect(area(ed.floor.outline!)).toBeCloseTo(50, 9);
  });
});
