/** Select tool: click, shift-toggle, marquee, drag-move (one undo step), vertex edit, rotate handle. */
import { replaceElements, rotateElements } from '../../core/commands';
import { type WallEnd, endsAtCorner, joinedEnds, moveKeepingJoins, replaceKeepingJoins } from '../../core/commands/wall-joins';
import { findElement } from '../../core/query';
import { isSimplePolygon } from '../../core/geometry/polygon';
import { dist, sub, type Vec2 } from '../../core/geometry/vec';
import { kindOf, type HallElement } from '../../core/kinds/registry';
import { boxSelect } from '../hit-test';
import { clearHover, cycleHover, hoverAt, hungOnAt, pickAt } from '../hover-cycle';
import type { PlanPointerEvent } from '../types';
import type { Editor } from '../editor';
import type { Tool } from './tool';
import { slideInWall, slidesInWall } from './slide-in-wall';

type State =
  | { name: 'idle' }
  | { name: 'pointing'; start: Vec2; hitId?: string; shift: boolean; again: boolean }
  | { name: 'moving'; start: Vec2; anchor: Vec2; applied: Vec2; joins: WallEnd[]; editing: Set<string>; slide?: string }
  | { name: 'marquee'; start: Vec2 }
  | { name: 'vertex'; elementId: string; index: number; joins: WallEnd[]; editing: Set<string> }
  | { name: 'rotating'; center: Vec2; startAngle: number; applied: number };

export class SelectTool implements Tool {
  readonly id = 'select' as const;
  private s: State = { name: 'idle' };
  constructor(private readonly editor: Editor) {}

  get state(): string {
    return this.s.name;
  }

  exit(): void {
    if (this.editor.history.inGesture) this.editor.history.cancelGesture();
    this.s = { name: 'idle' };
    this.editor.setOverlay({});
    clearHover(this.editor);
  }

  pointerDown(e: PlanPointerEvent): void {
    const ed = this.editor;
    const hitId = e.hitId ?? pickAt(ed, e.point);
    if (e.handle?.kind === 'vertex') {
      ed.history.beginGesture('编辑顶点 / Edit vertex');
      const { elementId, index } = e.handle;
      // a wall's corner dragged by one wall's end takes the other walls' ends at that corner along
      const joins = index === 0 || index === 1 ? endsAtCorner(ed.floor, elementId, index) : [];
      this.s = { name: 'vertex', elementId, index, joins, editing: new Set(joins.map((j) => j.wallId)) };
      return;
    }
    if (e.handle?.kind === 'rotate' && ed.selection.length) {
      const center = ed.selectionCenter();
      ed.history.beginGesture('旋转 / Rotate');
      this.s = { name: 'rotating', center, startAngle: angleOf(center, e.point), applied: 0 };
      return;
    }
    const again = !!hitId && ed.selection.length === 1 && ed.selection[0] === hitId;
    if (hitId && !e.shift && !ed.selection.includes(hitId)) ed.select([hitId]);
    this.s = { name: 'pointing', start: e.point, hitId, shift: !!e.shift, again };
  }

