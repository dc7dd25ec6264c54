/**
 * Side ways off a walked route: where the route runs between walls (a corridor) and the wall on one side breaks
 * for a way the public can walk into, the citizen going straight on must choose as much as one turning off. The
 * standards do not define a decision point (hainan §6.1.4.9 asks signs to follow the 办事动线 continuously, and its
 * §6.1.4.5 defers to GB/T 15566.1, not supplied), so a crossing of public ways is one whether or not its branches
 * lead to a zone: the citizen cannot see where they lead. A door is no side way (it opens into a room, signed by
 * the room's own sign), nor a gap into staff-only space, nor a recess shallower than the leg a turn needs.
 */
import type { ElementOf } from '../../core/kinds/registry';
import type { BBox } from '../../core/geometry/polygon';
import { segmentDistance, segmentIntersection, type Vec2 } from '../../core/geometry/vec';
import type { NavPoint } from '../../nav';

type Wall = ElementOf<'wall'>;

/** A cell's key (cells 32,768 apart share a key; the walls in it are measured exactly). */
const cellKey = (cx: number, cy: number) => (cx & 0x7fff) * 0x8000 + (cy & 0x7fff);

/** A step in a chain of maps from the numbers of a key to its id (−1 where no key ends). */
interface KeyStep {
  next?: Map<number, KeyStep>;
  id: number;
}

function stepTo(step: KeyStep, k: number): KeyStep {
  step.next ??= new Map();
  let n = step.next.get(k);
  if (!n) step.next.set(k, (n = { id: -1 }));
  return n;
}

/**
 * Small integer ids for legs, exact in their floor and end coordinates: a string key per leg cost four number
 * conversions, and the routes of a hall walk thousands of legs per check.
 */
class LegIds {
  private readonly root: KeyStep = { id: -1 };
  private count = 0;
  private readonly floors = new Map<string, number>();
  id(floorId: string, a: Vec2, b: Vec2): number {
    let f = this.floors.get(floorId);
    if (f === undefined) this.floors.set(floorId, (f = this.floors.size));
    const step = stepTo(stepTo(stepTo(stepTo(stepTo(this.root, f), a[0]), a[1]), b[0]), b[1]);
    if (step.id < 0) step.id = this.count++;
    return step.id;
  }
}

/** A floor's walls bucketed in square cells, so the walls near a leg are found by looking at a few cells. */
export class WallIndex {
  private cells = new Map<number, Wall[]>();
  constructor(
    walls: readonly Wall[],
    private readonly size: number,
  ) {
    for (const w of walls) this.visit(w.a, w.b, 0, (k) => (this.cells.get(k) ?? this.cells.set(k, []).get(k)!).push(w));
  }

  /** Calls `f` with the key of every cell the box of a–b, grown by `pad`, touches. */
  private visit(a: Vec2, b: Vec2, pad: number, f: (key: number) => void): void {
    const s = this.size;
    const x0 = Math.floor((Math.min(a[0], b[0]) - pad) / s);
    const x1 = Math.floor((Math.max(a[0], b[0]) + pad) / s);
    const y0 = Math.floor((Math.min(a[1], b[1]) - pad) / s);
    const y1 = Math.floor((Math.max(a[1], b[1]) + pad) / s);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) f(cellKey(cx, cy));
  }

  /** The walls that come within `pad` of the segment a–b, each once. */
  near(a: Vec2, b: Vec2, pad: number): Wall[] {
    const out = new Set<Wall>();
    this.visit(a, b, pad, (k) => {
      for (const w of this.cells.get(k) ?? []) if (!out.has(w) && segmentDistance(a, b, w.a, w.b) <= pad) out.add(w);
    });
    return [...out];
  }
}

let lastIndexes: { walls: readonly { floor: { id: string }; el: Wall }[]; size: number; index: Map<string, WallIndex> } | undefined;

/**
 * Each floor's wall index, with cells the size of the longest probe; the last one is handed back while the walls
 * are the same objects on the same floors (a seat moved makes new floor objects, not new walls).
 */
