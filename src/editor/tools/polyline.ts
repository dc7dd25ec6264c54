/**
 * Shared click-by-click polyline input for walls, polygon zones, routes and the floor outline: each click adds
 * a snapped point; double-click or Enter finishes; Escape abandons; Backspace removes the last point.
 * While drawing, the rubber-band segment shows its length and angle and takes typed values (dynamic input);
 * Shift locks it to 0/45/90° and to the angle of the wall it started from.
 */
import { dist, type Vec2 } from '../../core/geometry/vec';
import type { HallElement } from '../../core/kinds/registry';
import type { EditorKeyEvent, Guide, PlanPointerEvent, ToolId } from '../types';
import type { Editor } from '../editor';
import type { Tool } from './tool';
import { DynamicInput } from '../dynamic-input';
import { orthoLock, segmentAngle, wallAngleAt } from '../ortho';

/** How far off an axis (degrees) the cursor may be for polar tracking to keep the segment on it. */
const POLAR_SNAP_DEG = 3;

export abstract class PolylineTool implements Tool {
  abstract readonly id: ToolId;
  protected points: Vec2[] = [];
  private hover?: Vec2;
  private guides: Guide[] = [];
  private snapKind?: Guide['kind'];
  /** Angle of the wall the first point lies on: Shift also locks to it and its right angles. */
  private startAngle?: number;
  protected readonly input = new DynamicInput();
  constructor(protected readonly editor: Editor) {}

  get state(): string {
    return this.points.length ? 'drawing' : 'idle';
  }

  /** Called with the points when the user finishes; return false to keep drawing (e.g. invalid shape). */
  protected abstract finish(points: Vec2[]): boolean;
  /** Called after each added point (walls commit segment by segment). */
  protected added(_points: Vec2[]): void {}
  /** A click on the first point when `closesOnFirstPoint`: by default finishes the closed shape. */
  protected closed(): void {
    this.complete();
  }
  /** Backspace: the last point goes (walls also take back the wall it ended). */
  protected dropLast(): void {
    this.points.pop();
  }
  protected closesOnFirstPoint = false;
  protected minPoints = 2;

  exit(): void {
    this.reset();
  }

  private reset(): void {
    this.points = [];
    this.hover = undefined;
    this.startAngle = undefined;
    this.input.reset();
    this.editor.setOverlay({});
  }

  /** The snapped (and, with Shift, angle-locked) point for a pointer event. */
  private resolve(e: PlanPointerEvent): { point: Vec2; guides: Guide[]; kind?: Guide['kind'] } {
    const last = this.points[this.points.length - 1];
    const snap = this.editor.snap(e.point, { disabled: e.alt, from: last });
    if (!last) return snap;
    if (!e.shift) return this.polar(last, e, snap);
    const refs: number[] = [];
    if (this.startAngle !== undefined) refs.push(this.startAngle);
    if (this.points.length >= 2) refs.push(segmentAngle(this.points[this.points.length - 2], last));
    const g = this.editor.grid;
    // an endpoint or extension snap that already lies on the locked ray wins over the plain projection
    const lock = orthoLock(last, e.point, refs, g.snap ? g.size : 0);
    const onRay = snap.kind && snap.kind !== 'grid' && Math.abs(segmentAngle(last, snap.point) - lock.angle) < 0.01 && dist(last, snap.point) > 1e-6;
    const point = onRay ? snap.point : lock.point;
    const far: Vec2 = [last[0] + lock.dir[0] * 1000, last[1] + lock.dir[1] * 1000];
    return { point, guides: [{ a: last, b: far, kind: 'ortho' }], kind: onRay ? snap.kind : 'ortho' };
  }

