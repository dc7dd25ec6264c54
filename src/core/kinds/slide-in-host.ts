/**
 * A move of an element set into a wall (a kind with `inWall`: a door, a window) whose wall stays where it is: the
 * element slides along its wall by the part of the move along it, kept whole inside the wall, and never leaves it.
 * The move command asks this for every element it moves, so a door in a mixed selection or nudged by the arrow keys
 * stays in its wall as one dragged alone does; when its wall moves too, the door moves with it unchanged.
 */
import type { HallDocument } from '../document';
import { dot, rotate, sub, type Vec2 } from '../geometry/vec';
import { findElement } from '../query';
import { hostOf, withHostOf } from './refs';
import { type HallElement, kindOf } from './registry';

/** The wall's axis as an origin, a unit direction and a length; undefined when the host draws no segment. */
function axisOf(host: HallElement): { a: Vec2; u: Vec2; len: number } | undefined {
  const seg = kindOf(host).segments?.(host)[0];
  if (!seg) return undefined;
  const [a, b] = seg;
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  return len > 0 ? { a, u: [(b[0] - a[0]) / len, (b[1] - a[1]) / len], len } : undefined;
}

/**
 * `el` moved by `delta` inside its wall, or undefined when that is not its case (not set into a wall, no host, or the
 * host among `moved`). Where the slid place would overlap another element the wall holds (not one moving too), the
 * element stays where it was.
 */
export function slidInHost(doc: HallDocument, el: HallElement, delta: Vec2, moved: ReadonlySet<string>): HallElement | undefined {
  const fit = kindOf(el).inWall;
  const hostId = hostOf(el);
  if (!fit || hostId === undefined || moved.has(hostId)) return undefined;
  const ref = findElement(doc, hostId);
  const axis = ref && axisOf(ref.element);
  if (!ref || !axis) return undefined;
  const half = fit.width(el) / 2;
  const from = dot(sub(kindOf(el).anchor(el), axis.a), axis.u);
  const want = from + dot(delta, axis.u);
  const to = axis.len <= 2 * half ? axis.len / 2 : Math.min(Math.max(want, half), axis.len - half);
  const along = Math.round((to - from) * 1000) / 1000;
  if (along === 0) return el;
  if (overlapInHost(ref.floor.elements, hostId, axis.a, axis.u, to, 2 * half, (id) => id === el.id || moved.has(id))) return el;
  const next = kindOf(el).translate(el, [axis.u[0] * along, axis.u[1] * along]);
  return withHostOf(el, next, new Set([hostId]));
}

/**
 * A turn of an element set into a wall whose wall stays (or undefined, as `slidInHost`): it cannot turn out of the
 * wall, so it keeps its direction and takes the part along the wall of where the turn carries its anchor; a half
 * turn flips which side it faces, which keeps it in the wall.
 */
export function turnedInHost(doc: HallDocument, el: HallElement, deg: number, about: Vec2, moved: ReadonlySet<string>): HallElement | undefined {
  const kind = kindOf(el);
  const at = kind.anchor(el);
  const half = ((deg % 360) + 360) % 360 === 180;
  return slidInHost(doc, half ? kind.rotate(el, 180, at) : el, sub(rotate(at, deg, about), at), moved);
}

/**
 * The first element set into wall `hostId` (but those `skip` names) whose footprint overlaps the stretch `width` long
 * centred `at` metres along the wall's axis (origin `a`, unit direction `u`): where a door or window cannot go.
 */
export function overlapInHost(
  elements: readonly HallElement[],
  hostId: string,
  a: Vec2,
  u: Vec2,
  at: number,
  width: number,
  skip: (id: string) => boolean,
): HallElement | undefined {
  for (const e of elements) {
    if (skip(e.id) || hostOf(e) !== hostId) continue;
    const span =
      kindOf(e)
        .footprint(e)
        ?.map((q) => dot(sub(q, a), u)) ?? [];
    if (span.length && Math.min(...span) < at + width / 2 - 1e-6 && Math.max(...span) > at - width / 2 + 1e-6) return e;
  }
  return undefined;
}
