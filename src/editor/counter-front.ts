/**
 * Whether a counter's citizen side is blocked: its one-metre strip (at least one metre, even with the line
 * switched off) runs into a wall or an obstacle. Checked while a row is dragged and right after it is placed,
 * before the rules run, so a row set down back to front is seen at once.
 */
import type { Floor } from '../core/document';
import type { ElementOf } from '../core/kinds/registry';
import { oneMetreStrip } from '../core/kinds/counter';
import { pointInPolygon, polygonsIntersect, type Polygon } from '../core/geometry/polygon';
import { segmentsIntersect } from '../core/geometry/vec';

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
    const strip = oneMetreStrip(c, Math.max(1, c.oneMetreLine.enabled ? c.oneMetreLine.distance : 1));
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
