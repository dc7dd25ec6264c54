/** Element commands: add, remove, replace, move, rotate, patch. */
import type { HallDocument } from '../document';
import type { HallElement } from '../kinds/registry';
import { kindOf } from '../kinds/registry';
import { hostOf, mayHost, withHostOf } from '../kinds/refs';
import { slidInHost, turnedInHost } from '../kinds/slide-in-host';
import { findElement, findFloor } from '../query';
import type { Vec2 } from '../geometry/vec';
import { type Command, CommandError } from './command';

function withFloorElements(doc: HallDocument, floorIndex: number, elements: HallElement[]): HallDocument {
  const floors = doc.floors.slice();
  floors[floorIndex] = { ...floors[floorIndex], elements };
  return { ...doc, floors };
}

/** Add elements to a floor, optionally at given positions in its element list (for exact undo). */
export function addElements(floorId: string, elements: HallElement[], at?: number[], label = '添加 / Add'): Command {
  return {
    label,
    apply(doc) {
      const fi = doc.floors.findIndex((f) => f.id === floorId);
      if (fi < 0) throw new CommandError(`no floor "${floorId}"`);
      const idx = new Set<string>();
      for (const f of doc.floors) {
        idx.add(f.id);
        for (const e of f.elements) idx.add(e.id);
      }
      for (const e of elements) {
        if (idx.has(e.id)) throw new CommandError(`id "${e.id}" is already used`);
        idx.add(e.id);
      }
      const list = doc.floors[fi].elements.slice();
      if (at) {
        // Insert in ascending position order so each lands where it was removed from.
        const pairs = elements.map((e, i) => [at[i] ?? list.length, e] as const).sort((a, b) => a[0] - b[0]);
        for (const [pos, e] of pairs) list.splice(Math.min(pos, list.length), 0, e);
      } else {
        list.push(...elements);
      }
      return {
        doc: withFloorElements(doc, fi, list),
        inverse: removeElements(
          elements.map((e) => e.id),
          label,
        ),
      };
    },
  };
}

/**
 * The ids plus the doors hosted in any wall among them: like Revit, a door goes (and moves) with its wall,
 * so no door is ever left pointing at a wall that is gone or elsewhere.
 */
export function withHosted(doc: HallDocument, ids: string[]): string[] {
  // The hall is searched only when a possible host is among the ids: a seat dragged in a hall of ten thousand
  // elements read every one of them on each pointer move.
  if (
    !ids.some((id) => {
      const el = findElement(doc, id)?.element;
      return !el || mayHost(el);
    })
  )
    return [...ids];
  const set = new Set(ids);
  const out = [...ids];
  for (const f of doc.floors)
    for (const e of f.elements) {
      const host = hostOf(e);
      if (host !== undefined && set.has(host) && !set.has(e.id)) out.push(e.id);
    }
  return out;
}

/** Remove elements (and doors hosted in removed walls); the inverse puts each back at its floor and list position. */
export function removeElements(requested: string[], label = '删除 / Delete'): Command {
  return {
    label,
    apply(doc) {
      const ids = withHosted(doc, requested);
      const byFloor = new Map<number, { index: number; el: HallElement }[]>();
      for (const id of ids) {
        const ref = findElement(doc, id);
        if (!ref) throw new CommandError(`no element "${id}"`);
        const arr = byFloor.get(ref.floorIndex) ?? [];
        arr.push({ index: ref.elementIndex, el: ref.element });
        byFloor.set(ref.floorIndex, arr);
      }
      let cur = doc;
      const inverses: Command[] = [];
      for (const [fi, items] of byFloor) {
        const drop = new Set(items.map((i) => i.el.id));
        cur = withFloorElements(
          cur,
          fi,
          cur.floors[fi].elements.filter((e) => !drop.has(e.id)),
        );
        items.sort((a, b) => a.index - b.index);
        inverses.push(
          addElements(
            doc.floors[fi].id,
            items.map((i) => i.el),
            items.map((i) => i.index),
            label,
          ),
        );
      }
      const inverse: Command = inverses.length === 1 ? inverses[0] : { label, apply: (d) => applyAll(d, inverses, label) };
      return { doc: cur, inverse };
    },
  };
}

function applyAll(doc: HallDocument, cmds: Command[], label: string): { doc: HallDocument; inverse: Command } {
  let cur = doc;
  const inv: Command[] = [];
  for (const c of cmds) {
    const r = c.apply(cur);
    cur = r.doc;
    inv.unshift(r.inverse);
  }
  return { doc: cur, inverse: { label, apply: (d) => applyAll(d, inv, label) } };
}

