/** Rectangle zone tool: press, drag, release; or click inside a room the walls close to fill it. */
import { addElements } from '../../core/commands';
import { KINDS, type HallElement } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import type { Polygon } from '../../core/geometry/polygon';
import { wallRoomAt } from '../../core/geometry/wall-loops';
import { ZONE_TYPES } from '../../core/vocab';
import type { PlanPointerEvent } from '../types';
import type { Editor } from '../editor';
import type { Tool } from './tool';

const rectOf = (a: Vec2, b: Vec2): Polygon => [
  [Math.min(a[0], b[0]), Math.min(a[1], b[1])],
  [Math.max(a[0], b[0]), Math.min(a[1], b[1])],
  [Math.max(a[0], b[0]), Math.max(a[1], b[1])],
  [Math.min(a[0], b[0]), Math.max(a[1], b[1])],
];

export class ZoneRectTool implements Tool {
  readonly id = 'zone-rect' as const;
  private start?: Vec2;
  constructor(private readonly editor: Editor) {}

  get state(): string {
    return this.start ? 'dragging' : 'idle';
  }

  exit(): void {
    this.start = undefined;
    this.editor.setOverlay({});
  }

  private ghost(b: Vec2): HallElement {
    return KINDS.zone.create({ id: 'ghost-zone', type: this.editor.toolOptions.zoneType ?? 'unclassified', polygon: rectOf(this.start!, b) });
  }

  pointerDown(e: PlanPointerEvent): void {
    this.start = this.editor.snap(e.point, { disabled: e.alt }).point;
  }

  pointerMove(e: PlanPointerEvent): void {
    this.editor.setCursor(e.point);
    const snap = this.editor.snap(e.point, { disabled: e.alt });
    if (!this.start) {
      this.editor.setOverlay({ guides: snap.guides, snap: snap.kind ? { point: snap.point, kind: snap.kind } : undefined });
      return;
    }
    const [w, h] = [Math.abs(snap.point[0] - this.start[0]), Math.abs(snap.point[1] - this.start[1])];
    this.editor.setOverlay({
      ghosts: w > 0 && h > 0 ? [this.ghost(snap.point)] : [],
      guides: snap.guides,
      snap: snap.kind ? { point: snap.point, kind: snap.kind } : undefined,
      rect: { a: this.start, b: snap.point },
    });
  }

  pointerUp(e: PlanPointerEvent): void {
    if (!this.start) return;
    const b = this.editor.snap(e.point, { disabled: e.alt }).point;
    const a = this.start;
    this.start = undefined;
    this.editor.setOverlay({});
    const [w, h] = [Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])];
    if (w < 0.3 && h < 0.3) this.fillRoom(e.point);
    else if (w >= 0.3 && h >= 0.3) this.addZone(rectOf(a, b), '绘制功能区 / Draw zone');
  }

  /** A click, not a drag: the zone takes the shape of the room the walls close around the point (Revit's Room tool). */
  private fillRoom(p: Vec2): void {
    const room = wallRoomAt(
      this.editor.floor.elements.filter((el) => el.kind === 'wall'),
      p,
    );
    if (room) this.addZone(room, '按房间生成功能区 / Zone from room');
    else this.editor.fail({ zh: '这里没有被墙围合的房间：拖动画矩形功能区', en: 'No room closed by walls here: drag to draw a rectangle zone' });
  }

  private addZone(polygon: Polygon, label: string): void {
    const type = this.editor.toolOptions.zoneType ?? 'unclassified';
    const zone = KINDS.zone.create({ id: this.editor.newId('zone'), type, polygon, name: ZONE_TYPES[type].zh, nameEn: ZONE_TYPES[type].en });
    if (this.editor.execute(addElements(this.editor.floorId, [zone], undefined, label))) this.editor.select([zone.id]);
  }

  key(e: { key: string }): boolean {
    if (e.key === 'Escape' && this.start) {
      this.exit();
      return true;
    }
    return false;
  }
}
