/**
 * Line of sight on a floor: blocked by walls (not glazed) except through their doors, and by obstacles taller
 * than eye height that are not see-through. Counters, seats and signs stand below eye level and do not block.
 *
 * The sight-relevant elements of a floor are indexed once and kept while they are the same objects (moving a
 * seat or a sign leaves them alone), and answers are remembered per index: rules ask the same questions after
 * every edit.
 */
import type { HallDocument, Floor } from '../core/document';
import type { ElementOf } from '../core/kinds/registry';
import { findFloor } from '../core/query';
import { segmentIntersection, segmentsIntersect, dist, type Vec2 } from '../core/geometry/vec';
import { QuadMemo } from './pair-memo';

const EYE = 1.5;

interface SightIndex {
  /** The elements the index was built from, to tell whether a newer floor can reuse it. */
  from: Floor['elements'];
  walls: ElementOf<'wall'>[];
  openings: ElementOf<'opening'>[];
  obstacles: ElementOf<'obstacle'>[];
  answers: QuadMemo;
}

const byFloor = new WeakMap<Floor, SightIndex>();
const newestById = new Map<string, SightIndex>();

function relevant(floor: Floor): Floor['elements'] {
  return floor.elements.filter((e) => (e.kind === 'wall' && !e.glazed) || e.kind === 'opening' || (e.kind === 'obstacle' && !e.seeThrough && e.height >= EYE));
}

function indexOf(floor: Floor): SightIndex {
  let idx = byFloor.get(floor);
  if (idx) return idx;
  const from = relevant(floor);
  const prev = newestById.get(floor.id);
  if (prev && prev.from.length === from.length && prev.from.every((e, i) => e === from[i])) idx = prev;
  else {
    idx = {
      from,
      walls: from.filter((e): e is ElementOf<'wall'> => e.kind === 'wall'),
      openings: from.filter((e): e is ElementOf<'opening'> => e.kind === 'opening'),
      obstacles: from.filter((e): e is ElementOf<'obstacle'> => e.kind === 'obstacle'),
      answers: new QuadMemo(),
    };
    newestById.delete(floor.id);
    newestById.set(floor.id, idx);
    if (newestById.size > 64) newestById.delete(newestById.keys().next().value!);
  }
  byFloor.set(floor, idx);
  return idx;
}

function clear(idx: SightIndex, a: Vec2, b: Vec2): boolean {
  const { walls, openings, obstacles } = idx;
  for (let k = 0; k < walls.length; k++) {
    const w = walls[k];
    const x = segmentIntersection(a, b, w.a, w.b);
    if (!x) continue;
    let throughDoor = false;
    for (let m = 0; m < openings.length && !throughDoor; m++) {
      const o = openings[m];
      throughDoor = (o.wallId === w.id || !o.wallId) && dist(o.position, x) <= o.width / 2 + 0.05;
    }
    if (!throughDoor) return false;
  }
  for (let k = 0; k < obstacles.length; k++) {
    const poly = obstacles[k].polygon;
    for (let i = 0; i < poly.length; i++) if (segmentsIntersect(a, b, poly[i], poly[(i + 1) % poly.length])) return false;
  }
  return true;
}

/**
 * An object that stays the same while a floor's sight-blocking elements do (walls, doors, tall obstacles): callers
 * can key their own memos on it.
 */
export function sightVersion(doc: HallDocument, floorId: string): object | undefined {
  const floor = findFloor(doc, floorId);
  return floor ? indexOf(floor) : undefined;
}

export function lineOfSight(doc: HallDocument, floorId: string, a: Vec2, b: Vec2): boolean {
  const floor = findFloor(doc, floorId);
  if (!floor) return false;
  const idx = indexOf(floor);
  let ok = idx.answers.get(a[0], a[1], b[0], b[1]);
  if (ok === undefined) {
    ok = clear(idx, a, b);
    if (idx.answers.size > 20000) idx.answers.clear();
    idx.answers.set(a[0], a[1], b[0], b[1], ok);
  }
  return ok;
}
