/**
 * The generic placing tool a kind's declared tool runs (`place` in src/core/kinds/roles.ts): a click places at the
 * snapped point (`point`); a click near a wall sets it into the wall (`on-wall`: at a grid step along it, kept whole
 * inside it; its preview follows the pointer on the wall and the hint by the cursor says what a click does, or why it
 * cannot: no wall in reach, the wall too short, an overlap with what the wall holds); two clicks place a piece from
 * the first to the second (`segment`), the second following the snapped pointer as a ghost, Escape dropping the
 * first. Each placement is one undo step and is selected.
 */
import { addElements } from '../../core/commands';
import type { HallElement } from '../../core/kinds/registry';
import { kindOf } from '../../core/kinds/registry';
import type { OnWall, Placing } from '../../core/kinds/roles';
import { dist, type Vec2 } from '../../core/geometry/vec';
import type { Term } from '../../core/vocab';
import type { Editor } from '../editor';
import type { EditorKeyEvent, PlanPointerEvent } from '../types';
import { slotClash, wallSlot } from '../wall-slot';
import type { Tool } from './tool';

/** What a click on a wall would do: the element it sets in, or why it cannot (`ghost` then drawn as refused). */
type WallPlacing = { el: HallElement; refused?: Term } | { el?: undefined; refused: Term };

export class KindPlaceTool implements Tool {
  private first?: Vec2;
  constructor(
    private readonly editor: Editor,
    readonly id: string,
    private readonly place: Placing<HallElement>,
    private readonly label: string,
    private readonly name: Term,
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

  /** Into the wall nearest `e`: made once to learn its width, then put at its slot (grid step, whole inside the wall). */
  private onWall(e: PlanPointerEvent, make: (on: OnWall, id: string) => HallElement, id: string): WallPlacing {
    const ed = this.editor;
    const first = wallSlot(ed.floor, e.point, 0);
    if (!first) return { refused: { zh: `${this.name.zh}需放在墙上：请在墙附近点击`, en: `A ${this.name.en.toLowerCase()} goes in a wall: click near a wall` } };
    const probe = make(first, id);
    const width = kindOf(probe).inWall?.width(probe) ?? 0;
    const grid = ed.grid.snap && !e.alt ? ed.grid.size : undefined;
    const on = wallSlot(ed.floor, e.point, width, { grid }) ?? first;
    const el = make(on, id);
    const clash = slotClash(ed.floor, on, width);
    return clash ? { el, refused: clash } : { el };
  }

  /** The element the pointer at `e` would place (`id` 'ghost' while only shown), or why not. */
  private make(e: PlanPointerEvent, id: string): WallPlacing | { el: HallElement | undefined; refused?: undefined } {
    const opts = this.editor.toolOptions;
    const pl = this.place;
    if (pl.gesture === 'point') return { el: pl.make(this.snapped(e), id, opts) };
    if (pl.gesture === 'on-wall') return this.onWall(e, (on, i) => pl.make(on, i, opts), id);
    const b = this.snapped(e);
    return { el: this.first && dist(this.first, b) > 1e-6 ? pl.make(this.first, b, id, opts) : undefined };
  }

  /** What the hint by the cursor says a click on a wall does, or why it cannot. */
  private wallHint({ el, refused }: { el?: HallElement; refused?: Term }): Term {
    const n = this.name;
    if (!refused) return { zh: `单击将${n.zh}放入此墙`, en: `Click to set the ${n.en.toLowerCase()} into this wall` };
    return el ? { zh: `不能放置：${refused.zh}`, en: `Cannot place here: ${refused.en}` } : refused;
  }

  pointerMove(e: PlanPointerEvent): void {
    this.editor.setCursor(e.point);
    const made = this.make(e, 'ghost');
    const el = made.el;
    if (this.place.gesture === 'on-wall') {
      // The slot in the wall is the feedback: the pointer's own snap marker would sit on it and mean nothing.
      this.editor.setOverlay({ ghosts: el ? [el] : [], guides: [], hint: this.wallHint(made), ...(el && made.refused ? { blockedIds: [el.id] } : {}) });
      return;
    }
    const snap = this.editor.snap(e.point, { disabled: e.alt });
    this.editor.setOverlay({ ghosts: el ? [el] : [], guides: snap.guides, snap: snap.kind ? { point: snap.point, kind: snap.kind } : undefined });
  }

  pointerDown(e: PlanPointerEvent): void {
    if (this.place.gesture === 'segment' && !this.first) {
      this.first = this.snapped(e);
      return;
    }
    const { el, refused } = this.make(e, this.editor.newId(this.id));
    if (refused) {
      const n = this.name;
      this.editor.fail(el ? { zh: `不能放置${n.zh}：${refused.zh}`, en: `Cannot place the ${n.en.toLowerCase()}: ${refused.en}` } : refused);
      return;
    }
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