export function wallIndexes(walls: readonly { floor: { id: string }; el: Wall }[], size: number): Map<string, WallIndex> {
  const l = lastIndexes;
  if (l && l.size === size && l.walls.length === walls.length && l.walls.every((w, i) => w.el === walls[i].el && w.floor.id === walls[i].floor.id)) return l.index;
  const byFloor = new Map<string, Wall[]>();
  for (const { floor, el } of walls) (byFloor.get(floor.id) ?? byFloor.set(floor.id, []).get(floor.id)!).push(el);
  const index = new Map([...byFloor].map(([id, walls]) => [id, new WallIndex(walls, size)]));
  lastIndexes = { walls, size, index };
  return index;
}

/** How the side ways of a route are probed: walls per floor, public walkability of a straight line, the step and reach. */
export interface SideProbe {
  walls: (floorId: string) => WallIndex | undefined;
  walkable: (floorId: string, a: Vec2, b: Vec2) => boolean;
  /** Distance between probes along the route. */
  step: number;
  /**
   * A wall within `reach` beside the route bounds it on that side; a side way goes on at least `reach` past that
   * wall's line; and a side way within `reach` of the route's start or end is the entrance's or the destination's.
   */
  reach: number;
}

/** A side way found on a leg: where, and how far along the leg. */
interface LegWay {
  p: Vec2;
  at: number;
}

/**
 * What the walls say along one side of a leg, in order: a wall bounds the leg again (`end` undefined; a run of
 * such probes is one), or no wall for `base + reach` so the side opens there if the public can walk to `end`.
 */
interface SideEvent {
  p: Vec2;
  at: number;
  end?: Vec2;
}

/** A wall near a leg and the stretch of the leg where it can be within a probe's length. */
interface NearWall {
  w: Wall;
  lo: number;
  hi: number;
}

/**
 * The walls' part of a leg's side ways, per side: every probe where a wall within `reach` bounds the leg, and
 * every probe past such a wall with no wall for `base + reach` (base: that wall's distance). It depends on the
 * walls alone, so it is kept while they are the same objects; the public's access (staff zones, doors) is read
 * afterwards. Each leg starts afresh: where the route turns, the turn is the decision point.
 */
function legSides(floorId: string, a: Vec2, b: Vec2, probe: SideProbe): SideEvent[][] {
  const { step, reach } = probe;
  const len = 2 * reach;
  const d = Math.hypot(b[0] - a[0], b[1] - a[1]);
  // No wall within reach of the leg: nothing bounds it, so nothing can open off it (most legs across a hall).
  const walls = d > 0 ? (probe.walls(floorId)?.near(a, b, len) ?? []) : [];
  if (!walls.length || walls.every((w) => segmentDistance(a, b, w.a, w.b) > reach)) return [];
  const t: Vec2 = [(b[0] - a[0]) / d, (b[1] - a[1]) / d];
  const along = (q: Vec2) => (q[0] - a[0]) * t[0] + (q[1] - a[1]) * t[1];
  const near: NearWall[] = walls.map((w) => ({ w, lo: Math.min(along(w.a), along(w.b)) - len, hi: Math.max(along(w.a), along(w.b)) + len }));
  const out: SideEvent[][] = [];
  for (const nrm of [
    [-t[1], t[0]],
    [t[1], -t[0]],
  ] as Vec2[]) {
    const events: SideEvent[] = [];
    let base: number | undefined;
    const n = Math.max(1, Math.ceil(d / step));
    for (let k = 1; k < n; k++) {
      const at = (d * k) / n;
      const p: Vec2 = [a[0] + t[0] * at, a[1] + t[1] * at];
      let f = Number.POSITIVE_INFINITY;
      for (const c of near) if (at >= c.lo && at <= c.hi) f = Math.min(f, rayToWall(p, nrm, len, c.w));
      if (base !== undefined && f >= base + reach) events.push({ p, at, end: [p[0] + nrm[0] * (base + reach), p[1] + nrm[1] * (base + reach)] });
      else if (f <= reach) {
        base = f;
        if (!events.length || events[events.length - 1].end) events.push({ p, at });
      }
    }
    out.push(events);
  }
  return out;
}

