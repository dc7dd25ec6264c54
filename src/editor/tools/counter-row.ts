/**
 * Counter row: drag to lay out a row of windows side by side, numbered on from the hall's last number,
 * as one undo step. Citizens stand on the open side of the row, where they have the more free depth (a row drawn
 * along a wall faces away from it; in open floor they stand on the left of the drag direction: drag east → they
 * face north), unless flipped with X or Space; the citizen side and the one-metre strip are drawn while dragging,
 * and a row whose citizen side runs into a wall or an obstacle is flagged at once.
 */
import { addElements } from '../../core/commands';
import { KINDS, type ElementOf } from '../../core/kinds/registry';
import { dist, type Vec2 } from '../../core/geometry/vec';
import type { Guide, PlanPointerEvent } from '../types';
import { counterFront } from '../../core/kinds/counter';
import { blockedFronts, facesAwayFromOpenSide } from '../counter-front';
import { numberPlate } from '../counter-plates';
import type { Editor } from '../editor';
import type { Tool } from './tool';

/** To the millimetre: the saved hall reads 4.2, not 4.199999999999999 (the file is meant to be diffed and reviewed). */
const mm = (v: number) => Math.round(v * 1000) / 1000 + 0;

export class CounterRowTool implements Tool {
  readonly id = 'counter-row' as const;
  private start?: Vec2;
  private last?: Vec2;
  /** Citizens on the other side than the open one. */
  flipped = false;
  /** A number plate (a counter sign aimed at it) laid out with each counter; B (标牌) switches it. */
  plates = true;
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
    const first = ed.nextCounterNumberValue();
    const ids = Array.from({ length: n }, (_, i) => idFor(i));
    const row = (turn: number): ElementOf<'counter'>[] => {
      const rotation = ((((Math.atan2(dir[1], dir[0]) * 180) / Math.PI + turn) % 360) + 360) % 360;
      return Array.from({ length: n }, (_, i) =>
        KINDS.counter.create({
          id: ids[i],
          type: ed.toolOptions.counterType ?? 'general-intake',
          number: String(first + i).padStart(2, '0'),
          position: [mm(a[0] + dir[0] * pitch * i), mm(a[1] + dir[1] * pitch * i)],
          rotation,
          top: { width, depth: 0.6, height: 0.75 },
        }),
      );
    };
    const left = row(0);
    const open = facesAwayFromOpenSide(ed.floor, left) ? row(180) : left;
    return this.flipped ? row(open === left ? 180 : 0) : open;
  }

  pointerDown(e: PlanPointerEvent): void {
    this.start = this.editor.snap(e.point, { disabled: e.alt }).point;
  }

  pointerMove(e: PlanPointerEvent): void {
    this.editor.setCursor(e.point);
    const snap = this.editor.snap(e.point, { disabled: e.alt });
    if (this.start) this.last = snap.point;
    this.preview(snap.guides);
  }

  /** What the status bar says of the plates, and how to switch them. */
  private platesHint(): { zh: string; en: string } {
    return this.plates ? { zh: '带窗口标牌（B 关闭）', en: 'with number plates (B: off)' } : { zh: '不带窗口标牌（B 开启）', en: 'no number plates (B: on)' };
  }

  private preview(guides: Guide[] = []): void {
    const p = this.platesHint();
    if (!this.start || !this.last) {
      this.editor.setOverlay({ guides, hint: { zh: `拖动布置一排窗口 · ${p.zh}`, en: `Drag to lay out a row of counters · ${p.en}` } });
      return;
    }
    const ghosts = this.layout(this.start, this.last, (i) => `ghost-${i}`);
    const plates = this.plates ? ghosts.map((c, i) => numberPlate(c, `ghost-plate-${i}`, this.editor.doc.meta.preset)) : [];
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
          zh: `${n} 个窗口 · 市民侧进深不足 1.5 米（墙或障碍物，${blocked.length} 个）· X 翻转 · ${p.zh}`,
          en: `${n} counters · less than 1.5 m in front of ${blocked.length} (wall or obstacle) · X flips · ${p.en}`,
        }
      : { zh: `${n} 个窗口 · 箭头指向市民侧（朝向开阔一侧）· X 翻转 · ${p.zh}`, en: `${n} counters · arrows point to the citizen side (the open side) · X flips · ${p.en}` };
    this.editor.setOverlay({ ghosts: [...ghosts, ...plates], guides: [...guides, ...arrows], hint, blockedIds: blocked.map((c) => c.id) });
  }

  pointerUp(e: PlanPointerEvent): void {
    if (!this.start) return;
    const ed = this.editor;
    const end = ed.snap(e.point, { disabled: e.alt }).point;
    const taken = new Set<string>();
    const fresh = (prefix: string) => {
      const id = ed.newId(prefix, taken);
      taken.add(id);
      return id;
    };
    const counters = this.layout(this.start, end, () => fresh('counter'));
    const plates = this.plates ? counters.map((c) => numberPlate(c, fresh('sign'), ed.doc.meta.preset)) : [];
    this.start = undefined;
    this.last = undefined;
    // Each row starts from its own open side.
    this.flipped = false;
    ed.setOverlay({});
    const label = plates.length
      ? `添加一排窗口（${counters.length}，带窗口标牌）/ Add ${counters.length} counters with number plates`
      : `添加一排窗口（${counters.length}）/ Add ${counters.length} counters`;
    if (ed.execute(addElements(ed.floorId, [...counters, ...plates], undefined, label))) {
      ed.select(counters.map((c) => c.id));
      const blocked = blockedFronts(ed.floor, counters);
      if (blocked.length)
        ed.flag(
          blocked.map((c) => c.id),
          `窗口 ${blocked.map((c) => c.number).join('、')} 的市民侧进深不足 1.5 米（墙或障碍物）：选中后按 X 翻转`,
          `Counter ${blocked.map((c) => c.number).join(', ')}: less than 1.5 m in front of the citizen side (wall or obstacle); select and press X to flip`,
        );
    }
  }

  /**
   * Turns the selected counters round, with the plates hanging at their fronts, one undo step; false when the
   * selection is not counters only.
   */
  private flipSelectedRow(): boolean {
    const ed = this.editor;
    const ids = new Set(ed.selection);
    const sel = ed.floor.elements.filter((el) => ids.has(el.id));
    if (!(sel.length > 0 && sel.length === ids.size && sel.every((el) => el.kind === 'counter'))) return false;
    // Flipping turns counters round with the plates hung on them (selection-commands' flip).
    return ed.flipSelection();
  }

  key(e: { key: string; ctrl?: boolean; meta?: boolean }): boolean {
    if (e.key === 'Escape' && this.start) {
      this.exit();
      return true;
    }
    if (!e.ctrl && !e.meta && (e.key === 'x' || e.key === 'X' || e.key === ' ')) {
      // Between drags the row just laid out is still selected: X turns it round (what its hint and flag promise).
      // Otherwise X turns the row being dragged, or the next one, away from the open side.
      if (this.start || !this.flipSelectedRow()) {
        this.flipped = !this.flipped;
        this.preview();
      }
      return true;
    }
    if (!e.ctrl && !e.meta && (e.key === 'b' || e.key === 'B')) {
      this.plates = !this.plates;
      this.preview();
      return true;
    }
    return false;
  }
}
