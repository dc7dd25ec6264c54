/**
 * Floor outline tool. Click the corners and close on the first point (or Enter) to draw a new outline, as one step.
 * On a floor that has one, its vertices and edge midpoints are handles, as in Revit's boundary sketch and Figma's
 * vector editing: drag a vertex to move it, drag (or click) a midpoint to insert a vertex there, click a vertex and
 * press Delete to remove it. Each of these is one undo step; an outline that would cross itself is not applied.
 */
import { updateFloor } from '../../core/commands';
import { isSimplePolygon, signedArea } from '../../core/geometry/polygon';
import type { Vec2 } from '../../core/geometry/vec';
import type { EditorKeyEvent, PlanPointerEvent } from '../types';
import { PolylineTool } from './polyline';

const CROSSES = { zh: '外轮廓不能自相交', en: 'The outline cannot cross itself' };
const EDIT_HINT = { zh: '拖动顶点或边中点编辑外轮廓；在别处单击开始画新轮廓', en: 'Drag a corner or an edge midpoint to edit the outline; click elsewhere to draw a new one' };

export class OutlineTool extends PolylineTool {
  readonly id = 'outline' as const;
  protected override closesOnFirstPoint = true;
  protected override minPoints = 3;
  /** The vertex being dragged. */
  private dragging?: number;
  /** The vertex last clicked, which Delete removes. */
  private picked?: number;

  protected finish(points: Vec2[]): boolean {
    return this.editor.setOutline(points);
  }

  override exit(): void {
    if (this.dragging !== undefined) this.editor.history.cancelGesture();
    this.dragging = undefined;
    this.picked = undefined;
    super.exit();
  }

  /** Replace the outline without reordering it; false (nothing applied) when it would cross itself. */
  private apply(outline: Vec2[], label: string): boolean {
    if (!isSimplePolygon(outline)) {
      this.editor.setOverlay({ hint: CROSSES });
      return false;
    }
    return this.editor.execute(updateFloor(this.editor.floorId, { outline }, label));
  }

  override pointerDown(e: PlanPointerEvent): void {
    const outline = this.editor.floor.outline;
    const h = e.handle;
    if (this.state !== 'idle' || !outline || (h?.kind !== 'outline-vertex' && h?.kind !== 'outline-edge')) {
      this.picked = undefined;
      super.pointerDown(e);
      return;
    }
    let index = h.index;
    if (h.kind === 'outline-edge') {
      this.editor.history.beginGesture('插入外轮廓顶点 / Insert outline vertex');
      const a = outline[index];
      const b = outline[(index + 1) % outline.length];
      index += 1;
      this.apply([...outline.slice(0, index), [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], ...outline.slice(index)], '插入外轮廓顶点 / Insert outline vertex');
    } else {
      this.editor.history.beginGesture('移动外轮廓顶点 / Move outline vertex');
    }
    this.dragging = index;
    this.picked = index;
    this.showPicked();
  }

  override pointerMove(e: PlanPointerEvent): void {
    if (this.dragging === undefined) {
      super.pointerMove(e);
      return;
    }
    this.editor.setCursor(e.point);
    const outline = this.editor.floor.outline;
    if (!outline) return;
    const snap = this.editor.snap(e.point, { disabled: e.alt, vertex: { outline: this.dragging } });
    const next = outline.map((p, i): Vec2 => (i === this.dragging ? snap.point : p));
    // A drag that turns the outline round (a corner pulled across the opposite side) is refused like a crossing.
    if (Math.sign(signedArea(next)) !== Math.sign(signedArea(outline))) {
      this.editor.setOverlay({ hint: CROSSES, guides: snap.guides });
      return;
    }
    if (this.apply(next, '移动外轮廓顶点 / Move outline vertex'))
      this.editor.setOverlay({ guides: snap.guides, snap: snap.kind ? { point: snap.point, kind: snap.kind } : undefined });
  }

  pointerUp(_e: PlanPointerEvent): void {
    if (this.dragging === undefined) return;
    this.dragging = undefined;
    this.editor.history.endGesture();
    this.showPicked();
  }

  override key(e: EditorKeyEvent): boolean {
    if (this.picked !== undefined && this.state === 'idle') {
      if (e.key === 'Delete' || e.key === 'Backspace') {
        this.removePicked();
        return true;
      }
      if (e.key === 'Escape') {
        this.picked = undefined;
        this.editor.setOverlay({});
        return true;
      }
    }
    return super.key(e);
  }

  private removePicked(): void {
    const outline = this.editor.floor.outline;
    const i = this.picked;
    if (!outline || i === undefined || i >= outline.length) return;
    if (outline.length <= 3) {
      this.editor.fail({ zh: '外轮廓至少需要三个顶点', en: 'An outline needs at least three vertices' });
      return;
    }
    if (
      this.apply(
        outline.filter((_, j) => j !== i),
        '删除外轮廓顶点 / Delete outline vertex',
      )
    ) {
      this.picked = undefined;
      this.editor.setOverlay({});
    }
  }

  /** While nothing is being drawn on a floor with an outline, say what its handles do. */
  protected override preview(): void {
    super.preview();
    if (this.state === 'idle' && this.picked === undefined && this.dragging === undefined && this.editor.floor.outline)
      this.editor.setOverlay({ ...this.editor.state.overlay, hint: EDIT_HINT });
  }

  private showPicked(): void {
    const p = this.picked !== undefined ? this.editor.floor.outline?.[this.picked] : undefined;
    this.editor.setOverlay(
      p ? { snap: { point: p, kind: 'vertex' }, hint: { zh: '拖动顶点移动；按 Delete 删除此顶点', en: 'Drag the vertex to move it; Delete removes it' } } : {},
    );
  }
}
