/**
 * Joined walls stay joined (Revit, SketchUp): when walls move, or a wall's end is dragged, the other walls whose
 * ends meet them follow with those ends, so corners and T-junctions never open up. Doors in a wall whose end follows
 * keep their distance from the end that stays.
 */
import type { Floor, HallDocument } from '../document';
import type { Wall } from '../kinds/wall';
import { type HallElement, kindOf } from '../kinds/registry';
import { hostOf } from '../kinds/refs';
import { findElement } from '../query';
import { distToSegment, type Vec2 } from '../geometry/vec';
import type { Command } from './command';
import { moveElements, replaceElements } from './elements';

/** One end of a wall (0: `a`, 1: `b`) that follows an edit; `on`: the end slides along that wall instead. */
export interface WallEnd {
  wallId: string;
  end: 0 | 1;
  on?: string;
}

/** Ends closer than this to a wall's axis are joined to it (walls drawn with snapping meet exactly). */
const JOIN_M = 1e-3;

const isWall = (el: HallElement): el is Wall => el.kind === 'wall';
const endOf = (w: Wall, end: 0 | 1): Vec2 => (end === 0 ? w.a : w.b);

/**
 * The ends of the floor's other walls joined to the walls `moving`: at one of their ends (a corner: the end follows
 * the move) or along them (a T-junction: the end slides along its own wall to meet the moved one, so a partition
 * stays square when the wall it meets moves along itself). A wall moving itself, or locked, is not carried.
 */
export function joinedEnds(floor: Floor, moving: ReadonlySet<string>): WallEnd[] {
  const movers = floor.elements.filter((el): el is Wall => isWall(el) && moving.has(el.id));
  if (!movers.length) return [];
  const out: WallEnd[] = [];
  for (const el of floor.elements) {
    if (!isWall(el) || moving.has(el.id) || el.locked) continue;
    for (const end of [0, 1] as const) {
      const p = endOf(el, end);
      const m = movers.find((w) => distToSegment(p, w.a, w.b) <= JOIN_M);
      if (!m) continue;
      out.push(near(m.a, p) <= JOIN_M || near(m.b, p) <= JOIN_M ? { wallId: el.id, end } : { wallId: el.id, end, on: m.id });
    }
  }
  // A wall ending along a wall that changes (a partition's T on a moved or a following wall) slides along it: a
  // moving wall's end onto the wall that stays, a staying wall's end onto the following wall's new line.
  const following = new Set(out.filter((e) => !e.on).map((e) => e.wallId));
  const hosts = (w: Wall) => (moving.has(w.id) ? (el: Wall) => !moving.has(el.id) : (el: Wall) => following.has(el.id));
  for (const w of floor.elements) {
    if (!isWall(w) || w.locked || !(moving.has(w.id) || !following.has(w.id))) continue;
    const may = hosts(w);
    for (const end of [0, 1] as const) {
      const p = endOf(w, end);
      if (out.some((e) => e.wallId === w.id && e.end === end)) continue;
      const host = floor.elements.find(
        (el): el is Wall => isWall(el) && el !== w && may(el) && distToSegment(p, el.a, el.b) <= JOIN_M && near(el.a, p) > JOIN_M && near(el.b, p) > JOIN_M,
      );
      if (host) out.push({ wallId: w.id, end, on: host.id });
    }
  }
  return out;
}

const near = (p: Vec2, q: Vec2) => Math.hypot(p[0] - q[0], p[1] - q[1]);

/** Where the line through wall `w` meets the line through `host`, or undefined when they run parallel. */
function meet(w: Wall, host: Wall): Vec2 | undefined {
  const d1: Vec2 = [w.b[0] - w.a[0], w.b[1] - w.a[1]];
  const d2: Vec2 = [host.b[0] - host.a[0], host.b[1] - host.a[1]];
  const den = d1[0] * d2[1] - d1[1] * d2[0];
  if (Math.abs(den) < 1e-9 * Math.hypot(...d1) * Math.hypot(...d2)) return undefined;
  const t = ((host.a[0] - w.a[0]) * d2[1] - (host.a[1] - w.a[1]) * d2[0]) / den;
  return [w.a[0] + d1[0] * t, w.a[1] + d1[1] * t];
}

/** The moved walls with their sliding ends put back on the walls they end along. */
function slid(doc: HallDocument, ends: readonly WallEnd[]): HallElement[] {
  const out = new Map<string, Wall>();
  for (const e of ends) {
    if (!e.on) continue;
    const w = out.get(e.wallId) ?? findElement(doc, e.wallId)?.element;
    const host = findElement(doc, e.on)?.element;
    if (!w || !host || !isWall(w) || !isWall(host)) continue;
    const p = meet(w, host);
    if (p) out.set(w.id, end0(w, e.end, p));
  }
  return [...out.values()];
}

