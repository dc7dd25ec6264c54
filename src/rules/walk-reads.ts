/**
 * What a taut walk (walk.ts) reads, recorded so its answer can be kept across an edit that touches none of it. A
 * taut walk depends on the field's figures at the points asked, the path the field gives to each, and the floor's
 * obstacles inside the boxes its straight-line tests and corner searches looked at. After a seat moves elsewhere
 * on the floor the field is repaired and the floor is a new object, but a zone whose walk read none of what changed
 * would measure the same again: the escape-travel zones that fail keep their findings while a seat is dragged.
 */
import type { Floor } from '../core/document';
import { elementDiff } from '../core/element-diff';
import { kindOf } from '../core/kinds/registry';
import { cachedBBox, type BBox } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';
import type { DistanceField, NavPoint } from '../nav';

export interface WalkReads {
  /** Plan boxes every obstacle a walk's answer rests on meets, by their sides. */
  minX: number[];
  minY: number[];
  maxX: number[];
  maxY: number[];
  /** Each point a path was asked to, on its floor, and the path the field gave (the same array while it stands). */
  paths: { floorId: string; p: Vec2; points: readonly NavPoint[] | null }[];
}

let recording: WalkReads | null = null;

/** Runs `f` recording what the taut walks it measures read into `into`. */
export function recordingWalks<T>(into: WalkReads, f: () => T): T {
  const outer = recording;
  recording = into;
  try {
    return f();
  } finally {
    recording = outer;
  }
}

/** Notes a box of the plan a walk tested against the obstacles. */
export function noteBox(minX: number, minY: number, maxX: number, maxY: number): void {
  if (!recording) return;
  recording.minX.push(minX);
  recording.minY.push(minY);
  recording.maxX.push(maxX);
  recording.maxY.push(maxY);
}

/** Notes the path a walk was measured along. */
export function notePath(floorId: string, p: Vec2, points: readonly NavPoint[] | null): void {
  recording?.paths.push({ floorId, p, points });
}

/**
 * The plan boxes holding every obstacle edge that differs between two versions of a floor, as a taut walk's
 * obstacles have them (walk.ts: the walls cut by their doors, what blocks walking, staff-only zones), or null when
 * the change cannot be bounded that way (a wall or a door changed, elements reordered). The last pair is kept:
 * every zone of a floor asks about the same one.
 */
let lastPair: { prev: Floor; next: Floor; boxes: BBox[] | null } | null = null;
export function changedObstacles(prev: Floor, next: Floor): BBox[] | null {
  if (lastPair && lastPair.prev === prev && lastPair.next === next) return lastPair.boxes;
  let boxes: BBox[] | null = [];
  if (prev !== next) {
    if (prev.outline !== next.outline) boxes = null;
    else {
      const diff = elementDiff(prev.elements, next.elements);
      if (diff.reordered) boxes = null;
      for (const e of diff.added.concat(diff.removed)) {
        if (!boxes) break;
        const b = obstacleBox(e);
        if (b === undefined) boxes = null;
        else if (b) boxes.push(b);
      }
    }
  }
  lastPair = { prev, next, boxes };
  return boxes;
}

/**
 * The box of what an element adds to a taut walk's obstacles: null when nothing, undefined when not bounded by the
 * element's own footprint (a wall's pieces depend on its doors, and a door cuts a wall).
 */
function obstacleBox(e: Floor['elements'][number]): BBox | null | undefined {
  const k = kindOf(e);
  if (k.walking === 'none' || k.walking === 'links-floors') return null;
  if (k.walking === 'opens') return undefined;
  // What blocks walking by its footprint, and areas (staff-only zones keep the public out by theirs).
  const fp = k.footprint(e);
  if (!fp) return undefined;
  const b = cachedBBox(fp);
  return { minX: b.minX - SLACK_M, minY: b.minY - SLACK_M, maxX: b.maxX + SLACK_M, maxY: b.maxY + SLACK_M };
}
/** A micrometre: a wall's pieces, cut at its doors, may stand off its footprint by rounding; far below anything drawn. */
const SLACK_M = 1e-6;

/** An empty record, to pass to recordingWalks. */
export const walkReads = (): WalkReads => ({ minX: [], minY: [], maxX: [], maxY: [], paths: [] });

/**
 * Whether walks that read `reads` on floor `prev` measure the same on `next` with `field`: the field gives each
 * point the same path (the caller has checked its figures over the points), and no obstacle that changed meets a
 * box the walks tested.
 */
export function walksHold(reads: WalkReads, field: DistanceField, prev: Floor, next: Floor): boolean {
  for (const q of reads.paths) if (field.pathTo({ floorId: q.floorId, p: q.p }) !== q.points) return false;
  if (prev === next) return true;
  const changed = changedObstacles(prev, next);
  if (!changed) return false;
  const { minX, minY, maxX, maxY } = reads;
  for (const b of changed) for (let i = 0; i < minX.length; i++) if (b.minX <= maxX[i] && b.maxX >= minX[i] && b.minY <= maxY[i] && b.maxY >= minY[i]) return false;
  return true;
}