/** Replace elements by id with new versions (same id, same floor). The inverse restores the old ones. */
export function replaceElements(next: HallElement[], label = '修改 / Edit'): Command {
  return {
    label,
    apply(doc) {
      const before: HallElement[] = [];
      const floors = doc.floors.slice();
      const touched = new Map<number, HallElement[]>();
      for (const el of next) {
        const ref = findElement(doc, el.id);
        if (!ref) throw new CommandError(`no element "${el.id}"`);
        if (ref.element.kind !== el.kind) throw new CommandError(`element "${el.id}" cannot change kind`);
        before.push(ref.element);
        let list = touched.get(ref.floorIndex);
        if (!list) {
          list = floors[ref.floorIndex].elements.slice();
          touched.set(ref.floorIndex, list);
        }
        list[ref.elementIndex] = el;
      }
      for (const [fi, list] of touched) floors[fi] = { ...floors[fi], elements: list };
      return { doc: { ...doc, floors }, inverse: replaceElements(before, label) };
    },
  };
}

/** Set a field by dot path (`top.height`) on one element. */
export function setElementField(id: string, path: string, value: unknown, label?: string): Command {
  return {
    label: label ?? '修改 / Edit',
    apply(doc) {
      const el = findElement(doc, id)?.element;
      if (!el) throw new CommandError(`no element "${id}"`);
      return replaceElements([setPath(el, path, value)], label ?? '修改 / Edit').apply(doc);
    },
  };
}

export function setPath<T>(obj: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const rec = (o: unknown, i: number): unknown => {
    const base = (typeof o === 'object' && o !== null ? o : {}) as Record<string, unknown>;
    const k = keys[i];
    if (i === keys.length - 1) {
      const copy = Array.isArray(base) ? [...base] : { ...base };
      if (value === undefined) delete (copy as Record<string, unknown>)[k];
      else (copy as Record<string, unknown>)[k] = value;
      return copy;
    }
    return { ...base, [k]: rec(base[k], i + 1) };
  };
  return rec(obj, 0) as T;
}

export function getPath(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const k of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/**
 * Apply a per-element transform to the elements and the doors hosted in any of their walls. `inHost` gives an
 * element's own answer when its host stays (a door slides in its wall), else undefined.
 */
function transformElements(
  requested: string[],
  label: string,
  fn: (el: HallElement) => HallElement,
  inHost?: (doc: HallDocument, el: HallElement, moved: ReadonlySet<string>) => HallElement | undefined,
): Command {
  return {
    label,
    apply(doc) {
      const ids = withHosted(doc, requested);
      const moved = new Set(ids);
      const next = ids.map((id) => {
        const el = findElement(doc, id)?.element;
        if (!el) throw new CommandError(`no element "${id}"`);
        return inHost?.(doc, el, moved) ?? withHostOf(el, fn(el), moved);
      });
      return replaceElements(next, label).apply(doc);
    },
  };
}

export function moveElements(requested: string[], delta: Vec2, label = '移动 / Move'): Command {
  return transformElements(
    requested,
    label,
    (el) => kindOf(el).translate(el, delta),
    (doc, el, moved) => slidInHost(doc, el, delta, moved),
  );
}

export function rotateElements(requested: string[], deg: number, about: Vec2, label = '旋转 / Rotate'): Command {
  return transformElements(
    requested,
    label,
    (el) => kindOf(el).rotate(el, deg, about),
    (doc, el, moved) => turnedInHost(doc, el, deg, about, moved),
  );
}

/** Move elements to another floor (keeps ids). */
export function moveToFloor(requested: string[], floorId: string, label = '移至楼层 / Move to floor'): Command {
  return {
    label,
    apply(doc) {
      const ids = withHosted(doc, requested);
      if (!findFloor(doc, floorId)) throw new CommandError(`no floor "${floorId}"`);
      const els = ids.map((id) => {
        const el = findElement(doc, id)?.element;
        if (!el) throw new CommandError(`no element "${id}"`);
        return el;
      });
      const r1 = removeElements(ids, label).apply(doc);
      const r2 = addElements(floorId, els, undefined, label).apply(r1.doc);
      const inv1 = r2.inverse;
      const inv2 = r1.inverse;
      return {
        doc: r2.doc,
        inverse: { label, apply: (d) => applyAll(d, [inv1, inv2], label) },
      };
    },
  };
}
