/**
 * The places the samples of a hall's citizen routes stand at, and which routes (slots) stand at each, in typed
 * arrays. Routes from one entrance share their legs (63,269 samples at 15,104 places on the big hall): a place
 * object with two slot arrays each cost more in allocation and collection than the search that reads them, so
 * places, their slot lists and the cells that bucket them are rows of numbers here, reused when freed.
 */

import { hypot2 } from '../../core/geometry/vec';
import { grown } from '../../core/grown';

/** No slot (greater than every slot). */
export const NONE = 0x7fffffff;

/** A cell's key on its floor, a small integer (cells 32,768 apart share a key; places are compared exactly). */
const cellKey = (cx: number, cy: number) => (cx & 0x7fff) * 0x8000 + (cy & 0x7fff);

type Row = Int32Array | Float64Array | Uint8Array;
/** The rows of the place table and of the slot-entry table, by field name: each table grows as one. */
const PLACE_ROWS = ['floor', 'x', 'y', 'cell', 'nextInCell', 'head', 'minAny', 'minLong', 'stamp', 'after'] as const;
const ENTRY_ROWS = ['entSlot', 'entLong', 'entNext'] as const;
type RowName = (typeof PLACE_ROWS)[number] | (typeof ENTRY_ROWS)[number];

export class Places {
  // Per place: where, its cell, the next place in the cell, its first slot entry, the least slot there and the
  // least with `minLeg` or more left from it, the last `join` stamp that listed it.
  floor = new Int32Array(0);
  x = new Float64Array(0);
  y = new Float64Array(0);
  private cell = new Int32Array(0);
  private nextInCell = new Int32Array(0);
  private head = new Int32Array(0);
  minAny = new Int32Array(0);
  minLong = new Int32Array(0);
  private stamp = new Int32Array(0);
  /** The place of the sample after this one on the last route that looked it up from here (−1 for none). */
  private after = new Int32Array(0);
  private placeCount = 0;
  private freePlace = -1;
  // Per slot entry: the slot, whether its sample there has `minLeg` or more left, the next entry of the place.
  private entSlot = new Int32Array(0);
  private entLong = new Uint8Array(0);
  private entNext = new Int32Array(0);
  private entCount = 0;
  private freeEnt = -1;
  /** Per floor number, the first place of each cell. */
  private readonly cells = new Map<number, Map<number, number>>();

  constructor(readonly size: number) {}

  /** The place at exactly (x, y) on `floor`, made when there is none. */
  placeAt(floor: number, x: number, y: number): number {
    let cells = this.cells.get(floor);
    if (!cells) this.cells.set(floor, (cells = new Map()));
    const key = cellKey(Math.floor(x / this.size), Math.floor(y / this.size));
    const first = cells.get(key);
    for (let p = first ?? -1; p >= 0; p = this.nextInCell[p]) if (this.x[p] === x && this.y[p] === y) return p;
    const p = this.newPlace();
    this.floor[p] = floor;
    this.x[p] = x;
    this.y[p] = y;
    this.cell[p] = key;
    this.nextInCell[p] = first ?? -1;
    this.head[p] = -1;
    this.minAny[p] = NONE;
    this.minLong[p] = NONE;
    this.stamp[p] = 0;
    this.after[p] = -1;
    cells.set(key, p);
    return p;
  }

  /**
   * placeAt for the sample that follows one at place `prev` (−1 for none). Routes from one entrance walk the same
   * legs: the place the last route found after `prev` is taken when it stands exactly there and is in use (a
   * freed place may be reused elsewhere), without searching the cells.
   */
  placeAfter(prev: number, floor: number, x: number, y: number): number {
    if (prev < 0) return this.placeAt(floor, x, y);
    const h = this.after[prev];
    if (h >= 0 && this.head[h] >= 0 && this.x[h] === x && this.y[h] === y && this.floor[h] === floor) return h;
    const p = this.placeAt(floor, x, y);
    this.after[prev] = p;
    return p;
  }

  /**
   * Lists `slot` at place `p` (once per `stamp`: a route joins with one stamp, so a place it passes twice holds
   * one entry, long when either sample there is).
   */
  join(p: number, slot: number, long: boolean, stamp: number): void {
    if (this.stamp[p] !== stamp) {
      this.stamp[p] = stamp;
      const e = this.newEntry();
      this.entSlot[e] = slot;
      this.entLong[e] = 0;
      this.entNext[e] = this.head[p];
      this.head[p] = e;
    }
    if (slot < this.minAny[p]) this.minAny[p] = slot;
    if (!long) return;
    this.entLong[this.head[p]] = 1;
    if (slot < this.minLong[p]) this.minLong[p] = slot;
  }

