/** A hall the editor tests draw in walls: the one room several tests place doors, windows and gates in. */
import { addElements, addFloor } from '../../../src/core/commands';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { KINDS, type HallElement } from '../../../src/core/kinds/registry';
import { TestEditor } from './test-editor';

/** A 20 × 10 m room of four walls (s, e, n, w), a partition p across it at x = 12, a door d in the south wall at x = 5, and `extra`. */
export function wallRoom(...extra: HallElement[]): TestEditor {
  const ed = new TestEditor();
  ed.execute(
    addElements('F1', [
      KINDS.wall.create({ id: 's', a: [0, 0], b: [20, 0], thickness: 0.3 }),
      KINDS.wall.create({ id: 'e', a: [20, 0], b: [20, 10], thickness: 0.3 }),
      KINDS.wall.create({ id: 'n', a: [20, 10], b: [0, 10], thickness: 0.3 }),
      KINDS.wall.create({ id: 'w', a: [0, 10], b: [0, 0], thickness: 0.3 }),
      KINDS.wall.create({ id: 'p', a: [12, 0], b: [12, 10], thickness: 0.2 }),
      KINDS.opening.create({ id: 'd', wallId: 's', position: [5, 0], width: 1.2 }),
      ...extra,
    ]),
  );
  return ed;
}

/**
 * A two-floor hall for the walk tests: on 1F a south wall s (0,0)–(20,0) with a door d at x = 5, a seat at (5, 3) and a
 * stair from 1F to 2F at `stairAt`; `walls` go after s, `openings` after d (the order Ctrl+A and hit tests see).
 */
export function stairHall(opts: { stairAt: Vec2; walls?: HallElement[]; openings?: HallElement[] }): TestEditor {
  const ed = new TestEditor();
  ed.execute(addFloor({ id: 'F2', name: '2F', storey: 2, elevation: 4.5, height: 4.5, elements: [] }));
  ed.execute(
    addElements('F1', [
      KINDS.wall.create({ id: 's', a: [0, 0], b: [20, 0], thickness: 0.3 }),
      ...(opts.walls ?? []),
      KINDS.opening.create({ id: 'd', wallId: 's', position: [5, 0], width: 1 }),
      ...(opts.openings ?? []),
      KINDS.point.create({ id: 'seat', pointKind: 'seat', position: [5, 3] }),
      KINDS.vlink.create({ id: 'stair', linkKind: 'stair', position: opts.stairAt, size: { w: 3, d: 6 }, floors: ['F1', 'F2'] }),
    ]),
  );
  return ed;
}
