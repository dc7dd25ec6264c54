/**
 * Counter row: drag to lay out a row of windows side by side, numbered on from the hall's last number,
 * as one undo step. Citizens stand on the left of the drag direction (drag east → they face north).
 */
import { addElements } from '../../core/commands';
import { KINDS, type ElementOf } from '../../core/kinds/registry';
import { dist, type Vec2 } from '../../core/geometry/vec';
import type { PlanPointerEvent } from '../types';
import type { Editor } from '../editor';
import type { Tool } from './tool';

export class CounterRowTool implements Tool {
  readonly id = 'counter-row' as const;
  private start?: Vec2;
  constructor(private readonly editor: Editor) {}

  get state(): string {
    return this.start ? 'dragging' : 'idle';
  }

  exit(): void {
    this.start = undefined;
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
    const rotation = (Math.atan2(dir[1], dir[0]) * 180) / Math.PI;
    const first = ed.nextCounterNumberValue();
    const out: ElementOf<'counter'>[] = [];
    for (let i = 0; i < n; i++) {
      out.push(
        KINDS.counter.create({
          id: idFor(i),
          type: ed.toolOptions.counterType ?? 'general-intake',
          number: String(first + i).padStart(2, '0'),
          position: [a[0] + dir[0] * pitch * i, a[1] + dir[1] * pitch * i],
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
    const ghosts = this.layout(this.start, snap.point, (i) => `ghost-${i}`);
    this.editor.setOverlay({ ghosts, guides: snap.guides, hint: { zh: `${ghosts.length} 个窗口`, en: `${ghosts.length} counters` } });
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
    this.editor.setOverlay({});
    if (this.editor.execute(addElements(this.editor.floorId, counters, undefined, `添加一排窗口（${counters.length}）/ Add ${counters.length} counters`))) {
      this.editor.select(counters.map((c) => c.id));
    }
  }

  key(e: { key: string }): boolean {
    if (e.key === 'Escape' && this.start) {
      this.exit();
      return true;
    }
    return false;
  }
}
