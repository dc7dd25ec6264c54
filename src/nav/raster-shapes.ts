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
  }
  return s;
}

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
export function passageStrip(e: object, p: Passage): Polygon {
  let s = passageStrips.get(e);
  if (!s) passageStrips.set(e, (s = Object.freeze(rectPolygon(p.at[0], p.at[1], Math.max(p.width - 0.05, 0.3), 1.1, p.rotation)) as Polygon));
  return s;
}
