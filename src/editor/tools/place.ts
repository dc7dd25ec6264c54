/**
 * Base of the click-to-place tools (counter, sign, point, vlink, door): a ghost follows the snapped
 * pointer, a click adds one element as one undo step and selects it.
 */
import { addElements } from '../../core/commands';
import type { HallElement } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import type { Term } from '../../core/vocab';
import type { PlanPointerEvent, ToolId } from '../types';
import type { Editor } from '../editor';
import type { Tool } from './tool';

export abstract class PlaceTool implements Tool {
  abstract readonly id: ToolId;
  readonly state = 'idle';
  constructor(protected readonly editor: Editor) {}
  protected abstract make(p: Vec2, id: string): HallElement | undefined;
  protected abstract label: string;
  /** What a click places, for the status bar, when more than the tool's declared hint. */
  protected status?(): Term;

  exit(): void {
    this.editor.setOverlay({});
  }

  protected at(e: PlanPointerEvent): Vec2 {
    return this.editor.snap(e.point, { disabled: e.alt }).point;
  }

  pointerMove(e: PlanPointerEvent): void {
    this.editor.setCursor(e.point);
    const snap = this.editor.snap(e.point, { disabled: e.alt });
    const ghost = this.make(this.at(e), 'ghost');
    this.editor.setOverlay({ ghosts: ghost ? [ghost] : [], guides: snap.guides, snap: snap.kind ? { point: snap.point, kind: snap.kind } : undefined, status: this.status?.() });
  }

  pointerDown(e: PlanPointerEvent): void {
    const el = this.make(this.at(e), this.editor.newId(this.prefix()));
    if (!el) return;
    if (this.editor.execute(addElements(this.editor.floorId, [el], undefined, this.label))) this.editor.select([el.id]);
  }

  protected prefix(): string {
    return this.id;
  }
}
