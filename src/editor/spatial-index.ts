/**
 * A uniform grid over one floor's elements, so that picking under the pointer or inside a box looks at the few
 * elements near it instead of all of them (a city hall floor holds thousands). Each element is filed in every
 * 2 m cell its bounding box (widened by a wall's or route's half width) touches.
 *
 * Floors are immutable: an edit gives the floor a new elements array that shares every untouched element. The
 * index of the array edited last is carried over to the new one by filing only the elements the edit replaced,
 * so a drag costs the changed elements, not the floor.
 */
import type { HallElement } from '../core/kinds/registry';
import { kindOf } from '../core/kinds/registry';
import { bbox, type BBox } from '../core/geometry/polygon';
import { elementDiff } from '../core/element-diff';
import type { Vec2 } from '../core/geometry/vec';

const CELL = 2;
/** Cell coordinates are offset into 0..65535 and packed into one number. */
const OFFSET = 32768;
const cellOf = (v: number) => Math.max(0, Math.min(65535, Math.floor(v / CELL) + OFFSET));

/** An element's extent in plan, walls and routes widened by half their width. */
export function pickBox(el: HallElement): BBox {
  const k = kindOf(el);
  const fp = k.footprint(el);
  const b = fp ? bbox(fp) : bbox((k.segments?.(el) ?? []).flat());
  const w = k.halfWidth?.(el) ?? 0;
  return w ? { minX: b.minX - w, minY: b.minY - w, maxX: b.maxX + w, maxY: b.maxY + w } : b;
}

export class SpatialIndex {
  private readonly cells = new Map<number, HallElement[]>();
  private readonly boxes = new Map<HallElement, BBox>();
  /** Elements without a finite extent: always candidates. */
  private readonly loose = new Set<HallElement>();
  /** Elements that snap as an axis (walls): their extensions reach across the floor, so snapping reads them all. */
  readonly axes = new Set<HallElement>();
  /** Anchors of elements that snap by their anchor, filed by 2 m column (x) and row (y), for alignment snaps. */
  private readonly anchors = new Map<HallElement, Vec2>();
  private readonly lines: [Map<number, HallElement[]>, Map<number, HallElement[]>] = [new Map(), new Map()];

  constructor(elements: readonly HallElement[] = []) {
    for (const e of elements) this.insert(e);
  }

  get size(): number {
    return this.boxes.size;
  }

  insert(el: HallElement): void {
    const b = pickBox(el);
    this.boxes.set(el, b);
    const k = kindOf(el);
    if (k.snap === 'axis') this.axes.add(el);
    if (k.snap === 'anchor') this.fileAnchor(el, k.anchor(el));
    if (![b.minX, b.minY, b.maxX, b.maxY].every(Number.isFinite)) {
      this.loose.add(el);
      return;
    }
    this.forCells(b, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(el);
      else this.cells.set(key, [el]);
    });
  }

  remove(el: HallElement): void {
    const b = this.boxes.get(el);
    if (!b) return;
    this.boxes.delete(el);
    this.axes.delete(el);
    const a = this.anchors.get(el);
    if (a) {
      this.anchors.delete(el);
      for (const i of [0, 1] as const) {
        const list = this.lines[i].get(Math.floor(a[i] / CELL));
        const at = list?.indexOf(el) ?? -1;
        if (at >= 0) list!.splice(at, 1);
      }
    }
    if (this.loose.delete(el)) return;
    this.forCells(b, (key) => {
      const list = this.cells.get(key);
      if (!list) return;
      const i = list.indexOf(el);
      if (i >= 0) list.splice(i, 1);
      if (!list.length) this.cells.delete(key);
    });
  }

  /** Elements whose extent meets the box (each once), with their extents. */
  query(box: BBox): Map<HallElement, BBox> {
    const out = new Map<HallElement, BBox>();
    for (const el of this.loose) out.set(el, this.boxes.get(el)!);
    this.forCells(box, (key) => {
      for (const el of this.cells.get(key) ?? []) {
        if (out.has(el)) continue;
        const b = this.boxes.get(el)!;
        if (b.minX <= box.maxX && b.maxX >= box.minX && b.minY <= box.maxY && b.maxY >= box.minY) out.set(el, b);
      }
    });
    return out;
  }

  /** Calls `fn` with each anchor within `tolerance` of `v` along axis `i` (0: x, 1: y), and its element. */
  aligned(i: 0 | 1, v: number, tolerance: number, fn: (el: HallElement, anchor: Vec2) => void): void {
    for (let c = Math.floor((v - tolerance) / CELL); c <= Math.floor((v + tolerance) / CELL); c++) {
      for (const el of this.lines[i].get(c) ?? []) {
        const a = this.anchors.get(el)!;
        if (Math.abs(a[i] - v) <= tolerance) fn(el, a);
      }
    }
  }

  private fileAnchor(el: HallElement, a: Vec2): void {
    if (!Number.isFinite(a[0]) || !Number.isFinite(a[1])) return;
    this.anchors.set(el, a);
    for (const i of [0, 1] as const) {
      const key = Math.floor(a[i] / CELL);
      const list = this.lines[i].get(key);
      if (list) list.push(el);
      else this.lines[i].set(key, [el]);
    }
  }

  private forCells(b: BBox, fn: (key: number) => void): void {
    const x0 = cellOf(b.minX);
    const x1 = cellOf(b.maxX);
    const y0 = cellOf(b.minY);
    const y1 = cellOf(b.maxY);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) fn(x * 65536 + y);
  }
}

const byArray = new WeakMap<readonly HallElement[], SpatialIndex>();
/** The arrays indexed most recently (one per floor in use): an edited floor's next array is derived from its own. */
const recent: { elements: readonly HallElement[]; index: SpatialIndex }[] = [];
const RECENT = 8;
/** Beyond this many replaced elements, building afresh costs no more than carrying over. */
const CARRY_MAX = 256;

export function spatialIndex(elements: readonly HallElement[]): SpatialIndex {
  const hit = byArray.get(elements);
  if (hit) return hit;
  let index: SpatialIndex | undefined;
  for (let i = 0; i < recent.length && !index; i++) {
    const r = recent[i];
    if (Math.abs(r.elements.length - elements.length) > CARRY_MAX) continue;
    const d = elementDiff(r.elements, elements);
    if (d.added.length + d.removed.length > CARRY_MAX) continue;
    // Carried over: the old array loses its index (it describes the new one now) and is indexed afresh if asked.
    index = r.index;
    byArray.delete(r.elements);
    recent.splice(i, 1);
    for (const e of d.removed) index.remove(e);
    for (const e of d.added) index.insert(e);
  }
  index ??= new SpatialIndex(elements);
  byArray.set(elements, index);
  recent.unshift({ elements, index });
  if (recent.length > RECENT) recent.pop();
  return index;
}
