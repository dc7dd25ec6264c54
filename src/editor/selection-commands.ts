/** Commands on the selection (arrange, lock, array, move to a floor, delete), each one undo step. */
import { addElements, type DrawOrder, moveToFloor, removeElements, reorderElements, replaceElements } from '../core/commands';
import type { Vec2 } from '../core/geometry/vec';
import type { HallElement } from '../core/kinds/registry';
import { findElement } from '../core/query';
import { endsAtCorner, replaceKeepingJoins } from '../core/commands/wall-joins';
import { type AlignEdge, type Axis, align, arrayOffsets, distribute, flip, similarityKey } from './arrange';
import { copiedElements, copiesOf, selectedElements } from './clipboard';
import { platesFollowing } from './counter-plates';
import type { EditorHost } from './types';

/** The most copies one array makes: more is a typing slip, and each copy is checked and drawn. */
const MAX_ARRAY = 500;

/** Selected elements that may change: locked ones stay where they are. */
export function editableElements(host: EditorHost): HallElement[] {
  return selectedElements(host).filter((e) => !e.locked);
}

function replaceAll(host: EditorHost, next: HallElement[], label: string): boolean {
  return next.length > 0 && host.execute(replaceElements(next, label));
}

export function alignSelection(host: EditorHost, edge: AlignEdge): boolean {
  return replaceAll(host, align(editableElements(host), edge), '对齐 / Align');
}

export function orderSelection(host: EditorHost, to: DrawOrder): boolean {
  return host.selection.length > 0 && host.execute(reorderElements(host.selection, to));
}

export function distributeSelection(host: EditorHost, axis: Axis): boolean {
  return replaceAll(host, distribute(editableElements(host), axis), '等距分布 / Distribute');
}

/** Mirror the selection; a counter turned round takes the number plates hung on it to its new front. */
export function flipSelection(host: EditorHost): boolean {
  const els = editableElements(host);
  const flipped = flip(els, host.selectionCenter());
  const ids = new Set(els.map((e) => e.id));
  const others = host.floor.elements.filter((e) => !ids.has(e.id));
  const plates = flipped.flatMap((c, i) => {
    const was = els[i];
    return c.kind === 'counter' && was.kind === 'counter' ? platesFollowing(was, c, others) : [];
  });
  return replaceAll(host, [...flipped, ...plates], '翻转 / Flip');
}

/** Lock the selection, or unlock it when every selected element is already locked. */
export function toggleLock(host: EditorHost): boolean {
  const els = selectedElements(host);
  if (!els.length) return false;
  const lock = !els.every((e) => e.locked);
  return replaceAll(
    host,
    els.map((e) => ({ ...e, locked: lock || undefined }) as HallElement),
    lock ? '锁定 / Lock' : '解锁 / Unlock',
  );
}

/** Select every element on the floor of the same kind and type as the selected ones. */
export function selectSimilar(host: EditorHost): boolean {
  const keys = new Set(selectedElements(host).map(similarityKey));
  if (!keys.size) return false;
  host.select(host.floor.elements.filter((e) => keys.has(similarityKey(e))).map((e) => e.id));
  return true;
}

/** `count` copies of the selection, each `spacing` further on (AutoCAD's rectangular array, one row), one step. */
export function arraySelection(host: EditorHost, count: number, spacing: Vec2): boolean {
  const els = copiedElements(host);
  if (!els.length || !(count >= 1) || count > MAX_ARRAY) {
    if (count > MAX_ARRAY) host.fail({ zh: `阵列数量最多 ${MAX_ARRAY}`, en: `An array has at most ${MAX_ARRAY} copies` });
    return false;
  }
  const copies = copiesOf(host, els, arrayOffsets(Math.floor(count), spacing));
  if (!host.execute(addElements(host.floorId, copies, undefined, `阵列（${copies.length}）/ Array (${copies.length})`))) return false;
  host.select([...host.selection, ...copies.map((c) => c.id)]);
  return true;
}

export function moveSelectionToFloor(host: EditorHost, floorId: string): boolean {
  const ids = editableElements(host).map((e) => e.id);
  if (!ids.length || floorId === host.floorId) return false;
  return host.execute(moveToFloor(ids, floorId));
}

export function deleteSelection(host: EditorHost): boolean {
  const ids = host.selection.filter((id) => !findElement(host.doc, id)?.element.locked);
  if (!ids.length) return false;
  return host.execute(removeElements(ids));
}

/** Change a wall's length in place: its start stays, its end moves along the wall, joined walls follow (one undo step). */
export function setWallLength(host: EditorHost, id: string, length: number): boolean {
  const w = findElement(host.doc, id)?.element;
  if (w?.kind !== 'wall') return false;
  if (!(length >= 0.05 && length <= 1000)) {
    host.fail({ zh: '墙长应在 0.05–1000 m 之间', en: 'A wall is 0.05–1000 m long' });
    return false;
  }
  const l = Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]);
  if (l < 1e-9) return false;
  const k = length / l;
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  const b: Vec2 = [r(w.a[0] + (w.b[0] - w.a[0]) * k), r(w.a[1] + (w.b[1] - w.a[1]) * k)];
  // the walls meeting its far end stay joined to it (their ends follow), as when the end is dragged
  return host.execute(replaceKeepingJoins({ ...w, b }, b, endsAtCorner(host.floor, id, 1), '修改墙长 / Wall length'));
}

/** The selection after picking `ids`: instead of it, added to it, or each toggled (Shift-click). */
export function nextSelection(cur: readonly string[], ids: readonly string[], mode: 'replace' | 'add' | 'toggle'): string[] {
  if (mode === 'replace') return [...new Set(ids)];
  if (mode === 'add') return [...new Set([...cur, ...ids])];
  const set = new Set(cur);
  for (const id of ids) set.has(id) ? set.delete(id) : set.add(id);
  return [...set];
}
