/** Point items (AED, seat, water …): tool option pointKind. */
import { KINDS } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import { POINT_KINDS } from '../../core/vocab';
import { PlaceTool } from './place';

export class PointTool extends PlaceTool {
  readonly id = 'point' as const;
  protected label = '放置设施 / Place item';
  protected make(p: Vec2, id: string) {
    const kind = this.editor.toolOptions.pointKind ?? 'aed';
    return KINDS.point.create({ id, pointKind: kind, position: p, name: POINT_KINDS[kind].zh, count: kind === 'seat' ? 4 : 1 });
  }
  protected override prefix(): string {
    return this.editor.toolOptions.pointKind ?? 'point';
  }
}
