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

/** The box a request to frame some elements (and points) shows: theirs, at least ~16 m across so a single counter is seen with its neighbours and its 1-metre line. */
export function framedBox(boxes: readonly Extent[], points: readonly Vec2[]): Extent | undefined {
  const pts: Vec2[] = [...points];
  for (const b of boxes) pts.push([b.minX, b.minY], [b.maxX, b.maxY]);
  if (!pts.length) return undefined;
  const b = bbox(pts);
  const padX = Math.max(4, (16 - (b.maxX - b.minX)) / 2);
  const padY = Math.max(4, (16 - (b.maxY - b.minY)) / 2);
  return { minX: b.minX - padX, minY: b.minY - padY, maxX: b.maxX + padX, maxY: b.maxY + padY };
}
