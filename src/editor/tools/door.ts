import { KINDS } from '../../core/kinds/registry';
import { dist, type Vec2 } from '../../core/geometry/vec';
import { gridAlong, nearestWall } from '../snapping';
import type { PlanPointerEvent } from '../types';
import { PlaceTool } from './place';

/**
 * Door: follows the nearest wall within 1.5 m and sits in it, along its direction. It is kept whole
 * inside the wall (a door hanging past a wall end would leak the room in the nav graph).
 */
export class DoorTool extends PlaceTool {
  readonly id = 'door' as const;
  protected label = '放置门 / Place door';
  /** On the nearest wall at a grid step along it (Alt: where the pointer is), so saved positions are round. */
  protected override at(e: PlanPointerEvent): Vec2 {
    const g = this.editor.grid;
    const w = e.alt || !g.snap ? undefined : nearestWall(this.editor.floor, e.point, 1.5);
    return w ? gridAlong(w.point, w.a, w.b, g.size) : e.point;
  }
  protected make(p: Vec2, id: string) {
    const w = nearestWall(this.editor.floor, p, 1.5);
    if (!w) return undefined;
    const width = this.editor.toolOptions.doorWidth ?? 1.0;
    return KINDS.opening.create({
      id,
      wallId: w.wallId,
      position: insideWall(w.point, w.a, w.b, width),
      rotation: w.angle,
      width,
      entrance: this.editor.toolOptions.entrance ?? 'none',
    });
  }
  override pointerDown(e: PlanPointerEvent): void {
    if (!nearestWall(this.editor.floor, e.point, 1.5)) {
      this.editor.fail({ zh: '门需放在墙上：请在墙附近点击', en: 'Doors go in walls: click near a wall' });
      return;
    }
    super.pointerDown(e);
  }
  protected override prefix(): string {
    return 'door';
  }
}

/** Slide `p` along a→b so that a door of `width` centred on it stays within the segment (`p` itself when it does). */
function insideWall(p: Vec2, a: Vec2, b: Vec2, width: number): Vec2 {
  const len = dist(a, b);
  if (len <= width) return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const d = dist(a, p);
  if (d >= width / 2 && d <= len - width / 2) return p;
  const t = Math.min(Math.max(d, width / 2), len - width / 2) / len;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}
