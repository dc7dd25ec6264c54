/**
 * Where an element set into a wall (a kind with `inWall`: a door, a window) goes for a pointer: the nearest wall
 * within reach, at a grid step along it, kept whole inside it; and why it cannot go there (the wall is shorter than
 * it, or it would overlap what the wall already holds). The generic placing tool and the select tool's drag share
 * it, so a hosted kind needs no editor code of its own.
 */
import type { Floor } from '../core/document';
import { largestWallLoop } from '../core/geometry/wall-loops';
import { type Polygon, pointInPolygon } from '../core/geometry/polygon';
import { closestOnSegment, dist, type Vec2 } from '../core/geometry/vec';
import { kindOf } from '../core/kinds/registry';
import { overlapInHost } from '../core/kinds/slide-in-host';
import type { OnWall } from '../core/kinds/roles';
import type { Term } from '../core/vocab';
import { gridAlong, nearestWall } from './snapping';

/** How far from a wall the pointer still puts an element into it, metres. */
export const WALL_REACH_M = 1.5;

/** Slide `p` along a→b so that an element `width` wide centred on it stays within the segment (`p` itself when it does). */
export function insideWall(p: Vec2, a: Vec2, b: Vec2, width: number): Vec2 {
  const len = dist(a, b);
  if (len <= width) return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const d = dist(a, p);
  if (d >= width / 2 && d <= len - width / 2) return p;
  const t = Math.min(Math.max(d, width / 2), len - width / 2) / len;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

// Saved positions read as drawn (8 m, not 7.999999999): a millimetre is finer than any wall module.
const mm = (v: number) => Math.round(v * 1000) / 1000 + 0;

export interface SlotOptions {
  /** Grid step along the wall; undefined: where the pointer is (Alt, or snapping off). */
  grid?: number;
  /** Only this wall, at any distance (a dragged element kept in its wall while the pointer is away from walls). */
  only?: string;
}

/** The place in a wall for an element `width` wide at pointer `p`, or undefined with no wall in reach. */
export function wallSlot(floor: Floor, p: Vec2, width: number, opts: SlotOptions = {}): OnWall | undefined {
  const w = opts.only ? onWallById(floor, p, opts.only) : nearestWall(floor, p, WALL_REACH_M);
  if (!w) return undefined;
  const along = opts.grid ? gridAlong(w.point, w.a, w.b, opts.grid) : w.point;
  const at = insideWall(along, w.a, w.b, width);
  return { wallId: w.wallId, at: [mm(at[0]), mm(at[1])], angle: w.angle, a: w.a, b: w.b, outer: inOuterWall(floor, w.wallId) };
}

function onWallById(floor: Floor, p: Vec2, id: string) {
  const el = floor.elements.find((e) => e.id === id);
  if (el?.kind !== 'wall') return undefined;
  const point = closestOnSegment(p, el.a, el.b).point;
  return { wallId: el.id, point, a: el.a, b: el.b, angle: (Math.atan2(el.b[1] - el.a[1], el.b[0] - el.a[0]) * 180) / Math.PI };
}

/**
 * Why an element `width` wide cannot sit at `on`, or undefined when it can: the wall is shorter than it, or its span
 * along the wall meets that of another element the wall hosts (`ignore`: the one being moved).
 */
export function slotClash(floor: Floor, on: OnWall, width: number, ignore?: string): Term | undefined {
  const len = dist(on.a, on.b);
  if (len + 1e-6 < width) {
    const m = (v: number) => `${Math.round(v * 100) / 100} m`;
    return { zh: `墙长 ${m(len)}，放不下 ${m(width)} 宽`, en: `the wall is ${m(len)} long, shorter than ${m(width)}` };
  }
  const u: Vec2 = [(on.b[0] - on.a[0]) / len, (on.b[1] - on.a[1]) / len];
  const at = (on.at[0] - on.a[0]) * u[0] + (on.at[1] - on.a[1]) * u[1];
  const clash = overlapInHost(floor.elements, on.wallId, on.a, u, at, width, (id) => id === ignore);
  if (!clash) return undefined;
  const k = kindOf(clash);
  return { zh: `与这面墙上的${k.label.zh}重叠`, en: `it overlaps a ${k.label.en.toLowerCase()} in this wall` };
}

/** The ring inside which a floor's rooms lie: its outline, else the loop its walls close (kept per floor version). */
const RINGS = new WeakMap<Floor, Polygon | null>();
function insideRing(floor: Floor): Polygon | null {
  let ring = RINGS.get(floor);
  if (ring === undefined) {
    ring = floor.outline ?? largestWallLoop(floor.elements.filter((e) => e.kind === 'wall')) ?? null;
    RINGS.set(floor, ring);
  }
  return ring;
}

/** One side of the wall outside the floor: the outline, else the loop the floor's walls close. */
function inOuterWall(floor: Floor, wallId: string): boolean {
  const wall = floor.elements.find((e) => e.id === wallId);
  if (wall?.kind !== 'wall') return true;
  const ring = insideRing(floor);
  if (!ring) return true;
  const len = dist(wall.a, wall.b);
  if (!(len > 0)) return true;
  const mid: Vec2 = [(wall.a[0] + wall.b[0]) / 2, (wall.a[1] + wall.b[1]) / 2];
  const k = wall.thickness / 2 + 0.3;
  const n: Vec2 = [(-(wall.b[1] - wall.a[1]) / len) * k, ((wall.b[0] - wall.a[0]) / len) * k];
  return !pointInPolygon([mid[0] + n[0], mid[1] + n[1]], ring) || !pointInPolygon([mid[0] - n[0], mid[1] - n[1]], ring);
}
