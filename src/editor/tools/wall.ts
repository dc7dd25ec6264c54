/** Wall tool: click-click chains walls; each segment is its own undo step, like Revit. */
import { addElements } from '../../core/commands';
import { KINDS, type HallElement } from '../../core/kinds/registry';
import { dist, type Vec2 } from '../../core/geometry/vec';
import { PolylineTool } from './polyline';

export class WallTool extends PolylineTool {
  readonly id = 'wall' as const;

  protected override added(points: Vec2[]): void {
    if (points.length < 2) return;
    const a = points[points.length - 2];
    const b = points[points.length - 1];
    if (dist(a, b) < 0.05) return;
    this.editor.execute(addElements(this.editor.floorId, [KINDS.wall.create({ id: this.editor.newId('wall'), a, b, thickness: 0.2 })], undefined, '画墙 / Draw wall'));
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
