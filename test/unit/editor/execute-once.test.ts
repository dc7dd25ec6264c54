import { describe, expect, it } from 'vitest';
import { addElements, type Command } from '../../../src/core/commands';
import { KINDS } from '../../../src/core/kinds/registry';
import { getElement } from '../../../src/core/query';
import { TestEditor } from './test-editor';

/** Counts how often the editor applies a command. */
function counted(cmd: Command): Command & { applied: number } {
  const c = {
    label: cmd.label,
    applied: 0,
    apply(doc: Parameters<Command['apply']>[0]) {
      c.applied++;
      return cmd.apply(doc);
    },
  };
  return c;
}

describe('Editor.execute', () => {
  it('applies a command once: the checked result is what history records', () => {
    const ed = new TestEditor();
    const cmd = counted(addElements(ed.floorId, [KINDS.point.create({ id: 'seat-1', pointKind: 'seat', position: [1, 1] })]));
    expect(ed.execute(cmd)).toBe(true);
    expect(cmd.applied).toBe(1);
    expect(getElement(ed.doc, 'seat-1')).toBeDefined();
    ed.undo();
    expect(getElement(ed.doc, 'seat-1')).toBeUndefined();
    ed.redo();
    expect(getElement(ed.doc, 'seat-1')).toBeDefined();
  });
  it('a refused command is applied once and leaves the hall and history as they were', () => {
    const ed = new TestEditor();
    const before = ed.doc;
    const cmd = counted(
      addElements(ed.floorId, [
        {
          ...KINDS.obstacle.create({ id: 'o' }),
          polygon: [
            [0, 0],
            [1, 1],
            [1, 0],
            [0, 1],
          ],
        },
      ]),
    );
    expect(ed.execute(cmd)).toBe(false);
    expect(cmd.applied).toBe(1);
    expect(ed.doc).toBe(before);
    expect(ed.store.getState().canUndo).toBe(false);
  });
});
