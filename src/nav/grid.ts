/**
 * Walkable space as a raster per floor (default 0.5 m cells). A cell is blocked when its centre lies in a
 * wall, counter, obstacle or seat row (kinds with `blocksWalking`), re-opened where a door cuts its wall;
 * staff cells (staff zones, staff-only doors) are kept in a separate mask so one raster serves both the
 * public and staff audiences. Unchanged floor objects reuse their raster (documents are immutable).
 */
import type { Floor } from '../core/document';
import { kindOf } from '../core/kinds/registry';
import { bbox, pointInPolygon, type Polygon, type BBox } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';
import { MAX_RASTER_CELLS, PlanTooLargeError } from '../core/limits';
import { clearanceMap } from './clearance-map';
import { cellCentre, wholeGrid, type CellWindow } from './raster-cells';
import { fill } from './raster-fill';
import { blockerShapes, doorCells, passageStrip, trueWall } from './raster-shapes';
import { passWidths } from './raster-widths';
import { cutSteps } from './raster-cuts';
import { gapSteps } from './raster-gaps';
import { pinchSteps } from './step-chords';

export { cellAt, cellCentre } from './raster-cells';
export type { FloorGrid, RasterInputs } from './raster-types';
import type { FloorGrid, RasterInputs } from './raster-types';

/**
 * Threshold height that still counts as level for a wheelchair. The raster is built once per floor for every
 * preset, so it cannot read the preset: test/unit/nav/level-step.test.ts holds it equal to national.json's
 * `levelStepMaxM`, which the rules read.
 */
export const LEVEL_STEP_M = 0.015;

