/**
 * Walkable space as a raster per floor (default 0.5 m cells). A cell is blocked when its centre lies in a
 * wall, counter, obstacle or seat row (kinds with `blocksWalking`), re-opened where a door cuts its wall;
 * staff cells (staff zones, staff-only doors) are kept in a separate mask so one raster serves both the
 * public and staff audiences. Unchanged floor objects reuse their raster (documents are immutable).
 */
import { elementDiff } from '../core/element-diff';
import type { Floor } from '../core/document';
import { kindOf } from '../core/kinds/registry';
import { isStaffZone } from '../core/kinds/zone';
import { bbox, cachedBBox, pointInPolygon, rectPolygon, type Polygon, type BBox } from '../core/geometry/polygon';
import { distToSegment, type Vec2 } from '../core/geometry/vec';
import { bucketEdges, bucketGrid, bucketOf, cappedWidth, type BucketWindow, type EdgeBuckets } from './clearance';
import { widthEdges } from './clearance-edges';
import { MAX_RASTER_CELLS, PlanTooLargeError } from '../core/limits';

/**
 * Threshold height that still counts as level for a wheelchair. The raster is built once per floor for every
 * preset, so it cannot read the preset: test/unit/nav/level-step.test.ts holds it equal to national.json's
 * `levelStepMaxM`, which the rules read.
 */
export const LEVEL_STEP_M = 0.02;

export interface FloorGrid {
  floorId: string;
  elevation: number;
  origin: Vec2;
  cell: number;
  cols: number;
  rows: number;
  /** 1 = inside the floor and not blocked. */
  free: Uint8Array;
  /** 1 = staff-only (staff zone or staff door). */
  staff: Uint8Array;
  /** Free half-width around each cell in metres (distance to the nearest blocked cell), for width limits. */
  clearance: Float32Array;
  /** 1 = a door threshold with a step and no ramp (closed to wheelchairs). */
  stepped: Uint8Array;
  /** Clear width of the door whose opening covers the cell (0 elsewhere): wheelchair routes pass doors by it. */
  doorWidth: Float32Array;
  /**
   * Exact clear width of the passage at each free cell's centre, from the real outlines (src/nav/clearance.ts),
   * capped at CLEARANCE_CAP_M; 0 for blocked cells. Width limits read this, not `clearance`.
   */
  passWidth: Float32Array;
}

