/** The plan extent a view frames for a floor: its outline, else the boxes of its elements, with its underlay; else a 20 m square. */
import type { Underlay } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { bbox } from '../../core/geometry/polygon';
import { elementBBox } from '../../editor/hit-test';

export type Extent = ReturnType<typeof bbox>;

const DEFAULT: Extent = { minX: 0, minY: 0, maxX: 20, maxY: 20 };

/**
 * The corners of a visible underlay on the plan (pixel (0, 0) at `position`, x along `rotation`, image y
 * pointing down, as UnderlayImage draws it): the plan being traced is part of what zoom to fit shows.
 */
function underlayCorners(u: Underlay | undefined): Vec2[] {
  if (!u || u.visible === false) return [];
  const r = (u.rotation * Math.PI) / 180;
  const w = u.widthPx * u.metresPerPixel;
  const h = u.heightPx * u.metresPerPixel;
  const [x, y] = u.position;
  const along: Vec2 = [Math.cos(r), Math.sin(r)];
  const down: Vec2 = [Math.sin(r), -Math.cos(r)];
  return [
    [x, y],
    [x + w * along[0], y + w * along[1]],
    [x + h * down[0], y + h * down[1]],
    [x + w * along[0] + h * down[0], y + w * along[1] + h * down[1]],
  ];
}

export function floorExtent(floor: { outline?: Vec2[]; elements: Parameters<typeof elementBBox>[0][]; underlay?: Underlay } | undefined): Extent {
  if (!floor) return DEFAULT;
  const pts: Vec2[] = underlayCorners(floor.underlay);
  if (floor.outline) pts.push(...floor.outline);
  else
    for (const e of floor.elements) {
      const b = elementBBox(e);
      if (Number.isFinite(b.minX)) pts.push([b.minX, b.minY], [b.maxX, b.maxY]);
    }
  return pts.length ? bbox(pts) : DEFAULT;
}

/**
 * The box a request to frame some elements (and points) shows: theirs with room around, at least `span` across so
 * a single counter is seen with its neighbours and its 1-metre line — 16 m, or half the floor's larger side on a
 * small floor, so that framing a door of a 12 m house still zooms in on it (Solibri's minimum zoom).
 */
export function framedBox(boxes: readonly Extent[], points: readonly Vec2[], floor?: Extent): Extent | undefined {
  const pts: Vec2[] = [...points];
  for (const b of boxes) pts.push([b.minX, b.minY], [b.maxX, b.maxY]);
  if (!pts.length) return undefined;
  const b = bbox(pts);
  const span = floor ? Math.min(16, Math.max(4, Math.max(floor.maxX - floor.minX, floor.maxY - floor.minY) / 2)) : 16;
  const padX = Math.max(span / 4, (span - (b.maxX - b.minX)) / 2);
  const padY = Math.max(span / 4, (span - (b.maxY - b.minY)) / 2);
  return { minX: b.minX - padX, minY: b.minY - padY, maxX: b.maxX + padX, maxY: b.maxY + padY };
}
