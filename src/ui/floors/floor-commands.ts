import { addFloor, allIds, type Floor, floorSettingProblem, removeFloor, reorderFloors, updateFloor } from '../../core';
import type { Editor } from '../../editor/editor';
import type { Translate } from '../i18n';
import { newFloor } from './new-floor';

/** The floor list's edits, each one undoable command: add on top, rename, move up or down, delete. */
export function floorCommands(editor: Editor, floors: Floor[], floorId: string, t: Translate) {
  const add = () => {
    const f = newFloor(floors, allIds(editor.doc), (n) => t('floors.newName', { n }));
    if (editor.execute(addFloor(f))) {
      editor.setFloor(f.id);
      editor.offerStructureCopy(f.id);
    }
  };
  /** False when the file format refuses the name: it stays in the box with its reason. */
  const rename = (id: string, typed: string): boolean => {
    const name = typed.trim();
    if (floorSettingProblem('name', name)) return false;
    const f = floors.find((x) => x.id === id);
    if (f && name && name !== f.name) editor.execute(updateFloor(f.id, { name }, `重命名楼层 / Rename floor`));
    return true;
  };
  const move = (i: number, d: -1 | 1) => {
    const order = floors.map((f) => f.id);
    const j = i + d;
    if (j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j], order[i]];
    editor.execute(reorderFloors(order));
  };
  const remove = (f: Floor) => {
    if (floors.length <= 1) return;
    const next = floors.find((x) => x.id !== f.id)!;
    if (f.id === floorId) editor.setFloor(next.id);
    editor.execute(removeFloor(f.id));
  };
  return { add, rename, move, remove };
}
