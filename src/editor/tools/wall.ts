/**
 * Wall tool: click-click chains walls; each segment is its own undo step, like Revit. A click on the chain's
 * first point closes it with a last wall; walls that close a loop make the floor outline (offered to the user).
 */
import { addElements, batch, updateFloor } from '../../core/commands';
import { KINDS, type HallElement } from '../../core/kinds/registry';
import { dist, distToSegment, type Vec2 } from '../../core/geometry/vec';
import { PolylineTool } from './polyline';

export class WallTool extends PolylineTool {
  readonly id = 'wall' as const;
  protected override closesOnFirstPoint = true;
  /** Per point of the chain, the wall its segment committed (none for the first point or a too-short one). */
  private committed: (string | undefined)[] = [];

  protected override added(points: Vec2[]): void {
    this.committed.length = points.length;
    this.committed[points.length - 1] = this.commit(points);
  }

  /**
   * Backspace takes back the last corner and the wall that ended there, as its undo step, so the rubber band and
   * the walls agree; only while that wall is the last thing done.
   */
  protected override dropLast(): void {
    const i = this.points.length - 1;
    const id = this.committed[i];
    this.committed.length = Math.max(0, i);
    super.dropLast();
    const last = this.editor.history.labels().past.at(-1) ?? '';
    if (id && last.startsWith('画墙') && this.editor.floor.elements.some((e) => e.id === id)) this.editor.history.undo();
  }

  /** Adds the wall ending at the last point; returns its id. */
  private commit(points: Vec2[]): string | undefined {
    if (points.length < 2) return undefined;
    const a = points[points.length - 2];
    const b = points[points.length - 1];
    if (dist(a, b) < 0.05) return undefined;
    const ed = this.editor;
    const wall = KINDS.wall.create({ id: ed.newId('wall'), a, b, thickness: 0.2 });
    // only a wall ending on another wall's end or side can close a loop; then the outline comes in the same step
    const touches = ed.floor.elements.some((e) => e.kind === 'wall' && distToSegment(b, e.a, e.b) < 1e-3);
    const previous = ed.floor.outline;
    const outline = touches ? ed.proposedOutline(true, [wall]) : undefined;
    const add = addElements(ed.floorId, [wall], undefined, '画墙 / Draw wall');
    if (!outline) return ed.execute(add) ? wall.id : undefined;
    const label = '画墙并生成外轮廓 / Draw wall and floor outline';
    if (!ed.execute(batch(label, [add, updateFloor(ed.floorId, { outline }, label)]))) return undefined;
    ed.offerOutline(outline, previous);
    return wall.id;
  }

  protected override closed(): void {
    this.points.push(this.points[0]);
    this.added(this.points);
    this.complete();
  }

  protected finish(): boolean {
    return true;
  }

  protected override ghosts(path: Vec2[]): HallElement[] {
    if (path.length < 2) return [];
    const a = path[path.length - 2];
    const b = path[path.length - 1];
    return dist(a, b) < 0.05 ? [] : [KINDS.wall.create({ id: 'ghost-wall', a, b, thickness: 0.2 })];
  }
}