  /**
   * Polar tracking without Shift: a cursor within a few degrees of the plan's axes keeps the segment on the axis,
   * as Revit's angle snap does. Only over a bare grid snap: the grid's nearest cell corner is off-axis by half a
   * cell when the hand is a pixel off, and a typed length then goes off at that angle (356.6° for "20" drawn east).
   */
  private polar(last: Vec2, e: PlanPointerEvent, snap: { point: Vec2; guides: Guide[]; kind?: Guide['kind'] }): { point: Vec2; guides: Guide[]; kind?: Guide['kind'] } {
    if ((snap.kind && snap.kind !== 'grid') || e.alt || dist(last, e.point) < 1e-6) return snap;
    const g = this.editor.grid;
    const lock = orthoLock(last, e.point, [], g.snap ? g.size : 0);
    const off = Math.abs(((((segmentAngle(last, e.point) - lock.angle) % 360) + 540) % 360) - 180);
    if (lock.angle % 90 !== 0 || off > POLAR_SNAP_DEG || dist(last, lock.point) < 1e-6) return snap;
    // exact axis steps: cos 90° is 6e-17, which would put a clicked grid corner a hair off the grid
    const dir: Vec2 = [Math.round(lock.dir[0]), Math.round(lock.dir[1])];
    const len = dist(last, lock.point);
    const point: Vec2 = [last[0] + dir[0] * len, last[1] + dir[1] * len];
    const far: Vec2 = [last[0] + dir[0] * 1000, last[1] + dir[1] * 1000];
    return { point, guides: [{ a: last, b: far, kind: 'ortho' }], kind: 'ortho' };
  }

  pointerDown(e: PlanPointerEvent): void {
    const p = this.resolve(e).point;
    this.addPoint(p, e.double);
  }

  private addPoint(p: Vec2, double?: boolean): void {
    this.input.reset();
    if (this.closesOnFirstPoint && this.points.length >= 3 && dist(p, this.points[0]) <= Math.max(this.editor.snapTolerance, 1e-6)) {
      this.closed();
      return;
    }
    const last = this.points[this.points.length - 1];
    if (last && dist(last, p) < 1e-6) {
      if (double) this.complete();
      return;
    }
    if (!this.points.length) this.startAngle = wallAngleAt(this.editor.floor, p, 1e-3);
    this.points.push(p);
    this.added(this.points);
    if (double) this.complete();
    else this.preview();
  }

  pointerMove(e: PlanPointerEvent): void {
    this.editor.setCursor(e.point);
    const r = this.resolve(e);
    this.hover = r.point;
    this.guides = r.guides;
    this.snapKind = r.kind;
    this.preview();
  }

  key(e: EditorKeyEvent): boolean {
    if (this.points.length) {
      const r = this.input.key(e);
      if (r === 'commit') {
        const last = this.points[this.points.length - 1];
        const p = this.input.target(last, this.hover);
        if (p) this.addPoint(p);
        else this.input.reset();
        this.preview();
        return true;
      }
      if (r) {
        this.preview();
        return true;
      }
    }
    if (e.key === 'Enter') {
      this.complete();
      return true;
    }
    if (e.key === 'Escape' && this.points.length) {
      this.reset();
      return true;
    }
    if (e.key === 'Backspace' && this.points.length) {
      this.dropLast();
      this.preview();
      return true;
    }
    return false;
  }

  protected complete(): void {
    if (this.points.length >= this.minPoints && this.finish(this.points)) this.reset();
    else if (this.points.length < this.minPoints) this.reset();
  }

  /** Where the rubber band ends: the typed values when there are any, else the cursor. */
  private bandEnd(): Vec2 | undefined {
    const last = this.points[this.points.length - 1];
    if (last && this.input.active) return this.input.target(last, this.hover) ?? this.hover;
    return this.hover;
  }

  protected preview(): void {
    const end = this.bandEnd();
    const path = end ? [...this.points, end] : [...this.points];
    const last = this.points[this.points.length - 1];
    const dim =
      last && end && dist(last, end) > 1e-6
        ? { a: last, b: end, length: dist(last, end), angle: segmentAngle(last, end), typed: this.input.typed }
        : last && this.input.typed
          ? { a: last, b: last, length: 0, angle: 0, typed: this.input.typed }
          : undefined;
    this.editor.setOverlay({
      path,
      corner: last,
      guides: this.guides,
      snap: this.hover && this.snapKind ? { point: this.hover, kind: this.snapKind } : undefined,
      ghosts: this.ghosts(path),
      dim,
    });
  }

  protected ghosts(_path: Vec2[]): HallElement[] {
    return [];
  }
}
