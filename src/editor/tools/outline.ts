/** Floor outline tool: click the corners, close on the first point (or Enter); replaces the floor's outline as one step. */
import type { Vec2 } from '../../core/geometry/vec';
import { PolylineTool } from './polyline';

export class OutlineTool extends PolylineTool {
  readonly id = 'outline' as const;
  protected override closesOnFirstPoint = true;
  protected override minPoints = 3;

  protected finish(points: Vec2[]): boolean {
    return this.editor.setOutline(points);
  }
}
