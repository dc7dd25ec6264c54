/**
 * Copy, paste and duplicate: fresh ids, an offset; what a copied element hosts (a wall's doors and windows, a
 * counter's number plate) is copied with it and re-hosted in the copy.
 */
import { addElements, withHosted } from '../core/commands';
import type { HallDocument } from '../core/document';
import type { Vec2 } from '../core/geometry/vec';
import { nextId } from '../core/ids';
import type { HallElement } from '../core/kinds/registry';
import { kindOf } from '../core/kinds/registry';
import { remapRefs } from '../core/kinds/refs';
import { allIds, findElement } from '../core/query';
import type { EditorHost } from './types';
import { renamePlates } from './counter-plates';

/** Copies of `elements` with new ids from `newId`, moved by `offset`; hosted ones (doors) keep their host only if it was copied too. */
export function cloneElements(elements: HallElement[], offset: Vec2, newId: (prefix: string) => string): HallElement[] {
  const idMap = new Map<string, string>();
  for (const el of elements) idMap.set(el.id, newId(kindOf(el).idPrefix?.(el) ?? el.kind));
  return elements.map((el) => {
    const moved = kindOf(el).translate(el, offset);
    const copy = remapRefs(el, { ...moved, id: idMap.get(el.id)!, ifcGlobalId: undefined } as HallElement, idMap);
    return JSON.parse(JSON.stringify(copy)) as HallElement;
  });
}

/** An id maker that never repeats one in the document or one it already gave (for many new elements in one step). */
export function freshIds(doc: HallDocument): (prefix: string) => string {
  const taken = allIds(doc);
  return (prefix) => {
    const id = nextId(prefix, taken);
    taken.add(id);
    return id;
  };
}

/** Copied counters get the next free window numbers, in order, as a row placed by hand would. */
export function renumberCounters(copies: HallElement[], host: EditorHost): void {
  let n = host.nextCounterNumberValue();
  for (const c of copies) if (c.kind === 'counter') c.number = String(n++).padStart(2, '0');
}

/** The selected elements that still exist, in selection order. */
export function selectedElements(host: EditorHost): HallElement[] {
  return host.selection.map((id) => findElement(host.doc, id)?.element).filter((e): e is HallElement => !!e);
}

/** What a copy of the selection copies: the selected elements, then what they host (doors, windows, number plates). */
export function copiedElements(host: EditorHost): HallElement[] {
  return withHosted(host.doc, host.selection)
    .map((id) => findElement(host.doc, id)?.element)
    .filter((e): e is HallElement => !!e);
}

/** Copies of `els` (fresh ids, moved by `offset`), counters numbered on and their plates reading the new numbers. */
export function copiesOf(host: EditorHost, els: HallElement[], offsets: readonly Vec2[]): HallElement[] {
  const newId = freshIds(host.doc);
  const copies = offsets.flatMap((o) => cloneElements(els, o, newId));
  renumberCounters(copies, host);
  renamePlates(copies, host.doc.meta.preset);
  return copies;
}

/**
 * The editor's clipboard: what was copied, from which floor, and how many times it was pasted on each floor. On the
 * floor it came from each paste lands one step further; on another floor the first paste lands in place (Revit's
 * "aligned to same place"), so what is copied to the floor above lines up with the walls below.
 */
export class Clipboard {
  private items: HallElement[] = [];
  private fromFloor = '';
  private pastes = new Map<string, number>();

  constructor(private readonly host: EditorHost) {}

  copy(): void {
    this.items = copiedElements(this.host);
    this.fromFloor = this.host.floorId;
    this.pastes.clear();
  }

  paste(): boolean {
    if (!this.items.length) return false;
    const floor = this.host.floorId;
    const n = (this.pastes.get(floor) ?? 0) + 1;
    this.pastes.set(floor, n);
    const step = floor === this.fromFloor ? n : n - 1;
    return this.insertCopies(this.items, [step, -step], '粘贴 / Paste');
  }

  duplicate(): boolean {
    const els = copiedElements(this.host);
    return els.length > 0 && this.insertCopies(els, [1, -1], '创建副本 / Duplicate');
  }

  private insertCopies(els: HallElement[], offset: Vec2, label: string): boolean {
    const copies = copiesOf(this.host, els, [offset]);
    if (!this.host.execute(addElements(this.host.floorId, copies, undefined, label))) return false;
    this.host.select(copies.map((c) => c.id));
    return true;
  }
}
