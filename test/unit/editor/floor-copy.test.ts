/**
 * A new floor's "copy from below" takes the outline, the walls and the outer windows hosted in them (each in its
 * copied wall), never the doors, as one undo step.
 */
import { describe, expect, it } from 'vitest';
import { TestEditor } from './test-editor';
import type { ElementOf } from '../../../src/core/kinds/registry';

describe('copying the floor below onto a new floor', () => {
  it('copies walls and outer windows into the copied walls, not doors nor inner windows; one undo removes them', () => {
    const ed = new TestEditor();
    ed.use('wall');
    for (const [x, y] of [
      [0, 0],
      [20, 0],
      [20, 10],
      [0, 10],
      [0, 0],
    ])
      ed.click(x, y);
    ed.key('Escape').key('Escape');
    ed.use('wall').click(10, 0).click(10, 10).key('Escape').key('Escape');
    ed.use('window').click(5, 10).click(15, 10).click(10, 5);
    ed.use('door').click(5, 0);
    ed.key('Escape');
    const below = ed.floor.elements;
    const windows = below.filter((e): e is ElementOf<'window'> => e.kind === 'window');
    expect(windows.map((w) => w.exterior)).toEqual([true, true, false]);
    expect(below.filter((e) => e.kind === 'opening')).toHaveLength(1);

    const upper = ed.addFloor();
    const before = ed.doc;
    expect(ed.copyStructure('F1', upper)).toBe(true);
    const copied = ed.doc.floors.find((f) => f.id === upper)!.elements;
    expect(copied.filter((e) => e.kind === 'wall')).toHaveLength(5);
    expect(copied.filter((e) => e.kind === 'opening')).toEqual([]);
    const upWindows = copied.filter((e): e is ElementOf<'window'> => e.kind === 'window');
    expect(upWindows.map((w) => w.position)).toEqual([
      [5, 10],
      [15, 10],
    ]);
    // each hosted by the copy of its wall on the new floor, none by a wall of the floor below
    const upWalls = new Set(copied.filter((e) => e.kind === 'wall').map((e) => e.id));
    expect(upWindows.every((w) => !!w.wallId && upWalls.has(w.wallId))).toBe(true);
    ed.key('z', { ctrl: true });
    expect(ed.doc).toEqual(before);
  });
});
