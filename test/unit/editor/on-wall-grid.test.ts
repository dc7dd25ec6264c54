/**
 * A door or a partition end put on a wall by a click lands on a grid step along the wall: the saved hall reads
 * 5 m, not the pointer's 4.999999240929103 (walk2 #17). Alt still places at the pointer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridAlong } from '../../../src/editor/snapping';
import { TestEditor } from './test-editor';

const onGrid = (v: number, g: number) => Math.abs(v / g - Math.round(v / g)) < 1e-9;

/** An editor with one 20 m wall along y = 0 and a tolerance a zoomed-out view would give. */
function withWall(): TestEditor {
  const ed = new TestEditor();
  ed.snapTolerance = 0.4;
  ed.use('wall').click(0, 0).click(20, 0).key('Escape');
  ed.use('select');
  return ed;
}

describe('positions on a wall keep to the grid', () => {
  it('a door clicked near a wall sits on a grid step along it, on the wall line', () => {
    const ed = withWall();
    ed.use('door').click(4.999999240929103, 0.23);
    const door = ed.ofKind('opening')[0];
    expect(door?.kind === 'opening' && door.position).toEqual([5, 0]);
  });

  it('Alt places the door where the pointer is along the wall', () => {
    const ed = withWall();
    ed.use('door').click(7.3, 0.2, { alt: true });
    const door = ed.ofKind('opening')[0];
    expect(door?.kind === 'opening' && door.position[0]).toBeCloseTo(7.3, 9);
  });

  it('a partition started on a wall starts at a grid step along it', () => {
    const ed = withWall();
    ed.use('wall').click(15.000000759070897, 0.2).click(15, 8).key('Escape');
    const walls = ed.ofKind('wall');
    const part = walls[walls.length - 1];
    expect(part?.kind === 'wall' && part.a).toEqual([15, 0]);
  });

  it('gridAlong keeps the point on the segment, on a grid step from its start when slanted', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true })),
        fc.double({ min: 1, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(0.1, 0.25, 0.5, 1),
        (a, len, angle, t, g) => {
          const b: [number, number] = [a[0] + len * Math.cos(angle), a[1] + len * Math.sin(angle)];
          const q: [number, number] = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
          const r = gridAlong(q, a, b, g);
          // on the segment
          const along = ((r[0] - a[0]) * (b[0] - a[0]) + (r[1] - a[1]) * (b[1] - a[1])) / len;
          const off = Math.abs((r[0] - a[0]) * (b[1] - a[1]) - (r[1] - a[1]) * (b[0] - a[0])) / len;
          expect(off).toBeLessThan(1e-5);
          expect(along).toBeGreaterThanOrEqual(-1e-5);
          expect(along).toBeLessThanOrEqual(len + 1e-5);
          // within half a step of where it was, unless held at an end
          if (along > g && along < len - g) {
            expect(Math.abs(along - t * len)).toBeLessThanOrEqual(g / 2 + 1e-5);
            expect(onGrid(along, g) || Math.abs(Math.round(along / g) * g - along) < 1e-5).toBe(true);
          }
        },
      ),
    );
  });

  it('on an axis-parallel wall starting off the grid, the position takes the plan grid', () => {
    expect(gridAlong([3.26, 2.2], [0.13, 2.2], [9.13, 2.2], 0.5)).toEqual([3.5, 2.2]);
    expect(gridAlong([1, 3.01], [1, 0.3], [1, 7.7], 0.1)).toEqual([1, 3]);
  });
});