  /** Whether place `p` is met for the first time under `stamp` (marks it met). */
  firstUnder(p: number, stamp: number): boolean {
    if (this.stamp[p] === stamp) return false;
    this.stamp[p] = stamp;
    return true;
  }

  /** Takes `slot` off place `p`; a place no slot stands at any more is freed. */
  leave(p: number, slot: number): void {
    let prev = -1;
    let minAny = NONE;
    let minLong = NONE;
    for (let e = this.head[p]; e >= 0; ) {
      const next = this.entNext[e];
      if (this.entSlot[e] === slot) {
        if (prev < 0) this.head[p] = next;
        else this.entNext[prev] = next;
        this.entNext[e] = this.freeEnt;
        this.freeEnt = e;
      } else {
        const s = this.entSlot[e];
        if (s < minAny) minAny = s;
        if (this.entLong[e] && s < minLong) minLong = s;
        prev = e;
      }
      e = next;
    }
    this.minAny[p] = minAny;
    this.minLong[p] = minLong;
    if (this.head[p] < 0) this.dropPlace(p);
  }

  /**
   * Whether a slot before `slot` stands within `size` of (x, y) on `floor`: −1 when none, else `long` when one of
   * them has `minLeg` or more left there, else 0. `own`, the place of (x, y) itself, is looked at first: on
   * shared legs a route before stands exactly there, and no cell needs to be searched.
   */
  nearLeft(slot: number, floor: number, x: number, y: number, own: number, long: number): number {
    if (this.minLong[own] < slot) return long;
    const cells = this.cells.get(floor);
    if (!cells) return -1;
    const size = this.size;
    const cx = Math.floor(x / size);
    const cy = Math.floor(y / size);
    let best = this.minAny[own] < slot ? 0 : -1;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) {
        for (let p = cells.get(cellKey(cx + dx, cy + dy)) ?? -1; p >= 0; p = this.nextInCell[p]) {
          if (this.minAny[p] >= slot || (best === 0 && this.minLong[p] >= slot)) continue;
          if (hypot2(this.x[p] - x, this.y[p] - y) > size) continue;
          if (this.minLong[p] < slot) return long;
          best = 0;
        }
      }
    return best;
  }

  /**
   * Room for `n` more samples' places and entries without growing: a list of routes checked from scratch knows
   * its sample count, and growing by doubling copied every row about twice.
   */
  reserve(n: number): void {
    if (this.placeCount + n > this.x.length) this.growRows(PLACE_ROWS, this.placeCount + n);
    if (this.entCount + n > this.entSlot.length) this.growRows(ENTRY_ROWS, this.entCount + n);
  }

  /** Grows every row of one table (PLACE_ROWS or ENTRY_ROWS) to `n`, so the table's rows stay the same length. */
  private growRows(names: readonly RowName[], n: number): void {
    const rows = this as unknown as Record<RowName, Row>;
    for (const k of names) rows[k] = grown(rows[k], n);
  }

  private newPlace(): number {
    if (this.freePlace >= 0) {
      const p = this.freePlace;
      this.freePlace = this.nextInCell[p];
      return p;
    }
    if (this.placeCount === this.x.length) this.growRows(PLACE_ROWS, this.x.length * 2);
    return this.placeCount++;
  }

  private newEntry(): number {
    if (this.freeEnt >= 0) {
      const e = this.freeEnt;
      this.freeEnt = this.entNext[e];
      return e;
    }
    if (this.entCount === this.entSlot.length) this.growRows(ENTRY_ROWS, this.entSlot.length * 2);
    return this.entCount++;
  }

  /** Unlinks a place from its cell and frees it (its row is reused by the next new place). */
  private dropPlace(p: number): void {
    const cells = this.cells.get(this.floor[p])!;
    const key = this.cell[p];
    const first = cells.get(key)!;
    if (first === p) {
      if (this.nextInCell[p] >= 0) cells.set(key, this.nextInCell[p]);
      else cells.delete(key);
    } else {
      let q = first;
      while (this.nextInCell[q] !== p) q = this.nextInCell[q];
      this.nextInCell[q] = this.nextInCell[p];
    }
    this.nextInCell[p] = this.freePlace;
    this.freePlace = p;
  }
}
