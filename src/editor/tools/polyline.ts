/**
 * Shared click-by-click polyline input for walls, polygon zones and routes: each click adds a snapped
 * point; double-click or Enter finishes; Escape abandons; Backspace removes the last point.
 */
import { dist, type Vec2 } from '../../core/geometry/vec';
import type { EditorKeyEvent, PlanPointerEvent, ToolId } from '../types';
import type { Editor } from '../editor';
import type { Tool } from './tool';

export abstract class PolylineTool implements Tool {
  abstract readonly id: ToolId;
  protected points: Vec2[] = [];
  private hover?: Vec2;
  constructor(protected readonly editor: Editor) {}

  get state(): string {
    return this.points.length ? 'drawing' : 'idle';
  }

  /** Called with the points when the user finishes; return false to keep drawing (e.g. invalid shape). */
  protected abstract finish(points: Vec2[]): boolean;
  /** Called after each added point (walls commit segment by segment). */
  protected added(_points: Vec2[]): void {}
  protected closesOnFirstPoint = false;
  protected minPoints = 2;

  exit(): void {
    this.points = [];
    this.editor.setOverlay({});
  }

  pointerDown(e: PlanPointerEvent): void {
    const p = this.editor.snap(e.point, { disabled: e.alt }).point;
    if (this.closesOnFirstPoint && this.points.length >= 3 && dist(p, this.points[0]) <= this.editor.snapTolerance) {
      this.complete();
      return;
    }
    const last = this.points[this.points.length - 1];
    if (last && dist(last, p) < 1e-6) {
      if (e.double) this.complete();
      return;
    }
    this.points.push(p);
    this.added(this.points);
    if (e.double) this.complete();
    else this.preview();
  }

  pointerMove(e: PlanPointerEvent): void {
    this.editor.setCursor(e.point);
    const snap = this.editor.snap(e.point, { disabled: e.alt });
    this.hover = snap.point;
    this.preview(snap.guides, snap.kind);
  }

  key(e: EditorKeyEvent): boolean {
    if (e.key === 'Enter') {
      this.complete();
      return true;
    }
    if (e.key === 'Escape' && this.points.length) {
      this.points = [];
      this.editor.setOverlay({});
      return true;
    }
    if (e.key === 'Backspace' && this.points.length) {
      this.points.pop();
      this.preview();
      return true;
    }
    return false;
  }

  private complete(): void {
    if (this.points.length >= this.minPoints && this.finish(this.points)) {
      this.points = [];
      this.editor.setOverlay({});
    } else if (this.points.length < this.minPoints) {
      this.points = [];
      this.editor.setOverlay({});
    }
  }

  protected preview(guides = this.editor.overlay.guides, kind?: string): void {
    const path = this.hover ? [...this.points, this.hover] : [...this.points];
    this.editor.setOverlay({
      path,
      guides,
      snap: this.hover && kind ? { point: this.hover, kind: kind as never } : undefined,
      ghosts: this.ghosts(path),
    });
  }

  protected ghosts(_path: Vec2[]): import('../../core/kinds/registry').HallElement[] {
    return [];
  }
}
