/**
 * Whether a counter's citizen side is blocked: the depth a citizen needs in front of it (its one-metre line, and at
 * least the 1.5 m a wheelchair turns in) runs into a wall or an obstacle. Checked while a row is dragged and right
 * after it is placed, before the rules run, so a row set down back to front is seen at once. And which side of a
 * row is the open one: where its citizens have the more free depth, the side a new row faces unless turned round.
 */
import type { Floor } from '../core/document';
import type { ElementOf } from '../core/kinds/registry';
import { oneMetreStrip } from '../core/kinds/counter';
import { pointInPolygon, polygonsIntersect, type Polygon } from '../core/geometry/polygon';
import { segmentIntersection, segmentsIntersect, type Vec2 } from '../core/geometry/vec';
import { counterFront } from '../core/kinds/counter';
import { kindOf } from '../core/kinds/registry';

/** Depth in front of a counter a wheelchair user needs to turn (the 1.5 m turning circle). */
const TURNING_M = 1.5;
/** How far the free depth in front of a counter is looked for: deeper is as open as this. */
const OPEN_M = 12;

function stripHitsWall(strip: Polygon, a: [number, number], b: [number, number]): boolean {
  if (pointInPolygon(a, strip) || pointInPolygon(b, strip)) return true;
  for (let i = 0; i < strip.length; i++) if (segmentsIntersect(a, b, strip[i], strip[(i + 1) % strip.length])) return true;
  return false;
}

/** The counters among `counters` whose citizen side is against a wall or an obstacle of `floor`. */
export function blockedFronts(floor: Floor, counters: readonly ElementOf<'counter'>[]): ElementOf<'counter'>[] {
  const walls = floor.elements.filter((e): e is ElementOf<'wall'> => e.kind === 'wall');
  const obstacles = floor.elements.filter((e): e is ElementOf<'obstacle'> => e.kind === 'obstacle');
  return counters.filter((c) => {
    // the strip starts a hair off the desk so a counter set flush against a wall behind it is not "blocked"
    const strip = oneMetreStrip(c, Math.max(TURNING_M, c.oneMetreLine.enabled ? c.oneMetreLine.distance : 1));
    const inner = shrinkFromDesk(strip);
    return walls.some((w) => stripHitsWall(inner, w.a, w.b)) || obstacles.some((o) => polygonsIntersect(inner, o.polygon));
  });
}

/** The strip moved 2 cm away from the desk's front edge. */
function shrinkFromDesk(strip: Polygon): Polygon {
  const [a, b, c, d] = strip;
  const k = 0.02 / Math.max(Math.hypot(d[0] - a[0], d[1] - a[1]), 1e-9);
  const f = (p: [number, number], q: [number, number]): [number, number] => [p[0] + (q[0] - p[0]) * k, p[1] + (q[1] - p[1]) * k];
  return [f(a, d), f(b, c), c, d];
}

/** The segments a citizen in front of a counter cannot see or walk past: walls, other blocking elements' edges and the floor's outline. */
function barriers(floor: Floor, except: ReadonlySet<string>): [Vec2, Vec2][] {
  const out: [Vec2, Vec2][] = [];
  const ring = (p: Polygon) => p.forEach((q, i) => out.push([q, p[(i + 1) % p.length]]));
  if (floor.outline) ring(floor.outline);
  for (const e of floor.elements) {
    if (except.has(e.id) || !kindOf(e).blocksWalking(e)) continue;
    const fp = e.kind === 'wall' ? null : kindOf(e).footprint(e);
    if (fp) ring(fp);
    else for (const s of kindOf(e).segments?.(e) ?? []) out.push(s);
  }
  return out;
}

/** Free depth in front of a counter's middle, up to OPEN_M: from its front edge to the first barrier (a wall's face, not its axis). */
function freeDepth(c: ElementOf<'counter'>, segs: readonly [Vec2, Vec2][], walls: ReadonlyMap<[Vec2, Vec2], number>): number {
  const f = counterFront(c);
  const from: Vec2 = [(f.a[0] + f.b[0]) / 2, (f.a[1] + f.b[1]) / 2];
  const to: Vec2 = [from[0] + f.normal[0] * OPEN_M, from[1] + f.normal[1] * OPEN_M];
  let best = OPEN_M;
  for (const s of segs) {
    const x = segmentIntersection(from, to, s[0], s[1]);
    if (x) best = Math.min(best, Math.max(0, Math.hypot(x[0] - from[0], x[1] - from[1]) - (walls.get(s) ?? 0)));
  }
  return best;
}

/**
 * Whether a row of counters (all facing one way) should be turned round to face the open side: true when the citizens
 * of the row turned round would have more free depth in all than they have as laid out. A row in open floor stays.
 */
export function facesAwayFromOpenSide(floor: Floor, row: readonly ElementOf<'counter'>[]): boolean {
  if (!row.length) return false;
  const segs = barriers(floor, new Set(row.map((c) => c.id)));
  const walls = new Map<[Vec2, Vec2], number>();
  for (const e of floor.elements) {
    if (e.kind !== 'wall') continue;
    const s: [Vec2, Vec2] = [e.a, e.b];
    segs.push(s);
    walls.set(s, e.thickness / 2);
  }
  let asLaid = 0;
  let turned = 0;
  for (const c of row) {
    asLaid += freeDepth(c, segs, walls);
    turned += freeDepth({ ...c, rotation: c.rotation + 180 }, segs, walls);
  }
  return turned > asLaid + 1e-6;
}
