/** Rectangle zone tool: press, drag, release; or click inside a room the walls close to fill it. */
import { addElements } from '../../core/commands';
import { KINDS, type HallElement } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import type { Polygon } from '../../core/geometry/polygon';
import { type RoomFill, roomFiller } from '../../core/geometry/room-fill';
import type { Floor } from '../../core/document';
import type { Zone } from '../../core/kinds/zone';
import { labelOfElement } from '../../core/element-label';
import { zoneTypeTerm } from '../../core/terms';
import type { Term } from '../../core/vocab';
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
  private rooms?: { floor: Floor; zones: Zone[]; fill: (p: Vec2) => RoomFill };
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

  /** The free regions of this version of the floor, traced once for every point the cursor passes. */
  private filler(): { zones: Zone[]; fill: (p: Vec2) => RoomFill } {
    const floor = this.editor.floor;
    if (this.rooms?.floor !== floor) {
      const zones = floor.elements.filter((el): el is Zone => el.kind === 'zone');
      const fill = roomFiller(
        floor.elements.filter((el) => el.kind === 'wall'),
        zones.map((z) => z.polygon),
      );
      this.rooms = { floor, zones, fill };
    }
    return this.rooms;
  }

  pointerMove(e: PlanPointerEvent): void {
    this.editor.setCursor(e.point);
    const snap = this.editor.snap(e.point, { disabled: e.alt });
    if (!this.start) {
      // what a click here would fill, shown before the click (Revit's Room tool previews the bounded region)
      const fill = this.filler().fill(e.point);
      const ghosts = fill.outcome === 'filled' ? [this.zoneOf(fill.polygon, 'ghost-zone')] : [];
      this.editor.setOverlay({ ghosts, guides: snap.guides, snap: snap.kind ? { point: snap.point, kind: snap.kind } : undefined, status: this.clickSays(fill) });
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

  /**
   * A click, not a drag: the zone takes the free region around the point that the walls and the zones already
   * there bound (Revit's Room tool); it never overlaps a zone, and a click inside one says which.
   */
  private fillRoom(p: Vec2): void {
    const { zones, fill: at } = this.filler();
    const fill = at(p);
    if (fill.outcome === 'filled') {
      this.addZone(fill.polygon, '按房间生成功能区 / Zone from room');
      return;
    }
    if (fill.outcome === 'no-room') {
      this.editor.fail({ zh: '这里没有被墙围合的房间：拖动画矩形功能区', en: 'No room closed by walls here: drag to draw a rectangle zone' });
      return;
    }
    const zone = zones[fill.index];
    const name = labelOfElement(zone, this.editor.floor, this.editor.doc.meta.preset);
    if (fill.outcome === 'taken') {
      // the zone that is there is what the user meant: show it, as a click on it with the select tool would
      this.editor.select([zone.id]);
      this.editor.fail({
        zh: `这里已是功能区“${name.zh}”：功能区不重叠，可在右侧修改它的类型，或拖动画新的矩形`,
        en: `This is already the zone “${name.en}”: zones do not overlap; change its type on the right, or drag a new rectangle`,
      });
      return;
    }
    this.editor.fail({
      zh: `这里的空白区域环绕着功能区“${name.zh}”，功能区不能带孔：请拖动画矩形或用多边形功能区工具分块绘制`,
      en: `The free area here surrounds the zone “${name.en}” and a zone cannot have a hole: drag rectangles or trace it in parts with the polygon zone tool`,
    });
  }

  /** What a click at the pointer does (the status bar says it before the click). */
  private clickSays(fill: RoomFill): Term {
    const t = zoneTypeTerm(this.editor.toolOptions.zoneType ?? 'unclassified', this.editor.doc.meta.preset);
    if (fill.outcome === 'filled') return { zh: `单击：按墙生成“${t.zh}”；拖动：画矩形`, en: `Click: fill this room with “${t.en}”; drag: draw a rectangle` };
    if (fill.outcome === 'no-room') return { zh: `拖动画矩形“${t.zh}”（这里没有被墙围合的房间）`, en: `Drag to draw a rectangle “${t.en}” (no room closed by walls here)` };
    return { zh: `这里已有功能区：拖动画矩形“${t.zh}”`, en: `A zone is already here: drag to draw a rectangle “${t.en}”` };
  }

  private zoneOf(polygon: Polygon, id: string): Zone {
    const type = this.editor.toolOptions.zoneType ?? 'unclassified';
    const t = zoneTypeTerm(type, this.editor.doc.meta.preset);
    return KINDS.zone.create({ id, type, polygon, name: t.zh, nameEn: t.en });
  }

  private addZone(polygon: Polygon, label: string): void {
    const zone = this.zoneOf(polygon, this.editor.newId('zone'));
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
