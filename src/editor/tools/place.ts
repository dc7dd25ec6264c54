/**
 * Click-to-place tools for things that stand at a point: a counter, a sign, a point item (AED, seat …),
 * a vertical link, and a door (which snaps onto the nearest wall).
 */
import { addElements } from '../../core/commands';
import { KINDS, type HallElement } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import { LINK_KINDS, POINT_KINDS, SIGN_KINDS } from '../../core/vocab';
import { nearestWall } from '../snapping';
import type { PlanPointerEvent, ToolId } from '../types';
import type { Editor } from '../editor';
import type { Tool } from './tool';

abstract class PlaceTool implements Tool {
  abstract readonly id: ToolId;
  readonly state = 'idle';
  constructor(protected readonly editor: Editor) {}
  protected abstract make(p: Vec2, id: string): HallElement | undefined;
  protected abstract label: string;

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
    this.editor.setOverlay({ ghosts: ghost ? [ghost] : [], guides: snap.guides, snap: snap.kind ? { point: snap.point, kind: snap.kind } : undefined });
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

export class CounterTool extends PlaceTool {
  readonly id = 'counter' as const;
  protected label = '放置窗口 / Place counter';
  protected make(p: Vec2, id: string) {
    return KINDS.counter.create({ id, type: this.editor.toolOptions.counterType ?? 'general-intake', number: this.editor.nextCounterNumber(), position: p, rotation: 0 });
  }
}

export class SignTool extends PlaceTool {
  readonly id = 'sign' as const;
  protected label = '放置标识 / Place sign';
  protected make(p: Vec2, id: string) {
    const kind = this.editor.toolOptions.signKind ?? 'directional';
    return KINDS.sign.create({ id, signKind: kind, position: p, text: { zh: SIGN_KINDS[kind].zh, en: SIGN_KINDS[kind].en } });
  }
}

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

export class VLinkTool extends PlaceTool {
  readonly id = 'vlink' as const;
  protected label = '放置垂直交通 / Place stair or elevator';
  protected make(p: Vec2, id: string) {
    const kind = this.editor.toolOptions.linkKind ?? 'stair';
    const floors = this.editor.doc.floors;
    const i = floors.findIndex((f) => f.id === this.editor.floorId);
    const above = [...floors].filter((f) => f.elevation > floors[i].elevation).sort((a, b) => a.elevation - b.elevation)[0];
    const size = kind === 'elevator' ? { w: 2.4, d: 2.4 } : kind === 'escalator' ? { w: 1.6, d: 10 } : kind === 'ramp' ? { w: 1.5, d: 9 } : { w: 3, d: 6 };
    return KINDS.vlink.create({
      id,
      linkKind: kind,
      floors: above && kind !== 'ramp' ? [floors[i].id, above.id] : [floors[i].id],
      position: p,
      size,
      accessible: kind === 'elevator' || kind === 'ramp',
      car: kind === 'elevator' ? { w: 1.6, d: 1.4 } : undefined,
      slope: kind === 'ramp' ? 1 / 12 : undefined,
      name: LINK_KINDS[kind].zh,
    });
  }
  protected override prefix(): string {
    return this.editor.toolOptions.linkKind ?? 'link';
  }
}

/** Door: follows the nearest wall within 1.5 m and sits in it, along its direction. */
export class DoorTool extends PlaceTool {
  readonly id = 'door' as const;
  protected label = '放置门 / Place door';
  protected override at(e: PlanPointerEvent): Vec2 {
    return e.point;
  }
  protected make(p: Vec2, id: string) {
    const w = nearestWall(this.editor.floor, p, 1.5);
    if (!w) return undefined;
    const snapped = this.editor.grid.snap && this.editor.grid.size ? w.point : w.point;
    return KINDS.opening.create({
      id,
      wallId: w.wallId,
      position: snapped,
      rotation: w.angle,
      width: this.editor.toolOptions.doorWidth ?? 1.0,
      entrance: this.editor.toolOptions.entrance ?? 'none',
    });
  }
  override pointerDown(e: PlanPointerEvent): void {
    if (!nearestWall(this.editor.floor, e.point, 1.5)) {
      this.editor.fail('门需放在墙上：请在墙附近点击 / Doors go in walls: click near a wall');
      return;
    }
    super.pointerDown(e);
  }
  protected override prefix(): string {
    return 'door';
  }
}
