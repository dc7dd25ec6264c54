/**
 * The elements of a floor that take part in its raster, bucketed by the box of their raster inputs and carried
 * along the floor's versions: a patch finds the few elements near its window without walking the thousands of a
 * big hall's floor (and without making its inputs again).
 */
import type { Floor } from '../core/document';
import { cachedBBox, type BBox } from '../core/geometry/polygon';
import { inputsOf, type ElementInputs } from './grid';

type El = Floor['elements'][number];

/** Bucket side in metres: about a seat row, so a window looks at a few buckets. */
const SIZE = 4;
/** An element over more buckets than this (a long wall, a staff wing) sits in a list every query reads whole. */
const MAX_BUCKETS = 64;
/** Bucket coordinates packed in one number (floors span far less than 32,768 buckets of 4 m either way). */
const OFF = 32768;
const keyOf = (cx: number, cy: number) => (cx + OFF) * 2 * OFF + (cy + OFF);

/** The box of everything an element puts into the raster, or null when it puts nothing. */
function inputsBox(v: ElementInputs): BBox | null {
  let b: BBox | null = null;
  const grow = (x: BBox) => {
    b = b ? { minX: Math.min(b.minX, x.minX), minY: Math.min(b.minY, x.minY), maxX: Math.max(b.maxX, x.maxX), maxY: Math.max(b.maxY, x.maxY) } : x;
  };
  if (v.staff) grow(cachedBBox(v.staff));
  if (v.door) grow(cachedBBox(v.door.cells));
  if (v.solid) grow(cachedBBox(v.solid));
  for (const p of v.blockers ?? []) grow(cachedBBox(p));
  return b;
}

class InputIndex {
  private readonly buckets = new Map<number, Set<El>>();
  private readonly wide = new Set<El>();
  /** The buckets each element was put in (empty when in `wide` or in none). */
  private readonly where = new Map<El, number[]>();
  constructor(public floor: Floor) {
    for (const e of floor.elements) this.add(e);
  }

  add(e: El): void {
    const b = inputsBox(inputsOf(e));
    if (!b) return;
    const x0 = Math.floor(b.minX / SIZE);
    const x1 = Math.floor(b.maxX / SIZE);
    const y0 = Math.floor(b.minY / SIZE);
    const y1 = Math.floor(b.maxY / SIZE);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_BUCKETS) {
      this.wide.add(e);
      this.where.set(e, []);
      return;
    }
    const keys: number[] = [];
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const k = keyOf(cx, cy);
        (this.buckets.get(k) ?? this.buckets.set(k, new Set()).get(k)!).add(e);
        keys.push(k);
      }
    this.where.set(e, keys);
  }

  remove(e: El): void {
    const keys = this.where.get(e);
    if (!keys) return;
    this.where.delete(e);
    this.wide.delete(e);
    for (const k of keys) this.buckets.get(k)?.delete(e);
  }

  /** Every element whose inputs' box may meet `box` (some a little farther: whole buckets are read). */
  near(box: BBox): Set<El> {
    const out = new Set(this.wide);
    const x0 = Math.floor(box.minX / SIZE);
    const x1 = Math.floor(box.maxX / SIZE);
    const y0 = Math.floor(box.minY / SIZE);
    const y1 = Math.floor(box.maxY / SIZE);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const s = this.buckets.get(keyOf(cx, cy));
        if (s) for (const e of s) out.add(e);
      }
    return out;
  }
}

/** One index per floor id (the newest few floors), moved from version to version by the elements an edit changed. */
const indexes = new Map<string, InputIndex>();

/**
 * Moves the index of `prev` (the version of the floor a raster is patched from) to `floor` by the elements the edit
 * removed and added. An index of another version is left to be built afresh when it is next asked.
 */
export function advanceIndex(prev: Floor, floor: Floor, removed: readonly El[], added: readonly El[]): void {
  const ix = indexes.get(floor.id);
  if (!ix || ix.floor !== prev) return;
  for (const e of removed) ix.remove(e);
  for (const e of added) ix.add(e);
  ix.floor = floor;
}

/** The elements of `floor` whose raster inputs may meet `box`. */
export function elementsNear(floor: Floor, box: BBox): Set<El> {
  let ix = indexes.get(floor.id);
  if (!ix || ix.floor !== floor) ix = new InputIndex(floor);
  indexes.delete(floor.id);
  indexes.set(floor.id, ix);
  if (indexes.size > 16) indexes.delete(indexes.keys().next().value!);
  return ix.near(box);
}
