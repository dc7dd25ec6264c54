/** Floor and hall-settings commands. */
import type { Floor, HallDocument, Meta } from '../document';
import { type Command, CommandError } from './command';

export function addFloor(floor: Floor, index?: number, label = '添加楼层 / Add floor'): Command {
  return {
    label,
    apply(doc) {
      if (doc.floors.some((f) => f.id === floor.id)) throw new CommandError(`floor id "${floor.id}" is already used`);
      const floors = doc.floors.slice();
      floors.splice(index ?? floors.length, 0, floor);
      return { doc: { ...doc, floors }, inverse: removeFloor(floor.id, label) };
    },
  };
}

/** Remove a floor with everything on it; vertical links lose the floor from their list. */
export function removeFloor(id: string, label = '删除楼层 / Delete floor'): Command {
  return {
    label,
    apply(doc) {
      const i = doc.floors.findIndex((f) => f.id === id);
      if (i < 0) throw new CommandError(`no floor "${id}"`);
      const before = doc;
      const floors = doc.floors
        .filter((f) => f.id !== id)
        .map((f) =>
          f.elements.some((e) => e.kind === 'vlink' && e.floors.includes(id))
            ? { ...f, elements: f.elements.map((e) => (e.kind === 'vlink' ? { ...e, floors: e.floors.filter((x) => x !== id) } : e)) }
            : f,
        );
      return { doc: { ...doc, floors }, inverse: restoreDocument(before, label) };
    },
  };
}

/** Puts back a whole earlier document (used where an exact inverse would be intricate, e.g. floor removal). */
function restoreDocument(prev: HallDocument, label: string): Command {
  return {
    label,
    apply(doc) {
      return { doc: { ...doc, floors: prev.floors }, inverse: restoreDocument(doc, label) };
    },
  };
}

export function updateFloor(id: string, patch: Partial<Omit<Floor, 'id' | 'elements'>>, label = '修改楼层 / Edit floor'): Command {
  return {
    label,
    apply(doc) {
      const i = doc.floors.findIndex((f) => f.id === id);
      if (i < 0) throw new CommandError(`no floor "${id}"`);
      const old = doc.floors[i];
      const back: Partial<Floor> = {};
      for (const k of Object.keys(patch) as (keyof typeof patch)[]) (back as Record<string, unknown>)[k] = old[k];
      const floors = doc.floors.slice();
      floors[i] = { ...old, ...patch };
      return { doc: { ...doc, floors }, inverse: updateFloor(id, back, label) };
    },
  };
}

export function reorderFloors(order: string[], label = '调整楼层顺序 / Reorder floors'): Command {
  return {
    label,
    apply(doc) {
      if (order.length !== doc.floors.length || !order.every((id) => doc.floors.some((f) => f.id === id))) {
        throw new CommandError('reorder must name every floor once');
      }
      const before = doc.floors.map((f) => f.id);
      const floors = order.map((id) => doc.floors.find((f) => f.id === id)!);
      return { doc: { ...doc, floors }, inverse: reorderFloors(before, label) };
    },
  };
}

export function setMeta(patch: Partial<Meta>, label = '修改大厅设置 / Hall settings'): Command {
  return {
    label,
    apply(doc) {
      const back: Partial<Meta> = {};
      for (const k of Object.keys(patch) as (keyof Meta)[]) (back as Record<string, unknown>)[k] = doc.meta[k];
      return { doc: { ...doc, meta: { ...doc.meta, ...patch } }, inverse: setMeta(back, label) };
    },
  };
}

/** Replace the whole document (open file, import IFC) as one undoable step. */
export function replaceDocument(next: HallDocument, label = '打开 / Open'): Command {
  return {
    label,
    apply(doc) {
      return { doc: next, inverse: replaceDocument(doc, label) };
    },
  };
}