function extentOf(floor: Floor): BBox {
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

/** A window of cells, inclusive bounds. */
export interface CellWindow {
  c0: number;
  c1: number;
  r0: number;
  r1: number;
}

const wholeGrid = (g: Pick<FloorGrid, 'cols' | 'rows'>): CellWindow => ({ c0: 0, c1: g.cols - 1, r0: 0, r1: g.rows - 1 });

/**
 * Visit the cells of the window whose centre lies in the polygon, decided exactly as pointInPolygon decides it
 * (even-odd crossings with the same arithmetic, boundary within 1e-9 counts as inside) but by scanlines: per row
 * the crossings are computed once and the cells between them filled, instead of testing every cell against
 * every edge. Rasterising a floor is most of building the nav graph.
 */
/** Scratch for fill (one raster is filled at a time). */
const fillXs: number[] = [];
let fillHit = new Uint8Array(256);

function fill(g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>, poly: Polygon, win: CellWindow, visit: (i: number) => void): void {
  const b = cachedBBox(poly);
  const c0 = Math.max(win.c0, Math.floor((b.minX - g.origin[0]) / g.cell));
  const c1 = Math.min(win.c1, Math.ceil((b.maxX - g.origin[0]) / g.cell));
  const r0 = Math.max(win.r0, Math.floor((b.minY - g.origin[1]) / g.cell));
  const r1 = Math.min(win.r1, Math.ceil((b.maxY - g.origin[1]) / g.cell));
  if (c0 > c1 || r0 > r1) return;
  const n = poly.length;
  const xs = fillXs;
  if (fillHit.length < c1 - c0 + 1) fillHit = new Uint8Array(2 * (c1 - c0 + 1));
  const hit = fillHit;
  for (let r = r0; r <= r1; r++) {
    const y = g.origin[1] + (r + 0.5) * g.cell;
    hit.fill(0, 0, c1 - c0 + 1);
    // Crossings, as pointInPolygon computes them (edge from poly[j] to poly[i]).
    xs.length = 0;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = poly[i][0];
      const yi = poly[i][1];
      const xj = poly[j][0];
      const yj = poly[j][1];
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
    // Insertion sort: a row crosses a footprint a handful of times, and Array.prototype.sort allocates.
    for (let i = 1; i < xs.length; i++) {
      const v = xs[i];
      let j = i - 1;
      while (j >= 0 && xs[j] > v) (xs[j + 1] = xs[j]), j--;
      xs[j + 1] = v;
    }
    // A centre x is inside when an odd number of crossings lie strictly right of it.
    let k = 0;
    for (let c = c0; c <= c1; c++) {
      const x = g.origin[0] + (c + 0.5) * g.cell;
      while (k < xs.length && xs[k] <= x) k++;
      if ((xs.length - k) % 2 === 1) hit[c - c0] = 1;
    }
    // Centres on the boundary count as inside: test the few cells near each edge at this row exactly.
    for (let i = 0; i < n; i++) {
      const a = poly[i];
      const e = poly[(i + 1) % n];
      const lo = Math.min(a[1], e[1]) - 1e-6;
      const hi = Math.max(a[1], e[1]) + 1e-6;
      if (y < lo || y > hi) continue;
      let xlo: number;
      let xhi: number;
      if (Math.abs(e[1] - a[1]) < 1e-6) {
        xlo = Math.min(a[0], e[0]);
        xhi = Math.max(a[0], e[0]);
      } else {
        const t1 = (y - 1e-6 - a[1]) / (e[1] - a[1]);
        const t2 = (y + 1e-6 - a[1]) / (e[1] - a[1]);
        const x1 = a[0] + (e[0] - a[0]) * Math.min(1, Math.max(0, t1));
        const x2 = a[0] + (e[0] - a[0]) * Math.min(1, Math.max(0, t2));
        xlo = Math.min(x1, x2);
        xhi = Math.max(x1, x2);
      }
      const from = Math.max(c0, Math.ceil((xlo - 1e-6 - g.origin[0]) / g.cell - 0.5));
      const to = Math.min(c1, Math.floor((xhi + 1e-6 - g.origin[0]) / g.cell - 0.5));
      for (let c = from; c <= to; c++) if (!hit[c - c0] && distToSegment([g.origin[0] + (c + 0.5) * g.cell, y], a, e) <= 1e-9) hit[c - c0] = 1;
    }
    for (let c = c0; c <= c1; c++) if (hit[c - c0]) visit(r * g.cols + c);
  }
}

/** The cells of a grid whose centre lies in the polygon (for tests and callers outside the raster). */
export function cellsInPolygon(g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>, poly: Polygon): number[] {
  const out: number[] = [];
  fill(g, poly, wholeGrid(g), (i) => out.push(i));
  return out;
}

/** A wall at its real length and thickness (the raster's own shape is widened to block a whole cell). */
const trueWalls = new WeakMap<object, Polygon>();
function trueWall(e: Extract<Floor['elements'][number], { kind: 'wall' }>): Polygon {
  let s = trueWalls.get(e);
  if (!s) {
    const dx = e.b[0] - e.a[0];
    const dy = e.b[1] - e.a[1];
    trueWalls.set(
      e,
      (s = Object.freeze(rectPolygon((e.a[0] + e.b[0]) / 2, (e.a[1] + e.b[1]) / 2, Math.hypot(dx, dy), e.thickness, (Math.atan2(dy, dx) * 180) / Math.PI)) as Polygon),
    );
  }
  return s;
}

/** Polygons grown by `d` metres around their bbox-aligned shape is too coarse; walls are thin, so widen them instead. */
const wallShapes = new WeakMap<object, Polygon>();
function blockerFootprint(e: Floor['elements'][number]): Polygon | null {
  if (e.kind === 'wall') {
    const hit = wallShapes.get(e);
    if (hit) return hit;
    const dx = e.b[0] - e.a[0];
    const dy = e.b[1] - e.a[1];
    const len = Math.hypot(dx, dy);
    // Thin walls still block a 0.5 m raster: at least one cell wide.
    const shape = Object.freeze(
      rectPolygon((e.a[0] + e.b[0]) / 2, (e.a[1] + e.b[1]) / 2, len + e.thickness, Math.max(e.thickness, 0.5), (Math.atan2(dy, dx) * 180) / Math.PI),
    ) as Polygon;
    wallShapes.set(e, shape);
    return shape;
  }
  return kindOf(e).footprint(e);
}

/**
 * What an element blocks. Line-like kinds (those with `segments`, e.g. a queue barrier) block a cell-wide band
 * along each segment, as walls do: their own footprint is thinner than a cell and would miss the cell centres.
 */
const lineShapes = new WeakMap<object, readonly Polygon[]>();
function blockerShapes(e: Floor['elements'][number]): readonly Polygon[] {
  const k = kindOf(e);
  if (e.kind === 'wall' || !k.segments) {
    const fp = blockerFootprint(e);
    return fp ? [fp] : [];
  }
  let shapes = lineShapes.get(e);
  if (!shapes) {
    shapes = Object.freeze(
      k
        .segments(e)
        .map(([a, b]) =>
          rectPolygon((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, Math.hypot(b[0] - a[0], b[1] - a[1]) + 0.1, 0.5, (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI),
        ),
    );
    lineShapes.set(e, shapes);
  }
  return shapes;
}

/** The strip a door cuts through its wall: the door's width, deep enough to cross the widened wall. Per door. */
const doorStrips = new WeakMap<object, Polygon>();
function doorStrip(e: Extract<Floor['elements'][number], { kind: 'opening' }>): Polygon {
  let s = doorStrips.get(e);
  if (!s) doorStrips.set(e, (s = Object.freeze(rectPolygon(e.position[0], e.position[1], Math.max(e.width - 0.05, 0.3), 1.1, e.rotation)) as Polygon));
  return s;
}

/**
 * Everything the raster depends on, as plain data: two floors with equal inputs get the same raster, so an edit
 * that does not change walkability (a sign, a label, a counter number) reuses it.
 */
export interface RasterInputs {
  floorId: string;
  elevation: number;
  ext: BBox;
  outline?: Polygon;
  staff: Polygon[];
  blockers: Polygon[];
  doors: { strip: Polygon; staff: boolean; stepped: boolean; width: number }[];
  /** Blockers at their true shape (walls at their real thickness), for exact widths. */
  solids: Polygon[];
}

export function rasterInputs(floor: Floor): RasterInputs {
  const staff: Polygon[] = [];
  const blockers: Polygon[] = [];
  const doors: RasterInputs['doors'] = [];
  const solids: Polygon[] = [];
  for (const e of floor.elements) {
    if (e.kind === 'zone') {
      if (isStaffZone(e)) staff.push(e.polygon);
    } else if (e.kind === 'opening') {
      // Doors cut their wall: a strip the door's width, deep enough to cross the widened wall.
      doors.push({ strip: doorStrip(e), staff: e.entrance === 'staff', stepped: e.step > LEVEL_STEP_M && !e.ramp, width: e.width });
    } else if (e.kind !== 'vlink' && kindOf(e).blocksWalking(e)) {
      blockers.push(...blockerShapes(e));
      // Exact clearances measure from the element's true shape, not the raster's widened one.
      const solid = e.kind === 'wall' ? trueWall(e) : kindOf(e).footprint(e);
      if (solid) solids.push(solid);
    }
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
  passWidths(g, inp, wholeGrid(g), free, passWidth);
  return { floorId: inp.floorId, elevation: inp.elevation, origin, cell, cols, rows, free, staff, clearance: clearanceMap(free, cols, rows, cell), stepped, doorWidth, passWidth };
}

/** Computes every cell of the window from the inputs alone (outline, staff, blockers, then doors cutting walls). */
function paint(
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
    fill(g, d.strip, win, (i) => {
      if (inp.outline && !pointInPolygon(cellCentre(g, i), inp.outline)) return;
      free[i] = 1;
      if (d.staff) staff[i] = 1;
      if (d.stepped) stepped[i] = 1;
      // Where two openings overlap a cell, the narrower decides.
      doorWidth[i] = doorWidth[i] > 0 ? Math.min(doorWidth[i], d.width) : d.width;
    });
  }
}

/**
 * Exact passage widths of the window's free cells (others 0), capped at CLEARANCE_CAP_M. A part of the raster
 * (a patch) measures against the edges near it only: those in the buckets its cells look at.
 */
function passWidths(g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>, inp: RasterInputs, win: CellWindow, free: Uint8Array, out: Float32Array, keep?: WidthsKept): void {
  const box = {
    minX: g.origin[0] - CLEARANCE_CAP_M,
    minY: g.origin[1] - CLEARANCE_CAP_M,
    maxX: g.origin[0] + g.cols * g.cell + CLEARANCE_CAP_M,
    maxY: g.origin[1] + g.rows * g.cell + CLEARANCE_CAP_M,
  };
  const whole = win.c0 === 0 && win.r0 === 0 && win.c1 === g.cols - 1 && win.r1 === g.rows - 1;
  let only: BucketWindow | undefined;
  let region: BBox | undefined;
  if (!whole) {
    const grid = bucketGrid(CLEARANCE_CAP_M, box);
    const [c0, r0] = bucketOf(grid, cellCentre(g, win.r0 * g.cols + win.c0));
    const [c1, r1] = bucketOf(grid, cellCentre(g, win.r1 * g.cols + win.c1));
    only = { c0: Math.max(0, c0 - 1), c1: Math.min(grid.cols - 1, c1 + 1), r0: Math.max(0, r0 - 1), r1: Math.min(grid.rows - 1, r1 + 1) };
    // The buckets' extent, a little wider than rounding could ever place an edge of theirs outside it.
    region = {
      minX: box.minX + only.c0 * CLEARANCE_CAP_M - REGION_SLACK_M,
      maxX: box.minX + (only.c1 + 1) * CLEARANCE_CAP_M + REGION_SLACK_M,
      minY: box.minY + only.r0 * CLEARANCE_CAP_M - REGION_SLACK_M,
      maxY: box.minY + (only.r1 + 1) * CLEARANCE_CAP_M + REGION_SLACK_M,
    };
  }
  let buckets: EdgeBuckets | undefined;
  for (let r = win.r0; r <= win.r1; r++)
    for (let i = r * g.cols + win.c0, end = r * g.cols + win.c1; i <= end; i++) {
      if (!free[i]) {
        out[i] = 0;
        continue;
      }
      const p = cellCentre(g, i);
      if (keep?.free[i] && !widthMayChange(p, keep.widths[i], keep.box)) {
        out[i] = keep.widths[i];
        continue;
      }
      buckets ??= bucketEdges(widthEdges({ solids: inp.solids, strips: inp.doors.map((d) => d.strip), outline: inp.outline }, region), CLEARANCE_CAP_M, box, only);
      out[i] = cappedWidth(buckets, p);
    }
}

/** A patch's previous widths, and the box holding every solid and door strip the edit added or removed (null: none). */
interface WidthsKept {
  free: Uint8Array;
  widths: Float32Array;
  box: BBox | null;
}
/**
 * Whether a width measured as `w` at p can differ once the edges in `box` changed. A width is found from the
 * nearest edge (at most w/2 away) and the first edge hit on the far side (at most w away): edges that all lie
 * farther than w from p are neither, before or after, and ties between equally near edges cannot involve them.
 * A capped width stays capped for the same reason. The slack covers the Float32 rounding of the stored width.
 */
function widthMayChange(p: Vec2, w: number, box: BBox | null): boolean {
  if (!box) return false;
  const dx = Math.max(box.minX - p[0], 0, p[0] - box.maxX);
  const dy = Math.max(box.minY - p[1], 0, p[1] - box.maxY);
  return dx * dx + dy * dy <= (w * (1 + WIDTH_SLACK) + WIDTH_SLACK) ** 2;
}
const WIDTH_SLACK = 1e-5;

/** The box of what an element adds to the width edges (its true solid, or a door's strip), or null. */
function widthBox(e: Floor['elements'][number]): BBox | null {
  if (e.kind === 'opening') return cachedBBox(doorStrip(e));
  if (e.kind === 'wall') return cachedBBox(trueWall(e));
  if (e.kind === 'zone' || e.kind === 'vlink' || !kindOf(e).blocksWalking(e)) return null;
  const fp = kindOf(e).footprint(e);
  return fp ? cachedBBox(fp) : null;
}
const union = (a: BBox | null, b: BBox | null): BBox | null =>
  !a ? b : !b ? a : { minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) };
/** A micrometre: far above the rounding of a bucket boundary, far below anything drawn. */
const REGION_SLACK_M = 1e-6;

/** The plan box an element changes in the raster, or null when it does not take part in it (signs, vlinks). */
function rasterBox(e: Floor['elements'][number]): BBox | null {
  if (e.kind === 'zone') return isStaffZone(e) ? bbox(e.polygon) : null;
  if (e.kind === 'opening') return cachedBBox(doorStrip(e));
  if (e.kind === 'vlink' || !kindOf(e).blocksWalking(e)) return null;
  const shapes = blockerShapes(e);
  return shapes.length === 1 ? bbox(shapes[0]) : shapes.length ? bbox(shapes.flat()) : null;
}

/**
 * The raster of `floor` from the raster of an earlier version of it: only the cells under the elements that
 * changed are computed again. Returns `prev.grid` itself when no cell changed (a sign or a zone name edited), and
 * null when patching does not apply (no outline, so the extent may move; other floor settings; many changes).
 */
export function patchRaster(prev: { floor: Floor; grid: FloorGrid }, floor: Floor): FloorGrid | null {
  const old = prev.floor;
  const grid = prev.grid;
  if (!floor.outline || floor.outline !== old.outline || floor.id !== old.id || floor.elevation !== old.elevation) return null;
  const diff = elementDiff(old.elements, floor.elements);
  const changed = diff.added.concat(diff.removed);
  if (changed.length > 64) return null;
  let box: BBox | null = null;
  for (const e of changed) {
    const b = rasterBox(e);
    if (b) box = box ? { minX: Math.min(box.minX, b.minX), minY: Math.min(box.minY, b.minY), maxX: Math.max(box.maxX, b.maxX), maxY: Math.max(box.maxY, b.maxY) } : b;
  }
  if (!box) return grid;
  const win: CellWindow = {
    c0: Math.max(0, Math.floor((box.minX - grid.origin[0]) / grid.cell) - 1),
    c1: Math.min(grid.cols - 1, Math.ceil((box.maxX - grid.origin[0]) / grid.cell) + 1),
    r0: Math.max(0, Math.floor((box.minY - grid.origin[1]) / grid.cell) - 1),
    r1: Math.min(grid.rows - 1, Math.ceil((box.maxY - grid.origin[1]) / grid.cell) + 1),
  };
  if (win.c0 > win.c1 || win.r0 > win.r1) return grid;
  const free = grid.free.slice();
  const staff = grid.staff.slice();
  const stepped = grid.stepped.slice();
  const doorWidth = grid.doorWidth.slice();
  const inputs = rasterInputs(floor);
  paint(grid, inputs, win, free, staff, stepped, doorWidth);
  // Clear widths change up to the cap away from the cells that changed: recompute that wider window only. Exact
  // passage widths change there too even when no cell flips (an obstacle moved by a few centimetres).
  const reach = Math.ceil(CLEARANCE_CAP_M / grid.cell) + 1;
  const cw: CellWindow = {
    c0: Math.max(0, win.c0 - reach),
    c1: Math.min(grid.cols - 1, win.c1 + reach),
    r0: Math.max(0, win.r0 - reach),
    r1: Math.min(grid.rows - 1, win.r1 + reach),
  };
  const passWidth = grid.passWidth.slice();
  let moved: BBox | null = null;
  for (const e of changed) moved = union(moved, widthBox(e));
  passWidths(grid, inputs, cw, free, passWidth, { free: grid.free, widths: grid.passWidth, box: moved });
  let same = true;
  for (let r = win.r0; r <= win.r1 && same; r++)
    for (let i = r * grid.cols + win.c0, end = r * grid.cols + win.c1; i <= end; i++)
      if (free[i] !== grid.free[i] || staff[i] !== grid.staff[i] || stepped[i] !== grid.stepped[i] || doorWidth[i] !== grid.doorWidth[i]) {
        same = false;
        break;
      }
  for (let r = cw.r0; r <= cw.r1 && same; r++)
    for (let i = r * grid.cols + cw.c0, end = r * grid.cols + cw.c1; i <= end; i++)
      if (passWidth[i] !== grid.passWidth[i]) {
        same = false;
        break;
      }
  if (same) return grid;
  const clearance = clearanceMap(free, grid.cols, grid.rows, grid.cell, cw, grid.clearance);
  const next = { ...grid, free, staff, stepped, doorWidth, clearance, passWidth };
  const cells: number[] = [];
  for (let r = cw.r0; r <= cw.r1; r++)
    for (let i = r * grid.cols + cw.c0, end = r * grid.cols + cw.c1; i <= end; i++)
      if (
        free[i] !== grid.free[i] ||
        staff[i] !== grid.staff[i] ||
        stepped[i] !== grid.stepped[i] ||
        doorWidth[i] !== grid.doorWidth[i] ||
        clearance[i] !== grid.clearance[i] ||
        passWidth[i] !== grid.passWidth[i]
      )
        cells.push(i);
  notePatch(next, grid, Int32Array.from(cells));
  return next;
}

/**
 * The most recent patches (child raster → parent and the cells that differ), so masks and distance fields of the
 * child can be derived from the parent's by looking at those cells only. Bounded, so a long drag does not keep a
 * chain of rasters alive.
 */
const patches = new Map<FloorGrid, { parent: FloorGrid; changed: Int32Array }>();
function notePatch(child: FloorGrid, parent: FloorGrid, changed: Int32Array): void {
  patches.set(child, { parent, changed });
  if (patches.size > 16) patches.delete(patches.keys().next().value!);
}
export function patchOf(child: FloorGrid): { parent: FloorGrid; changed: Int32Array } | undefined {
  return patches.get(child);
}

export function cellCentre(g: Pick<FloorGrid, 'origin' | 'cell' | 'cols'>, i: number): Vec2 {
  const r = Math.floor(i / g.cols);
  const c = i - r * g.cols;
  return [g.origin[0] + (c + 0.5) * g.cell, g.origin[1] + (r + 0.5) * g.cell];
}

export function cellAt(g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>, p: Vec2): number {
  const c = Math.floor((p[0] - g.origin[0]) / g.cell);
  const r = Math.floor((p[1] - g.origin[1]) / g.cell);
  if (c < 0 || r < 0 || c >= g.cols || r >= g.rows) return -1;
  return r * g.cols + c;
}

/**
 * Clear half-widths are capped: no rule asks about passages wider than 2 × 3 m, and the cap bounds how far a change
 * reaches, so a patch recomputes only a window around the cells it changed.
 */
export const CLEARANCE_CAP_M = 3;

/**
 * Two-pass chamfer distance (1/√2 weights) from blocked cells, in metres, capped at CLEARANCE_CAP_M; the grid's
 * edge counts as blocked half a cell out. With `win`, only that window is recomputed (into a copy of `prev`): the
 * passes run over the window plus a margin wider than the cap, which is all that can reach the window's cells.
 */
function clearanceMap(free: Uint8Array, cols: number, rows: number, cell: number, win?: CellWindow, prev?: Float32Array): Float32Array {
  const margin = Math.ceil(CLEARANCE_CAP_M / cell) + 2;
  const R = win
    ? { c0: Math.max(0, win.c0 - margin), c1: Math.min(cols - 1, win.c1 + margin), r0: Math.max(0, win.r0 - margin), r1: Math.min(rows - 1, win.r1 + margin) }
    : wholeGrid({ cols, rows });
  const w = R.c1 - R.c0 + 1;
  const h = R.r1 - R.r0 + 1;
  const INF = 1e9;
  const d = new Float32Array(w * h);
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) d[r * w + c] = free[(r + R.r0) * cols + c + R.c0] ? INF : 0;
  const a = 1;
  const b = Math.SQRT2;
  for (let r = 0; r < h; r++)
    for (let c = 0; c < w; c++) {
      const i = r * w + c;
      if (!d[i]) continue;
      const gr = r + R.r0;
      const gc = c + R.c0;
      let v = d[i];
      if (c > 0) v = Math.min(v, d[i - 1] + a);
      if (r > 0) {
        v = Math.min(v, d[i - w] + a);
        if (c > 0) v = Math.min(v, d[i - w - 1] + b);
        if (c < w - 1) v = Math.min(v, d[i - w + 1] + b);
      }
      if (gr === 0 || gc === 0 || gc === cols - 1 || gr === rows - 1) v = Math.min(v, 0.5);
      d[i] = v;
    }
  for (let r = h - 1; r >= 0; r--)
    for (let c = w - 1; c >= 0; c--) {
      const i = r * w + c;
      if (!d[i]) continue;
      let v = d[i];
      if (c < w - 1) v = Math.min(v, d[i + 1] + a);
      if (r < h - 1) {
        v = Math.min(v, d[i + w] + a);
        if (c < w - 1) v = Math.min(v, d[i + w + 1] + b);
        if (c > 0) v = Math.min(v, d[i + w - 1] + b);
      }
      d[i] = v;
    }
  // Cells count from their centre: a cell next to a wall has half a cell free.
  const metres = (x: number) => (x ? Math.min((x - 0.5) * cell + cell / 2, CLEARANCE_CAP_M) : 0);
  if (!win || !prev) {
    for (let i = 0; i < d.length; i++) d[i] = metres(d[i]);
    return d;
  }
  const out = prev.slice();
  for (let r = win.r0; r <= win.r1; r++) for (let c = win.c0; c <= win.c1; c++) out[r * cols + c] = metres(d[(r - R.r0) * w + c - R.c0]);
  return out;
}

/**
 * The walkable space of a floor as vectors (for overlays and the nav-map export): the floor bounds and the
 * blocking footprints. Walls are split where a door cuts them; for the public, staff zones are blocked and
 * staff-only doors stay shut.
 */
export function walkableRegions(doc: { floors: readonly Floor[] }, floorId: string, audience: 'public' | 'staff'): { blocked: Polygon[]; bounds: Polygon } {
  const floor = doc.floors.find((f) => f.id === floorId);
  if (!floor) return { blocked: [], bounds: [] };
  const ext = extentOf(floor);
  const bounds: Polygon = floor.outline ?? [
    [ext.minX, ext.minY],
    [ext.maxX, ext.minY],
    [ext.maxX, ext.maxY],
    [ext.minX, ext.maxY],
  ];
  const blocked: Polygon[] = [];
  const doors = floor.elements.filter((e): e is Extract<typeof e, { kind: 'opening' }> => e.kind === 'opening' && (audience === 'staff' || e.entrance !== 'staff'));
  for (const e of floor.elements) {
    if (audience === 'public' && e.kind === 'zone' && isStaffZone(e)) blocked.push(e.polygon);
    if (e.kind === 'vlink' || e.kind === 'opening' || e.kind === 'zone') continue;
    if (!kindOf(e).blocksWalking(e)) continue;
    if (e.kind !== 'wall') {
      const fp = kindOf(e).footprint(e);
      if (fp) blocked.push(fp);
      continue;
    }
    const dx = e.b[0] - e.a[0];
    const dy = e.b[1] - e.a[1];
    const len = Math.hypot(dx, dy);
    if (len < 1e-9) continue;
    const ux = dx / len;
    const uy = dy / len;
    // Door gaps as intervals along the wall axis, then the solid pieces between them.
    const gaps = doors
      .filter((d) => {
        if (d.wallId) return d.wallId === e.id;
        // Unattached doors count when they sit on the wall's axis, as the raster treats them.
        const off = Math.abs((d.position[0] - e.a[0]) * uy - (d.position[1] - e.a[1]) * ux);
        const t = (d.position[0] - e.a[0]) * ux + (d.position[1] - e.a[1]) * uy;
        return off <= e.thickness / 2 + 0.3 && t >= 0 && t <= len;
      })
      .map((d) => {
        const t = (d.position[0] - e.a[0]) * ux + (d.position[1] - e.a[1]) * uy;
        return [t - d.width / 2, t + d.width / 2] as const;
      })
      .sort((p, q) => p[0] - q[0]);
    let t0 = -e.thickness / 2;
    const pieces: [number, number][] = [];
    for (const [g0, g1] of gaps) {
      if (g0 > t0) pieces.push([t0, g0]);
      t0 = Math.max(t0, g1);
    }
    if (len + e.thickness / 2 > t0) pieces.push([t0, len + e.thickness / 2]);
    const deg = (Math.atan2(dy, dx) * 180) / Math.PI;
    for (const [s0, s1] of pieces) {
      const m = (s0 + s1) / 2;
      blocked.push(rectPolygon(e.a[0] + ux * m, e.a[1] + uy * m, s1 - s0, e.thickness, deg));
    }
  }
  return { blocked, bounds };
}

/** Whether an audience may stand on cell i (staff may also walk staff-only zones). */
export function isWalkable(g: FloorGrid, i: number, audience: 'public' | 'staff'): boolean {
  return g.free[i] === 1 && (audience === 'staff' || g.staff[i] === 0);
}
