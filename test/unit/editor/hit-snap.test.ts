import { describe, expect, it } from 'vitest';
import { TestEditor } from './test-editor';
import { KINDS } from '../../../src/core/kinds/registry';
import { addElements } from '../../../src/core/commands';
import { boxSelect, hitTest } from '../../../src/editor/hit-test';
import { snapPoint } from '../../../src/editor/snapping';

function hall() {
  const ed = new TestEditor();
  ed.execute(
    addElements('F1', [
      KINDS.zone.create({
        id: 'z',
        type: 'waiting',
        polygon: [
          [2, 2],
          [8, 2],
          [8, 6],
          [2, 6],
        ],
      }),
      KINDS.point.create({ id: 'seat', pointKind: 'seat', position: [5, 4] }),
      KINDS.wall.create({ id: 'w', a: [0, 10], b: [10, 10], thickness: 0.2 }),
    ]),
  );
  return ed;
}

describe('hit testing', () => {
  it('small things win over the zone they stand in; walls hit by distance to the axis', () => {
    const ed = hall();
    expect(hitTest(ed.floor, [5, 4])?.id).toBe('seat');
    expect(hitTest(ed.floor, [3, 3])?.id).toBe('z');
    expect(hitTest(ed.floor, [4, 10.2], 0.25)?.id).toBe('w');
    expect(hitTest(ed.floor, [4, 10.5], 0.25)).toBeUndefined();
    expect(hitTest(ed.floor, [20, 20])).toBeUndefined();
  });
  it('box select takes what lies inside; crossing also takes what it touches', () => {
    const ed = hall();
    expect(boxSelect(ed.floor, [4, 3], [6, 5])).toEqual(['seat']);
    expect(boxSelect(ed.floor, [4, 3], [6, 5], true).sort()).toEqual(['seat', 'z']);
    expect(boxSelect(ed.floor, [-1, 9], [11, 11])).toEqual(['w']);
  });
});

describe('snapping to polygons', () => {
  it('snaps to a zone corner before its edge, and to the edge with a guide', () => {
    const ed = hall();
    expect(ed.snap([8.1, 6.15]).point).toEqual([8, 6]);
    expect(ed.snap([8.1, 6.15]).kind).toBe('vertex');
    // on the edge, at the grid step along it nearest the pointer (0.5 m here)
    const e = ed.snap([8.12, 4.33]);
    expect(e.point).toEqual([8, 4.5]);
    expect(e.guides).toEqual([{ a: [8, 2], b: [8, 6], kind: 'edge' }]);
  });
  it('an element being moved does not snap to itself', () => {
    const ed = hall();
    const r = snapPoint(ed.floor, [8.1, 6.1], { tolerance: 0.3, grid: 0.5, exclude: new Set(['z']) });
    expect(r.kind).toBe('grid');
    expect(r.point).toEqual([8, 6]);
  });
  it('a dragged vertex does not snap to what moves with it (the edges meeting it), but to the rest of its shape', () => {
    const ed = hall();
    const vertex = { element: 'z', index: 2 };
    // beside the edge (8,2)–(8,6) that ends at the dragged corner: the grid, not that edge's last position
    const own = snapPoint(ed.floor, [8.12, 4.33], { tolerance: 0.3, grid: 0.5, vertex });
    expect(own).toMatchObject({ point: [8, 4.5], kind: 'grid' });
    // beside the far edge (2,6)–(2,2), which stays: it snaps there
    const far = snapPoint(ed.floor, [2.12, 4.33], { tolerance: 0.3, grid: 0.5, vertex });
    expect(far.point[0]).toBeCloseTo(2);
    expect(far.guides).toEqual([{ a: [2, 6], b: [2, 2], kind: 'edge' }]);
  });
  it('holding Alt places a point exactly where the pointer is', () => {
    const ed = hall();
    ed.use('point', { pointKind: 'aed' }).click(12.13, 3.77, { alt: true });
    ed.use('point', { pointKind: 'aed' }).click(14.13, 8.77);
    const aeds = ed.floor.elements.filter((e) => e.kind === 'point' && e.pointKind === 'aed');
    expect(aeds.map((a) => (a as { position: number[] }).position)).toEqual([
      [12.13, 3.77],
      [14, 9],
    ]);
  });
  it('a point snapped to the grid from just below an axis is 0, not -0 (stored and compared as 0)', () => {
    const ed = new TestEditor();
    const r = snapPoint(ed.floor, [-0.04, -0.01], { tolerance: 0.03, grid: 0.5 });
    expect(Object.is(r.point[0], 0)).toBe(true);
    expect(Object.is(r.point[1], 0)).toBe(true);
  });
});
