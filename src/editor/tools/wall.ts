/**
 * Wall tool: click-click chains walls; each segment is its own undo step, like Revit. A click on the chain's
 * first point closes it with a last wall; walls that close a loop make the floor outline (offered to the user).
 */
import { addElements } from '../../core/commands';
import { KINDS, type HallElement } from '../../core/kinds/registry';
import { dist, distToSegment, type Vec2 } from '../../core/geometry/vec';
import { PolylineTool } from './polyline';

export class WallTool extends PolylineTool {
  readonly id = 'wall' as const;
  protected override closesOnFirstPoint = true;

  protected override added(points: Vec2[]): void {
    if (points.length < 2) return;
    const a = points[points.length - 2];
    const b = points[points.length - 1];
    if (dist(a, b) < 0.05) return;
    const id = this.editor.newId('wall');
    if (!this.editor.execute(addElements(this.editor.floorId, [KINDS.wall.create({ id, a, b, thickness: 0.2 })], undefined, '画墙 / Draw wall'))) return;
    // only a wall ending on another wall's end or side can have closed a loop
    const touches = this.editor.floor.elements.some((e) => e.kind === 'wall' && e.id !== id && distToSegment(b, e.a, e.b) < 1e-3);
    if (touches) this.editor.outlineFromWalls(true);
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
