/**
 * Window: like a door, it follows the nearest wall within 1.5 m and sits in it, along its direction, kept whole
 * inside the wall; its place along the wall snaps to the grid step, and it refuses to overlap a door or another
 * window in the same wall. A window in the building's outer wall (one side outside the floor outline, or outside
 * the loop the walls close when there is no outline) is an exterior window (外窗), else an interior one (内窗).
 */
import type { Floor } from '../../core/document';
import { KINDS, kindOf } from '../../core/kinds/registry';
import { largestWallLoop } from '../../core/geometry/wall-loops';
import { pointInPolygon } from '../../core/geometry/polygon';
import { dist, type Vec2 } from '../../core/geometry/vec';
import { gridAlong, nearestWall } from '../snapping';
import type { PlanPointerEvent } from '../types';
import { insideWall } from './door';
import { PlaceTool } from './place';

const REACH_M = 1.5;
const WIDTH_M = 1.5;

export class WindowTool extends PlaceTool {
  readonly id = 'window' as const;
  protected label = '放置窗 / Place window';
  protected override at(e: PlanPointerEvent): Vec2 {
    return e.point;
  }
  protected make(p: Vec2, id: string) {
    const floor = this.editor.floor;
    const w = nearestWall(floor, p, REACH_M);
    if (!w) return undefined;
    const grid = this.editor.grid;
    // On the grid along the wall, as doors are (a click is never exactly where a drawing's module puts a window).
    const on = grid.snap ? gridAlong(w.point, w.a, w.b, grid.size) : w.point;
    const position = insideWall(on, w.a, w.b, WIDTH_M);
    return KINDS.window.create({ id, wallId: w.wallId, position: [mm(position[0]), mm(position[1])], rotation: w.angle, width: WIDTH_M, exterior: inOuterWall(floor, w.wallId) });
  }
  override pointerDown(e: PlanPointerEvent): void {
    const el = this.make(e.point, 'probe');
    if (!el) {
      this.editor.fail({ zh: '窗需放在墙上：请在墙附近点击', en: 'Windows go in walls: click near a wall' });
      return;
    }
    const clash = overlapping(this.editor.floor, el);
    if (clash) {
      this.editor.fail({ zh: `窗与同一面墙上的${clash.zh}重叠`, en: `The window overlaps a ${clash.en} in the same wall` });
      return;
    }
    super.pointerDown(e);
  }
}

const mm = (v: number) => Math.round(v * 1000) / 1000 + 0;

/** What else the same wall hosts (a door, another window) whose span along the wall meets the new window's, by its kind's name. */
function overlapping(floor: Floor, win: { wallId?: string; position: Vec2; width: number }): { zh: string; en: string } | undefined {
  const wall = floor.elements.find((e) => e.id === win.wallId);
  if (wall?.kind !== 'wall') return undefined;
  const len = dist(wall.a, wall.b);
  if (!(len > 0)) return undefined;
  const along = (p: Vec2) => ((p[0] - wall.a[0]) * (wall.b[0] - wall.a[0]) + (p[1] - wall.a[1]) * (wall.b[1] - wall.a[1])) / len;
  const at = along(win.position);
  for (const e of floor.elements) {
    const k = kindOf(e);
    const hosted = k.refs?.some((r) => r.host && (e as unknown as Record<string, unknown>)[r.key] === wall.id);
    const fp = hosted ? k.footprint(e) : null;
    if (!fp) continue;
    const span = fp.map(along);
    if (Math.min(...span) < at + win.width / 2 - 1e-6 && Math.max(...span) > at - win.width / 2 + 1e-6) return { zh: k.label.zh, en: k.label.en.toLowerCase() };
  }
  return undefined;
}

/** One side of the wall outside the floor: the outline, else the loop the floor's walls close. */
function inOuterWall(floor: Floor, wallId: string): boolean {
  const wall = floor.elements.find((e) => e.id === wallId);
  if (wall?.kind !== 'wall') return true;
  const ring = floor.outline ?? largestWallLoop(floor.elements.filter((e) => e.kind === 'wall'));
  if (!ring) return true;
  const len = dist(wall.a, wall.b);
  if (!(len > 0)) return true;
  const mid: Vec2 = [(wall.a[0] + wall.b[0]) / 2, (wall.a[1] + wall.b[1]) / 2];
  const k = wall.thickness / 2 + 0.3;
  const n: Vec2 = [(-(wall.b[1] - wall.a[1]) / len) * k, ((wall.b[0] - wall.a[0]) / len) * k];
  return !pointInPolygon([mid[0] + n[0], mid[1] + n[1]], ring) || !pointInPolygon([mid[0] - n[0], mid[1] - n[1]], ring);
}