/** The distance from `a` along the unit direction `n` to wall `w` if it lies within `len`, else Infinity. */
function rayToWall(a: Vec2, n: Vec2, len: number, w: Wall): number {
  const x = segmentIntersection(a, [a[0] + n[0] * len, a[1] + n[1] * len], w.a, w.b);
  return x ? Math.hypot(x[0] - a[0], x[1] - a[1]) : Number.POSITIVE_INFINITY;
}

/** The side ways found beside one leg, and the plan box the public-walkability probes of its gaps read (null: none). */
interface LegAnswer {
  ways: LegWay[];
  reads: BBox | null;
}

/**
 * The middle of each side way beside one leg: per side, the leg is bounded by a wall within `reach`, then opens
 * where the public can walk `base + reach` out, then is bounded again. Probes across a wall's end or a widening
 * neither open nor close a gap; open floor to the leg's end was a room's mouth (a corridor opening into a hall),
 * not a crossing.
 */
function legWays(floorId: string, sides: SideEvent[][], probe: SideProbe): LegAnswer {
  const ways: LegWay[] = [];
  let reads: BBox | null = null;
  for (const events of sides) {
    let gap: SideEvent[] = [];
    for (const e of events) {
      if (e.end) {
        reads = grow(reads, e.p, e.end);
        if (probe.walkable(floorId, e.p, e.end)) gap.push(e);
        continue;
      }
      if (gap.length) ways.push(gap[Math.floor((gap.length - 1) / 2)]);
      gap = [];
    }
  }
  return { ways, reads };
}

/** `box` grown to hold the segment a–b. */
function grow(box: BBox | null, a: Vec2, b: Vec2): BBox {
  const minX = Math.min(a[0], b[0]);
  const minY = Math.min(a[1], b[1]);
  const maxX = Math.max(a[0], b[0]);
  const maxY = Math.max(a[1], b[1]);
  if (!box) return { minX, minY, maxX, maxY };
  return { minX: Math.min(box.minX, minX), minY: Math.min(box.minY, minY), maxX: Math.max(box.maxX, maxX), maxY: Math.max(box.maxY, maxY) };
}

/** What one route's side ways read of the walkable space: per floor, the version read and the boxes its probes read. */
type RouteReads<V extends object = object> = Map<string, { version: V | undefined; boxes: BBox[] }>;

/**
 * The side ways a route passes (legWays per leg), leaving out those within `reach` of its start (the entrance's)
 * or its end (the destination's). `legs` keeps each leg's answer for the other routes that walk the same leg,
 * `kept` the walls' part of each leg for later checks while the walls stay; `reads` collects, per floor, the boxes
 * the probes read.
 */
