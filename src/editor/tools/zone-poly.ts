/** Polygon zone tool: click the corners; click the first point, double-click or Enter to close. */
import { addElements } from '../../core/commands';
import { KINDS, type HallElement } from '../../core/kinds/registry';
import { ensureCCW, isSimplePolygon } from '../../core/geometry/polygon';
import type { Vec2 } from '../../core/geometry/vec';
import { zoneTypeTerm } from '../../core/terms';
import { PolylineTool } from './polyline';

export class ZonePolyTool extends PolylineTool {
  readonly id = 'zone-poly' as const;
  protected override closesOnFirstPoint = true;
  protected override minPoints = 3;

  protected finish(points: Vec2[]): boolean {
    if (!isSimplePolygon(points)) {
      this.editor.fail({ zh: '多边形自相交或面积为零，请调整顶点', en: 'The polygon crosses itself or has no area: adjust the points' });
      return false;
    }
    const type = this.editor.toolOptions.zoneType ?? 'unclassified';
    const t = zoneTypeTerm(type, this.editor.doc.meta.preset);
    const zone = KINDS.zone.create({ id: this.editor.newId('zone'), type, polygon: ensureCCW(points), name: t.zh, nameEn: t.en });
    return this.editor.execute(addElements(this.editor.floorId, [zone], undefined, '绘制功能区 / Draw zone'));
  }

  protected override ghosts(path: Vec2[]): HallElement[] {
    if (path.length < 3 || !isSimplePolygon(path)) return [];
    return [KINDS.zone.create({ id: 'ghost-zone', type: this.editor.toolOptions.zoneType ?? 'unclassified', polygon: ensureCCW(path) })];
  }
}