export function extentOf(floor: Floor): BBox {
  if (floor.outline) return bbox(floor.outline);
  const pts: Vec2[] = [];
  for (const e of floor.elements) {
    const fp = kindOf(e).footprint(e);
    if (fp) pts.push(...fp);
    for (const s of kindOf(e).segments?.(e) ?? []) pts.push(...s);
  }
  if (!pts.length) return { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  const b = bbox(pts);
  return { minX: b.minX - 1, minY: b.minY - 1, maxX: b.maxX + 1, maxY: b.maxY + 1 };
}

/** What one element puts into the raster inputs (nothing for most: signs, points that do not block, vlinks). */
export interface ElementInputs {
  staff?: Polygon;
  blockers?: readonly Polygon[];
  door?: RasterInputs['doors'][number];
  solid?: Polygon;
}
const NO_INPUTS: ElementInputs = Object.freeze({});

/**
 * Per element object: an edit replaces the elements it changes, so the floor's other elements (thousands in a big
 * hall) are not asked again for their kind's walking rules and shapes on every edit.
 */
const elementInputs = new WeakMap<object, ElementInputs>();
export function inputsOf(e: Floor['elements'][number]): ElementInputs {
  let v = elementInputs.get(e);
  if (v) return v;
  v = inputsByRole(e);
  elementInputs.set(e, v);
  return v;
}

/** By the kind's part in walking: areas closed to the public, passages cut through walls, blockers. */
function inputsByRole(e: Floor['elements'][number]): ElementInputs {
  const k = kindOf(e);
  if (k.walking === 'areas') {
    const closed = k.closedArea(e);
    return closed ? { staff: closed } : NO_INPUTS;
  }
  if (k.walking === 'opens') {
    const p = k.passage(e);
    return { door: { strip: passageStrip(e, p), cells: doorCells(e, p), staff: p.staffOnly, stepped: p.step > LEVEL_STEP_M, width: p.width } };
  }
  if (k.walking !== 'blocks' || !k.blocksWalking(e)) return NO_INPUTS;
  // Exact clearances measure from the element's true shape, not the raster's widened one.
  const solid = e.kind === 'wall' ? trueWall(e) : k.footprint(e);
  return solid ? { blockers: blockerShapes(e), solid } : { blockers: blockerShapes(e) };
}

/**
 * What the raster of a floor is computed from; with `only`, from those of its elements alone (a patch passes the
 * elements near its window: painting and widths there read nothing farther away).
 */
export function rasterInputs(floor: Floor, only?: Iterable<Floor['elements'][number]>): RasterInputs {
  const staff: Polygon[] = [];
  const blockers: Polygon[] = [];
  const doors: RasterInputs['doors'] = [];
  const solids: Polygon[] = [];
  for (const e of only ?? floor.elements) {
    const v = inputsOf(e);
    if (v === NO_INPUTS) continue;
    if (v.staff) staff.push(v.staff);
    if (v.door) doors.push(v.door);
    if (v.blockers) for (const b of v.blockers) blockers.push(b);
    if (v.solid) solids.push(v.solid);
  }
  return { floorId: floor.id, elevation: floor.elevation, ext: extentOf(floor), outline: floor.outline, staff, blockers, doors, solids };
}

export function rasterizeFloor(floor: Floor, cell = 0.5): FloorGrid {
  return rasterizeInputs(rasterInputs(floor), cell);
}

export function rasterizeInputs(inp: RasterInputs, cell = 0.5): FloorGrid {
  const ext = inp.ext;
  const origin: Vec2 = [ext.minX, ext.minY];
  const cols = Math.max(1, Math.ceil((ext.maxX - ext.minX) / cell));
  const rows = Math.max(1, Math.ceil((ext.maxY - ext.minY) / cell));
  // Refuse before allocating: an extent from a mistyped coordinate would otherwise take the process down.
  if (!(cols * rows <= MAX_RASTER_CELLS)) {
    const w = Math.round(ext.maxX - ext.minX);
    const h = Math.round(ext.maxY - ext.minY);
    throw new PlanTooLargeError(
      `floor ${inp.floorId} spans ${w} × ${h} m: walking distances are computed for floors up to ${MAX_RASTER_CELLS.toLocaleString('en')} cells of ${cell} m (about ${Math.round(Math.sqrt(MAX_RASTER_CELLS) * cell)} × ${Math.round(Math.sqrt(MAX_RASTER_CELLS) * cell)} m) / 楼层 ${inp.floorId} 范围 ${w} × ${h} 米，超出步行距离分析上限`,
    );
  }
  const g = { origin, cell, cols, rows };
  const free = new Uint8Array(cols * rows);
  const staff = new Uint8Array(cols * rows);
  const stepped = new Uint8Array(cols * rows);
  const doorWidth = new Float32Array(cols * rows);
  paint(g, inp, wholeGrid(g), free, staff, stepped, doorWidth);
  const passWidth = new Float32Array(cols * rows);
  passWidths(g, inp, wholeGrid(g), free, doorWidth, passWidth);
  const cut = new Uint8Array(cols * rows);
  cutSteps(g, inp.solids, wholeGrid(g), free, doorWidth, cut);
  const gaps = gapSteps(g, inp, wholeGrid(g), free, doorWidth, cut);
  const pinch = pinchSteps({ ...g, free, door: doorWidth, widths: passWidth }, inp, wholeGrid(g));
  return gridOf({ floorId: inp.floorId, elevation: inp.elevation, origin, cell, cols, rows, free, staff, stepped, doorWidth, passWidth, cut, gaps, pinch });
}

/**
 * A raster from its arrays, the clear half-widths computed from `free` when first read: rules measure widths
 * exactly (passWidth), only the nav-map export and clearWidthAt read the chamfer map, so an edit need not redo it.
 */
export function gridOf(arrays: Omit<FloorGrid, 'clearance'>): FloorGrid {
  let clearance: Float32Array | undefined;
  return {
    ...arrays,
    get clearance() {
      return (clearance ??= clearanceMap(arrays.free, arrays.cols, arrays.rows, arrays.cell));
    },
  };
}

/** Computes every cell of the window from the inputs alone (outline, staff, blockers, then doors cutting walls). */
export function paint(
  g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>,
  inp: RasterInputs,
  win: CellWindow,
  free: Uint8Array,
  staff: Uint8Array,
  stepped: Uint8Array,
  doorWidth: Float32Array,
): void {
  for (let r = win.r0; r <= win.r1; r++) {
    const row = r * g.cols;
    free.fill(inp.outline ? 0 : 1, row + win.c0, row + win.c1 + 1);
    staff.fill(0, row + win.c0, row + win.c1 + 1);
    stepped.fill(0, row + win.c0, row + win.c1 + 1);
    doorWidth.fill(0, row + win.c0, row + win.c1 + 1);
  }
  if (inp.outline) fill(g, inp.outline, win, (i) => (free[i] = 1));
  for (const p of inp.staff) fill(g, p, win, (i) => (staff[i] = 1));
  for (const p of inp.blockers) fill(g, p, win, (i) => (free[i] = 0));
  for (const d of inp.doors) {
    fill(g, d.cells, win, (i) => {
      if (inp.outline && !pointInPolygon(cellCentre(g, i), inp.outline)) return;
      free[i] = 1;
      if (d.staff) staff[i] = 1;
      if (d.stepped) stepped[i] = 1;
      // Where two openings overlap a cell, the narrower decides.
      doorWidth[i] = doorWidth[i] > 0 ? Math.min(doorWidth[i], d.width) : d.width;
    });
  }
}

/** Whether an audience may stand on cell i (staff may also walk staff-only zones). */
export function isWalkable(g: FloorGrid, i: number, audience: 'public' | 'staff'): boolean {
  return g.free[i] === 1 && (audience === 'staff' || g.staff[i] === 0);
}