  pointerMove(e: PlanPointerEvent): void {
    const ed = this.editor;
    const s = this.s;
    ed.setCursor(e.point);
    if (s.name === 'idle') hoverAt(ed, e.point);
    else if (s.name === 'pointing') {
      if (dist(s.start, e.point) < ed.dragThreshold) return;
      const movable = ed.selection.filter((id) => !findElement(ed.doc, id)?.element.locked);
      if (s.hitId && !s.shift && movable.length) {
        const first = findElement(ed.doc, movable[0])!.element;
        ed.history.beginGesture('移动 / Move');
        const joins = joinedEnds(ed.floor, new Set(movable));
        const editing = new Set([...ed.selection, ...joins.map((j) => j.wallId)]);
        const slide = slidesInWall(ed, movable) ? movable[0] : undefined;
        this.s = { name: 'moving', start: s.start, anchor: kindOf(first).anchor(first), applied: [0, 0], joins, editing, slide };
      } else {
        this.s = { name: 'marquee', start: s.start };
      }
    }
    const t = this.s;
    if (t.name === 'moving' && t.slide) {
      const why = slideInWall(ed, t.slide, [t.anchor[0] + e.point[0] - t.start[0], t.anchor[1] + e.point[1] - t.start[1]], !!e.alt);
      ed.setOverlay(why ? { hint: { zh: `不能移到这里：${why.zh}`, en: `Cannot go here: ${why.en}` } } : {});
    } else if (t.name === 'moving') {
      const raw: Vec2 = [t.anchor[0] + e.point[0] - t.start[0], t.anchor[1] + e.point[1] - t.start[1]];
      // the walls that follow are being edited too: snapping to them would chase their last position
      const snap = ed.snap(raw, { exclude: t.editing, disabled: e.alt });
      const want = sub(snap.point, t.anchor);
      const step: Vec2 = [want[0] - t.applied[0], want[1] - t.applied[1]];
      if (step[0] !== 0 || step[1] !== 0) {
        const ids = ed.selection.filter((id) => !findElement(ed.doc, id)?.element.locked);
        if (ed.execute(moveKeepingJoins(ids, step, t.joins))) t.applied = want;
      }
      ed.setOverlay({ guides: snap.guides, snap: snap.kind ? { point: snap.point, kind: snap.kind } : undefined });
    } else if (t.name === 'marquee') {
      ed.setOverlay({ marquee: { a: t.start, b: e.point } });
    } else if (t.name === 'vertex') {
      this.dragVertex(t, e);
    } else if (t.name === 'rotating') {
      let deg = angleOf(t.center, e.point) - t.startAngle;
      if (!e.alt) deg = Math.round(deg / 15) * 15;
      const step = deg - t.applied;
      if (step !== 0 && ed.execute(rotateElements(ed.selection, step, t.center))) t.applied = deg;
      ed.setOverlay({ hint: { zh: `旋转 ${deg}°`, en: `Rotate ${deg}°` } });
    }
  }

  pointerUp(e: PlanPointerEvent): void {
    const ed = this.editor;
    const s = this.s;
    if (s.name === 'pointing') {
      if (s.hitId && s.shift) ed.select([s.hitId], 'toggle');
      else if (s.hitId) ed.select([(s.again && hungOnAt(ed, e.point, s.hitId)) || s.hitId]);
      else if (!s.shift) ed.select([]);
    } else if (s.name === 'marquee') {
      const ids = boxSelect({ elements: ed.standing }, s.start, e.point, e.point[0] < s.start[0]);
      ed.select(ids, s.name === 'marquee' && e.shift ? 'add' : 'replace');
    } else if (s.name === 'moving' || s.name === 'vertex' || s.name === 'rotating') {
      ed.history.endGesture();
    }
    this.s = { name: 'idle' };
    ed.setOverlay({});
  }

  key(e: { key: string; shift?: boolean }): boolean {
    if (e.key === 'Tab' && this.s.name === 'idle') return cycleHover(this.editor, !!e.shift);
    if (e.key === 'Escape' && this.s.name !== 'idle') {
      if (this.editor.history.inGesture) this.editor.history.cancelGesture();
      this.s = { name: 'idle' };
      this.editor.setOverlay({});
      return true;
    }
    return false;
  }

  private dragVertex(t: Extract<State, { name: 'vertex' }>, e: PlanPointerEvent): void {
    const ed = this.editor;
    const { elementId: id, index } = t;
    const el = findElement(ed.doc, id)?.element;
    if (!el) return;
    // what moves with the vertex never snaps it; the element's other corners and edges still do
    const snap = ed.snap(e.point, { exclude: t.editing, vertex: { element: id, index }, disabled: e.alt });
    const p = snap.point;
    const kind = kindOf(el);
    const next: HallElement | undefined = kind.moveVertex?.(el, index, p);
    if (!next) return;
    const outline = kind.footprint(next);
    if (outline && !isSimplePolygon(outline)) {
      ed.setOverlay({ hint: { zh: '多边形不能自相交', en: 'A polygon cannot cross itself' }, guides: snap.guides });
      return;
    }
    ed.execute(t.joins.length ? replaceKeepingJoins(next, p, t.joins, '编辑顶点 / Edit vertex') : replaceElements([next], '编辑顶点 / Edit vertex'));
    ed.setOverlay({ guides: snap.guides, snap: snap.kind ? { point: p, kind: snap.kind } : undefined });
  }
}

function angleOf(c: Vec2, p: Vec2): number {
  return (Math.atan2(p[1] - c[1], p[0] - c[0]) * 180) / Math.PI;
}
