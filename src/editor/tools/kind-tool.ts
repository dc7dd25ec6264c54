/**
 * The generic placing tool a kind's declared tool runs (`place` in src/core/kinds/roles.ts): a click places at the
 * snapped point (`point`); a click near a wall places on its axis, along it (`on-wall`, refused away from walls);
 * two clicks place a piece from the first to the second (`segment`), the second following the snapped pointer as a
 * ghost, Escape dropping the first. Each placement is one undo step and is selected.
 */
import { addElements } from '../../core/commands';
import type { HallElement } from '../../core/kinds/registry';
import type { OnWall, Placing } from '../../core/kinds/roles';
import { dist, type Vec2 } from '../../core/geometry/vec';
import type { Editor } from '../editor';
import { nearestWall } from '../snapping';
import type { EditorKeyEvent, PlanPointerEvent } from '../types';
import type { Tool } from './tool';

/** How far from a wall a click still places on it, metres (as the door tool). */
const WALL_REACH_M = 1.5;

export class KindPlaceTool implements Tool {
  private first?: Vec2;
  constructor(
    private readonly editor: Editor,
    readonly id: string,
    private readonly place: Placing<HallElement>,
    private readonly label: string,
  ) {}

  get state(): string {
    return this.first ? 'second-point' : 'idle';
  }

  exit(): void {
    this.first = undefined;
    this.editor.setOverlay({});
  }

  private snapped(e: PlanPointerEvent): Vec2 {
    return this.editor.snap(e.point, { disabled: e.alt }).point;
  }

  private onWall(p: Vec2): OnWall | undefined {
    const w = nearestWall(this.editor.floor, p, WALL_REACH_M);
    return w && { wallId: w.wallId, at: w.point, angle: w.angle, a: w.a, b: w.b };
  }

  /** The element the pointer at `e` would place (`id` 'ghost' while only shown). */
  private make(e: PlanPointerEvent, id: string): HallElement | undefined {
    const opts = this.editor.toolOptions;
    const pl = this.place;
    if (pl.gesture === 'point') return pl.make(this.snapped(e), id, opts);
    if (pl.gesture === 'on-wall') {
      const on = this.onWall(e.point);
      return on && pl.make(on, id, opts);
    }
    const b = this.snapped(e);
    return this.first && dist(this.first, b) > 1e-6 ? pl.make(this.first, b, id, opts) : undefined;
  }

  pointerMove(e: PlanPointerEvent): void {
    this.editor.setCursor(e.point);
    const snap = this.editor.snap(e.point, { disabled: e.alt });
    const ghost = this.make(e, 'ghost');
    this.editor.setOverlay({ ghosts: ghost ? [ghost] : [], guides: snap.guides, snap: snap.kind ? { point: snap.point, kind: snap.kind } : undefined });
  }

  pointerDown(e: PlanPointerEvent): void {
    if (this.place.gesture === 'segment' && !this.first) {
      this.first = this.snapped(e);
      return;
    }
    if (this.place.gesture === 'on-wall' && !this.onWall(e.point)) {
      this.editor.fail({ zh: '需放在墙上：请在墙附近点击', en: 'This goes in a wall: click near a wall' });
      return;
    }
    const el = this.make(e, this.editor.newId(this.id));
    if (!el) return;
    this.first = undefined;
    if (this.editor.execute(addElements(this.editor.floorId, [el], undefined, this.label))) this.editor.select([el.id]);
  }

  key(e: EditorKeyEvent): boolean {
    if (e.key !== 'Escape' || !this.first) return false;
    this.exit();
    return true;
  }
}
