/**
 * Counter row: drag to lay out a row of windows side by side, numbered on from the hall's last number,
 * as one undo step. Citizens stand on the left of the drag direction (drag east → they face north) unless
 * flipped with X or Space; the citizen side and the one-metre strip are drawn while dragging, and a row
 * whose citizen side runs into a wall or an obstacle is flagged at once.
 */
import { addElements } from '../../core/commands';
import { KINDS, type ElementOf } from '../../core/kinds/registry';
import { dist, type Vec2 } from '../../core/geometry/vec';
import type { Guide, PlanPointerEvent } from '../types';
import { counterFront } from '../../core/kinds/counter';
import { blockedFronts } from '../counter-front';
import type { Editor } from '../editor';
import type { Tool } from './tool';

/** To the millimetre: the saved hall reads 4.2, not 4.199999999999999 (the file is meant to be diffed and reviewed). */
const mm = (v: number) => Math.round(v * 1000) / 1000 + 0;

export class CounterRowTool implements Tool {
  readonly id = 'counter-row' as const;
  private start?: Vec2;
  private last?: Vec2;
  /** Citizens on the right of the drag direction instead of the left. */
  flipped = false;
  constructor(private readonly editor: Editor) {}

  get state(): string {
    return this.start ? 'dragging' : 'idle';
  }

  exit(): void {
    this.start = undefined;
    this.last = undefined;
    this.editor.setOverlay({});
  }

  /** The counters a drag from `a` to `b` lays out. */
  layout(a: Vec2, b: Vec2, idFor: (i: number) => string): ElementOf<'counter'>[] {
    const ed = this.editor;
    const width = 0.9;
    const pitch = width + (ed.toolOptions.counterGap ?? 0.3);
    const len = dist(a, b);
    const n = Math.max(1, Math.floor((len + 1e-9) / pitch) + 1);
    const dir: Vec2 = len > 1e-9 ? [(b[0] - a[0]) / len, (b[1] - a[1]) / len] : [1, 0];
    const rotation = ((((Math.atan2(dir[1], dir[0]) * 180) / Math.PI + (this.flipped ? 180 : 0)) % 360) + 360) % 360;
    const first = ed.nextCounterNumberValue();
    const out: ElementOf<'counter'>[] = [];
    for (let i = 0; i < n; i++) {
      out.push(
        KINDS.counter.create({
          id: idFor(i),
          type: ed.toolOptions.counterType ?? 'general-intake',
          number: String(first + i).padStart(2, '0'),
          position: [mm(a[0] + dir[0] * pitch * i), mm(a[1] + dir[1] * pitch * i)],
          rotation,
          top: { width, depth: 0.6, height: 0.75 },
        }),
      );
    }
    return out;
  }

  pointerDown(e: PlanPointerEvent): void {
    this.start = this.editor.snap(e.point, { disabled: e.alt }).point;
  }

  pointerMove(e: PlanPointerEvent): void {
    this.editor.setCursor(e.point);
    const snap = this.editor.snap(e.point, { disabled: e.alt });
    if (!this.start) {
      this.editor.setOverlay({ guides: snap.guides });
      return;
    }
    this.last = snap.point;
    this.preview(snap.guides);
  }

  private preview(guides: Guide[] = []): void {
    if (!this.start || !this.last) return;
    const ghosts = this.layout(this.start, this.last, (i) => `ghost-${i}`);
    const blocked = blockedFronts(this.editor.floor, ghosts);
    // an arrow from each desk towards its citizens: the row's front at a glance
    const arrows: Guide[] = ghosts.flatMap((c) => {
      const f = counterFront(c);
      const m: Vec2 = [(f.a[0] + f.b[0]) / 2, (f.a[1] + f.b[1]) / 2];
      const tip: Vec2 = [m[0] + f.normal[0] * 0.8, m[1] + f.normal[1] * 0.8];
      const side = (s: number): Vec2 => [tip[0] - f.normal[0] * 0.25 + f.normal[1] * 0.15 * s, tip[1] - f.normal[1] * 0.25 - f.normal[0] * 0.15 * s];
      return [
        { a: m, b: tip, kind: 'front' as const },
        { a: tip, b: side(1), kind: 'front' as const },
        { a: tip, b: side(-1), kind: 'front' as const },
      ];
    });
    const n = ghosts.length;
    const hint = blocked.length
      ? {
          zh: `${n} 个窗口 · 市民侧被墙或障碍物挡住（${blocked.length} 个）· X 翻转`,
          en: `${n} counters · citizen side blocked by a wall or obstacle (${blocked.length}) · X flips`,
        }
      : { zh: `${n} 个窗口 · 箭头指向市民侧 · X 翻转`, en: `${n} counters · arrows point to the citizen side · X flips` };
    this.editor.setOverlay({ ghosts, guides: [...guides, ...arrows], hint, blockedIds: blocked.map((c) => c.id) });
  }

  pointerUp(e: PlanPointerEvent): void {
    if (!this.start) return;
    const end = this.editor.snap(e.point, { disabled: e.alt }).point;
    const taken = new Set<string>();
    const counters = this.layout(this.start, end, () => {
      const id = this.editor.newId('counter', taken);
      taken.add(id);
      return id;
    });
    this.start = undefined;
    this.last = undefined;
    this.editor.setOverlay({});
    if (this.editor.execute(addElements(this.editor.floorId, counters, undefined, `添加一排窗口（${counters.length}）/ Add ${counters.length} counters`))) {
      this.editor.select(counters.map((c) => c.id));
      const blocked = blockedFronts(this.editor.floor, counters);
      if (blocked.length)
        this.editor.flag(
          blocked.map((c) => c.id),
          `窗口 ${blocked.map((c) => c.number).join('、')} 的市民侧紧贴墙或障碍物：选中后按 X 翻转`,
          `Counter ${blocked.map((c) => c.number).join(', ')}: the citizen side is against a wall or obstacle; select and press X to flip`,
        );
    }
  }

  private flipSelectedRow(): void {
    const ed = this.editor;
    const ids = new Set(ed.selection);
    const sel = ed.floor.elements.filter((el) => ids.has(el.id));
    if (sel.length > 0 && sel.length === ids.size && sel.every((el) => el.kind === 'counter')) ed.flipSelection();
  }

  key(e: { key: string; ctrl?: boolean; meta?: boolean }): boolean {
    if (e.key === 'Escape' && this.start) {
      this.exit();
      return true;
    }
    if (!e.ctrl && !e.meta && (e.key === 'x' || e.key === 'X' || e.key === ' ')) {
      this.flipped = !this.flipped;
      this.preview();
      // Between drags the row just laid out is still selected: X turns it round too (what its hint and flag
      // promise), and the next row follows the same side.
      if (!this.start) this.flipSelectedRow();
      return true;
    }
    return false;
  }
}
