/** The plan extent a view frames for a floor: its outline, else the boxes of its elements, else a 20 m square. */
import type { Vec2 } from '../../core/geometry/vec';
import { bbox } from '../../core/geometry/polygon';
import { elementBBox } from '../../editor/hit-test';

export type Extent = ReturnType<typeof bbox>;

const DEFAULT: Extent = { minX: 0, minY: 0, maxX: 20, maxY: 20 };

export function floorExtent(floor: { outline?: Vec2[]; elements: Parameters<typeof elementBBox>[0][] } | undefined): Extent {
  if (!floor) return DEFAULT;
  if (floor.outline) return bbox(floor.outline);
  const pts: Vec2[] = [];
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
