/**
 * One floor of the hall from one frame of the drawing: walls, doors, windows, the outline and rooms (the faces of the
 * graph of what closes a room, or a raster of it where the faces do not close), columns and furniture, and the context lines. Each step is its own module; this one
 * only runs them in order and reports progress.
 */
import type { Polygon } from '../core/geometry/polygon';
import type { HallElement } from '../core/kinds/registry';
import type { Term } from '../core/vocab';
import { inFrame } from './analyse';
import { roomBarriers, swingInserts } from './barriers';
import { clipToFrame } from './clip';
import { contextLines } from './context-lines';
import { DxfImportCancelled } from './errors';
import { nextId, r3, type Ids } from './ids';
import { obstacleElements } from './obstacle-elements';
import { rasterise } from './raster';
import { buildingOf, regions } from './regions';
import { faceRooms } from './face-rooms';
import { floorOutline, floorZones, type RasterRooms, type RoomsFrom } from './rooms';
import type { DxfWorkStage, StageClock } from './stage-clock';
import type { Drawing, DxfStage, Frame, LayerRole } from './types';
import { findVLinks } from './vlinks';
import { doorElements, findWallLines, wallElements } from './wall-elements';
import { placeWindows, windowElements } from './window-elements';

export interface BuiltFloor {
  elements: HallElement[];
  outline?: Polygon;
  lines: Partial<Record<LayerRole, Float32Array>>;
  axes: { name: string; x: number; y: number }[];
  roomsFrom: RoomsFrom;
}

export interface FloorJob {
  drawing: Drawing;
  frame: Frame;
  /** The drawing point that becomes the floor's (0, 0). */
  origin: [number, number];
  /** Metres per drawing unit. */
  metres: number;
  role: (l: string) => LayerRole;
  floorId: string;
  ids: Ids;
  progress: (s: DxfStage, x: number) => void;
  warnings: Term[];
  signal?: AbortSignal;
  clock?: StageClock;
}

export function buildFloor(job: FloorJob): BuiltFloor {
  const { drawing: d, frame, role, floorId, ids, progress, warnings, signal } = job;
  const at = (s: DxfWorkStage) => job.clock?.at(s);
  const check = () => {
    if (signal?.aborted) throw new DxfImportCancelled();
  };
  at('clip');
  const plan = clipToFrame(d, frame, job.metres, role, job.origin);
  progress('walls', 0);
  at('walls');
  const walls = findWallLines(plan, role, floorId, warnings);
  check();
  progress('doors', 0);
  at('doors');
  const wallEls = wallElements(walls, ids, floorId);
  const doorEls = doorElements(d, plan, (x, y) => inFrame(frame, x, y), role, walls, wallEls, ids, floorId);
  at('windows');
  const windows = placeWindows(d, plan, role, wallEls, doorEls, ids, floorId);
  const elements: HallElement[] = [...wallEls, ...doorEls];
  check();
  progress('rooms', 0);
  at('barriers');
  const swings = swingInserts(plan);
  const barriers = roomBarriers(d, plan, role, wallEls, doorEls, swings);
  at('faces');
  const faces = faceRooms(barriers, wallEls);
  let rr: RasterRooms | undefined;
  // The raster only where the wall graph's outer walls do not close.
  const raster = (): RasterRooms => {
    if (rr) return rr;
    const back = at('raster');
    const r = rasterise(barriers, 0.1);
    const outer = regions(r);
    rr = { raster: r, outer, building: buildingOf(r, outer) };
    if (back) at(back);
    return rr;
  };
  check();
  at('outline');
  const outline = faces ? { ring: faces.outline, traced: true } : floorOutline(raster());
  if (!outline.traced && walls.length)
    warnings.push({ zh: `楼层 ${floorId}：外墙未闭合，楼层轮廓取墙体范围`, en: `floor ${floorId}: the outer walls do not close; the outline is the walls' extent` });
  at('rooms');
  const rooms = floorZones({ plan, role, ...(faces ? { faces } : {}), raster, ids, floorId });
  at('windows');
  elements.push(...windowElements(windows, outline.ring, rooms.zones, ids, floorId), ...rooms.zones);
  check();
  at('obstacles');
  elements.push(...obstacleElements(d, plan, role, swings, ids, floorId));
  at('vlinks');
  for (const v of findVLinks(d, plan, role, outline.ring))
    elements.push({
      id: nextId(ids, floorId, 'link'),
      kind: 'vlink',
      linkKind: v.linkKind,
      floors: [floorId],
      position: [r3(v.x), r3(v.y)],
      rotation: v.rotation,
      size: { w: r3(v.w), d: r3(v.d) },
      // The schema's defaults, written out so the quick validity check vouches for the link.
      accessible: false,
      clearWidth: 1.2,
    } as HallElement);
  at('context');
  const lines = contextLines(plan, role);
  progress('rooms', 1);
  const [ox, oy] = job.origin;
  const axes = (frame.axes ?? []).map((a) => ({ name: a.name, x: r3((a.label[0] - ox) * job.metres), y: r3((a.label[1] - oy) * job.metres) }));
  return { elements, ...(outline.ring ? { outline: outline.ring } : {}), lines, axes, roomsFrom: rooms.from };
}
