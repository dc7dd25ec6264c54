/** Measure: click two points, read the distance; the document is never touched. */
import { dist, type Vec2 } from '../../core/geometry/vec';
import type { PlanPointerEvent } from '../types';
import type { Editor } from '../editor';
import type { Tool } from './tool';

export class MeasureTool implements Tool {
  readonly id = 'measure' as const;
  private a?: Vec2;
  private done = false;
  constructor(private readonly editor: Editor) {}

  get state(): string {
    return this.a ? (this.done ? 'shown' : 'measuring') : 'idle';
  }

  exit(): void {
    this.a = undefined;
    this.editor.setOverlay({});
  }

  pointerDown(e: PlanPointerEvent): void {
    const p = this.editor.snap(e.point, { disabled: e.alt }).point;
    if (!this.a || this.done) {
      this.a = p;
      this.done = false;
      this.editor.setOverlay({ measure: { a: p, b: p, length: 0 } });
    } else {
      this.done = true;
      this.editor.setOverlay({ measure: { a: this.a, b: p, length: dist(this.a, p), done: true } });
    }
  }

  pointerMove(e: PlanPointerEvent): void {
    this.editor.setCursor(e.point);
    if (!this.a || this.done) return;
    const snap = this.editor.snap(e.point, { disabled: e.alt });
    this.editor.setOverlay({ measure: { a: this.a, b: snap.point, length: dist(this.a, snap.point) }, guides: snap.guides });
  }

  key(e: { key: string }): boolean {
    if (e.key === 'Escape' && this.a) {
      this.exit();
      return true;
    }
    return false;
  }
}
