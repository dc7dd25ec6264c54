/** A hall the editor tests draw in walls: the one room several tests place doors, windows and gates in. */
import { addElements } from '../../../src/core/commands';
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
