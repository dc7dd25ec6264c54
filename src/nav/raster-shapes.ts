/** The shapes elements put into the walking raster: widened walls, line-like blockers as bands, door strips. */
import type { Floor } from '../core/document';
import { kindOf } from '../core/kinds/registry';
import { rectPolygon, type Polygon } from '../core/geometry/polygon';
import type { Passage } from '../core/kinds/roles';

/** A wall at its real length and thickness (the raster's own shape is widened to block a whole cell). */
const trueWalls = new WeakMap<object, Polygon>();
export function trueWall(e: Extract<Floor['elements'][number], { kind: 'wall' }>): Polygon {
  let s = trueWalls.get(e);
  if (!s) {
    const dx = e.b[0] - e.a[0];
    const dy = e.b[1] - e.a[1];
    trueWalls.set(
      e,
      (s = Object.freeze(rectPolygon((e.a[0] + e.b[0]) / 2, (e.a[1] + e.b[1]) / 2, Math.hypot(dx, dy), e.thickness, (Math.atan2(dy, dx) * 180) / Math.PI)) as Polygon),
    );
    wallSolids.add(s);
  }
  return s;
}
/**
 * The true shapes of walls. The raster's wall is at least a cell thick around the true one, so no step between two
 * free cells crosses a wall (raster-cuts.ts leaves walls out).
 */
const wallSolids = new WeakSet<Polygon>();
export const isWallSolid = (p: Polygon): boolean => wallSolids.has(p);

/**
 * How far the raster's wall reaches past a wall's end, at most (two centimetres): slits at the walking minimum
 * (0.55 m) keep more than a cell (0.5 m) of their width, so a cell centre falls in any that runs along a raster axis.
 */
const END_REACH_M = 0.02;

/** Polygons grown by `d` metres around their bbox-aligned shape is too coarse; walls are thin, so widen them instead. */
const wallShapes = new WeakMap<object, Polygon>();
function blockerFootprint(e: Floor['elements'][number]): Polygon | null {
  if (e.kind === 'wall') {
    const hit = wallShapes.get(e);
    if (hit) return hit;
    const dx = e.b[0] - e.a[0];
    const dy = e.b[1] - e.a[1];
    const len = Math.hypot(dx, dy);
    // Thin walls still block a 0.5 m raster: at least one cell wide. Past its ends a wall reaches only far enough
    // to close a joint drawn a hair short: reaching half its thickness there shut a slit wide enough to walk
    // through wherever no cell centre was left in what remained of it.
    const shape = Object.freeze(
      rectPolygon((e.a[0] + e.b[0]) / 2, (e.a[1] + e.b[1]) / 2, len + 2 * Math.min(e.thickness / 2, END_REACH_M), Math.max(e.thickness, 0.5), (Math.atan2(dy, dx) * 180) / Math.PI),
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
export function blockerShapes(e: Floor['elements'][number]): readonly Polygon[] {
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

/** The strip a passage (a door) cuts through its wall: its width, deep enough to cross the widened wall. Per element. */
const passageStrips = new WeakMap<object, Polygon>();
const stripWidth = (p: Passage) => Math.max(p.width - 0.05, 0.3);
export function passageStrip(e: object, p: Passage): Polygon {
  let s = passageStrips.get(e);
  if (!s) passageStrips.set(e, (s = Object.freeze(rectPolygon(p.at[0], p.at[1], stripWidth(p), STRIP_DEPTH_M, p.rotation)) as Polygon));
  return s;
}
const STRIP_DEPTH_M = 1.1;

/**
 * The cells a door opens in the raster: its strip, and in a wall at an angle to the raster at least as wide as a
 * chain of cells stepping along the axes across the wall needs (a cell times |cos| + |sin| of the angle, up to
 * 0.71 m at 45°). A 0.6 m door at 35° left two cells touching only at a corner, a step no search takes: shut to
 * walkers. The door's clear width still decides who passes (doorWidth); exact widths read `passageStrip`.
 */
const doorCellStrips = new WeakMap<object, Polygon>();
export function doorCells(e: object, p: Passage): Polygon {
  let s = doorCellStrips.get(e);
  if (!s) {
    const r = (p.rotation * Math.PI) / 180;
    const c = Math.abs(Math.cos(r));
    const n = Math.abs(Math.sin(r));
    const chain = RASTER_CELL_M * (c + n);
    s = c < AXIS_EPS || n < AXIS_EPS || stripWidth(p) >= chain ? passageStrip(e, p) : (Object.freeze(rectPolygon(p.at[0], p.at[1], chain, STRIP_DEPTH_M, p.rotation)) as Polygon);
    doorCellStrips.set(e, s);
  }
  return s;
}
/** The walking raster's cell (grid.ts rasterizes at 0.5 m). */
const RASTER_CELL_M = 0.5;
/** A door this close to a raster axis (a nanoradian: the rounding of a right angle's cosine) stands along it. */
const AXIS_EPS = 1e-9;