export function sideWays(
  route: readonly NavPoint[],
  probe: SideProbe,
  legs = new Map<number, LegAnswer>(),
  kept = new Map<number, SideEvent[][]>(),
  ids = new LegIds(),
  reads?: (floorId: string, box: BBox) => void,
): NavPoint[] {
  let total = 0;
  for (let i = 1; i < route.length; i++) if (route[i - 1].floorId === route[i].floorId) total += Math.hypot(route[i].p[0] - route[i - 1].p[0], route[i].p[1] - route[i - 1].p[1]);
  const out: NavPoint[] = [];
  let along = 0;
  for (let i = 1; i < route.length; i++) {
    const { floorId, p: a } = route[i - 1];
    const b = route[i].p;
    if (floorId !== route[i].floorId) continue;
    const key = ids.id(floorId, a, b);
    let leg = legs.get(key);
    if (!leg) {
      let sides = kept.get(key);
      if (!sides) kept.set(key, (sides = legSides(floorId, a, b, probe)));
      legs.set(key, (leg = legWays(floorId, sides, probe)));
    }
    if (leg.reads) reads?.(floorId, leg.reads);
    for (const w of leg.ways) if (along + w.at >= probe.reach && total - along - w.at >= probe.reach) out.push({ floorId, p: w.p });
    along += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return out;
}

/**
 * The walkable space the probes read, per floor: its version now, and where it may differ from an earlier version
 * (plan boxes; null when that cannot be told, so every answer that read the floor is found again).
 */
export interface SideSpace<V extends object> {
  version: (floorId: string) => V | undefined;
  changedSince: (floorId: string, from: V) => readonly BBox[] | null;
}

/**
 * The walls' part of each leg (legSides) and each route's answer with what it read, kept while the walls are the
 * same objects and the probe's parameters the same.
 */
const sideCache: {
  walls: readonly object[];
  tag: string;
  ids: LegIds;
  legs: Map<number, SideEvent[][]>;
  routes: WeakMap<object, { out: NavPoint[]; reads: RouteReads }>;
} = {
  walls: [],
  tag: '',
  ids: new LegIds(),
  legs: new Map(),
  routes: new WeakMap(),
};

const meets = (a: BBox, b: BBox) => a.minX <= b.maxX && a.maxX >= b.minX && a.minY <= b.maxY && a.maxY >= b.minY;

/**
 * Whether a route's kept answer still holds: on every floor its probes read, the walkable space is the version they
 * read or changed only outside the boxes they read (a seat moved far from every gap in the corridor walls). The
 * answer is then moved to the current versions, so the next edit is compared with this one.
 */
function stillHolds<V extends object>(reads: RouteReads<V>, space: SideSpace<V>): boolean {
  for (const [floorId, r] of reads) {
    const now = space.version(floorId);
    if (now === r.version) continue;
    const changed = r.version && now ? space.changedSince(floorId, r.version) : null;
    if (!changed || changed.some((c) => r.boxes.some((b) => meets(b, c)))) return false;
  }
  for (const [floorId, r] of reads) r.version = space.version(floorId);
  return true;
}

/** Routes whose side ways were kept across a change of the walkable space, and those found again (for tests). */
export const sideWayStats = { kept: 0, computed: 0 };

let memo: { routes: readonly (readonly NavPoint[])[]; keys: readonly object[]; tag: string; out: NavPoint[][] } | undefined;

/**
 * sideWays for every route, kept while the routes, the floors' walls and the walking rasters the probes read are
 * the same objects and `tag` (the probe's parameters) is the same (a sign moved or renamed changes none of them).
 * When a raster changed (a seat moved), a route kept as the same object keeps its answer unless the change lies
 * within what its probes read.
 */
export function sideWaysOf<V extends object>(
  routes: readonly (readonly NavPoint[])[],
  walls: readonly object[],
  keys: readonly object[],
  tag: string,
  space: SideSpace<V>,
  probeFor: () => SideProbe,
): NavPoint[][] {
  const same = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  if (memo && memo.tag === tag && same(memo.routes, routes) && same(memo.keys, keys)) return memo.out;
  if (sideCache.tag !== tag || !same(sideCache.walls, walls)) Object.assign(sideCache, { walls, tag, ids: new LegIds(), legs: new Map(), routes: new WeakMap() });
  else if (sideCache.legs.size > 2 * legCount(routes)) Object.assign(sideCache, { ids: new LegIds(), legs: new Map() });
  let probe: SideProbe | undefined;
  const legs = new Map<number, LegAnswer>();
  const out = routes.map((r) => {
    const hit = sideCache.routes.get(r) as { out: NavPoint[]; reads: RouteReads<V> } | undefined;
    if (hit && stillHolds(hit.reads, space)) {
      sideWayStats.kept++;
      return hit.out;
    }
    sideWayStats.computed++;
    const reads: RouteReads<V> = new Map();
    const add = (floorId: string, box: BBox) => {
      let f = reads.get(floorId);
      if (!f) reads.set(floorId, (f = { version: space.version(floorId), boxes: [] }));
      f.boxes.push(box);
    };
    const ways = sideWays(r, (probe ??= probeFor()), legs, sideCache.legs, sideCache.ids, add);
    sideCache.routes.set(r, { out: ways, reads });
    return ways;
  });
  memo = { routes, keys, tag, out };
  return out;
}
/** How many legs the routes walk, so the kept legs of routes walked before stay a bounded multiple of it. */
const legCount = (routes: readonly (readonly NavPoint[])[]) => routes.reduce((n, r) => n + r.length, 0);
