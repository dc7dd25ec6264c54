/** Copy, paste and duplicate: fresh ids, an offset, hosted doors re-hosted in their copied walls. */
import { addElements } from '../core/commands';
import type { HallDocument } from '../core/document';
import type { Vec2 } from '../core/geometry/vec';
import { nextId } from '../core/ids';
import type { HallElement } from '../core/kinds/registry';
import { kindOf } from '../core/kinds/registry';
import { remapRefs } from '../core/kinds/refs';
import { allIds, findElement } from '../core/query';
import type { EditorHost } from './types';

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

/** The editor's clipboard: what was copied, and how many times it was pasted (each paste lands one step further). */
export class Clipboard {
  private items: HallElement[] = [];
  private pasteCount = 0;

  constructor(private readonly host: EditorHost) {}

  copy(): void {
    this.items = selectedElements(this.host);
    this.pasteCount = 0;
  }

  paste(): boolean {
    if (!this.items.length) return false;
    this.pasteCount += 1;
    return this.insertCopies(this.items, [this.pasteCount, -this.pasteCount], '粘贴 / Paste');
  }

  duplicate(): boolean {
    const els = selectedElements(this.host);
    return els.length > 0 && this.insertCopies(els, [1, -1], '创建副本 / Duplicate');
  }

  private insertCopies(els: HallElement[], offset: Vec2, label: string): boolean {
    const copies = cloneElements(els, offset, freshIds(this.host.doc));
    renumberCounters(copies, this.host);
    if (!this.host.execute(addElements(this.host.floorId, copies, undefined, label))) return false;
    this.host.select(copies.map((c) => c.id));
    return true;
  }
}
