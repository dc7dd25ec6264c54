/** Accessible route tool: a polyline with a clear width, finished by double-click or Enter. */
import { addElements } from '../../core/commands';
import { KINDS, type HallElement } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import { PolylineTool } from './polyline';

export class RouteTool extends PolylineTool {
  readonly id = 'route' as const;

  protected finish(points: Vec2[]): boolean {
    const route = KINDS.route.create({ id: this.editor.newId('route'), points: [...points], width: 1.5 });
    return this.editor.execute(addElements(this.editor.floorId, [route], undefined, '绘制无障碍路线 / Draw accessible route'));
  }

  protected override ghosts(path: Vec2[]): HallElement[] {
    return path.length >= 2 ? [KINDS.route.create({ id: 'ghost-route', points: path, width: 1.5 })] : [];
  }
}