const end0 = (w: Wall, end: 0 | 1, p: Vec2): Wall => (end === 0 ? { ...w, a: p } : { ...w, b: p });

/** The ends of the floor's other walls that meet the end `end` of wall `wallId` (a corner dragged by one wall's end). */
export function endsAtCorner(floor: Floor, wallId: string, end: 0 | 1): WallEnd[] {
  const w = floor.elements.find((el) => el.id === wallId);
  if (!w || !isWall(w)) return [];
  const p = endOf(w, end);
  const out: WallEnd[] = [];
  for (const el of floor.elements) {
    if (!isWall(el) || el.id === wallId || el.locked) continue;
    for (const e of [0, 1] as const) {
      const q = endOf(el, e);
      if (Math.hypot(q[0] - p[0], q[1] - p[1]) <= JOIN_M) out.push({ wallId: el.id, end: e });
    }
  }
  return out;
}

/** `el`, hosted in `before` (now `after`), at the same distance from the end that stayed, turned with the wall. */
function followHost(el: HallElement, before: Wall, after: Wall, fixed: 0 | 1): HallElement {
  const k = kindOf(el);
  const o0 = endOf(before, fixed);
  const o1 = endOf(after, fixed);
  const far0 = endOf(before, fixed === 0 ? 1 : 0);
  const far1 = endOf(after, fixed === 0 ? 1 : 0);
  const turn = Math.atan2(far1[1] - o1[1], far1[0] - o1[0]) - Math.atan2(far0[1] - o0[1], far0[0] - o0[0]);
  const deg = (turn * 180) / Math.PI;
  const moved = k.translate(el, [o1[0] - o0[0], o1[1] - o0[1]]);
  const turned = Math.abs(deg) > 1e-9 ? k.rotate(moved, deg, o1) : moved;
  return { ...turned, [hostKey(el)]: after.id } as HallElement;
}

/** The field naming the host: a door's translate drops it (a door moved alone leaves its wall), this puts it back. */
function hostKey(el: HallElement): string {
  const key = kindOf(el).refs?.find((r) => r.host)?.key;
  if (!key) throw new Error(`${el.kind} has no host field`);
  return key;
}

/**
 * The followed walls with their ends placed by `place`, and their hosted elements carried along. A wall with both
 * ends following keeps its doors' places relative to `a`.
 */
function followers(doc: HallDocument, ends: readonly WallEnd[], place: (p: Vec2) => Vec2): HallElement[] {
  const byWall = new Map<string, Set<0 | 1>>();
  for (const e of ends) if (!e.on) (byWall.get(e.wallId) ?? byWall.set(e.wallId, new Set()).get(e.wallId)!).add(e.end);
  const out: HallElement[] = [];
  for (const [id, set] of byWall) {
    const ref = findElement(doc, id);
    if (!ref || !isWall(ref.element)) continue;
    const before = ref.element;
    const after: Wall = { ...before, a: set.has(0) ? place(before.a) : before.a, b: set.has(1) ? place(before.b) : before.b };
    out.push(after);
    const fixed: 0 | 1 = set.has(0) && !set.has(1) ? 1 : 0;
    for (const el of ref.floor.elements) if (hostOf(el) === id) out.push(followHost(el, before, after, fixed));
  }
  return out;
}

/** Compose commands into one, whose inverse undoes them in reverse order. */
function sequence(label: string, parts: Command[]): Command {
  return {
    label,
    apply(doc) {
      let cur = doc;
      const inverses: Command[] = [];
      for (const c of parts) {
        const r = c.apply(cur);
        cur = r.doc;
        inverses.unshift(r.inverse);
      }
      return { doc: cur, inverse: sequence(label, inverses) };
    },
  };
}

/** Move elements by `delta`, the wall ends joined to them (`ends`, found before the gesture) following. */
export function moveKeepingJoins(ids: string[], delta: Vec2, ends: readonly WallEnd[], label = '移动 / Move'): Command {
  if (!ends.length) return moveElements(ids, delta, label);
  return {
    label,
    apply(doc) {
      const follow = followers(doc, ends, (p) => [p[0] + delta[0], p[1] + delta[1]]);
      const slide: Command = { label, apply: (d) => replaceElements(slid(d, ends), label).apply(d) };
      return sequence(label, [moveElements(ids, delta, label), replaceElements(follow, label), slide]).apply(doc);
    },
  };
}

/** Replace `next` (a wall with a dragged end now at `to`), the wall ends that met that end (`ends`) moving to `to`. */
export function replaceKeepingJoins(next: HallElement, to: Vec2, ends: readonly WallEnd[], label: string): Command {
  if (!ends.length) return replaceElements([next], label);
  return {
    label,
    apply(doc) {
      return replaceElements([next, ...followers(doc, ends, () => to)], label).apply(doc);
    },
  };
}
