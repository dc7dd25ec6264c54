/** What a tap on the map means: the nearest marked place within reach, else the zone the point is in. */
import type { Vec2 } from '../core/geometry/vec';
import type { Destination, MapFloor, NavMapData } from './data';
import { insideRing } from '../core/geometry/ring';

/** The place at plan point `p` on floor `f`; `reach`: how far from a marked place (metres) a tap still means it. */
export function placeAt(data: NavMapData, f: MapFloor, p: Vec2, reach: number): Destination | undefined {
  let best: Destination | undefined;
  let bd = reach;
  for (const d of data.dests) {
    if (d.floorId !== f.id || d.category === 'zone' || d.category === 'toilet') continue;
    const dd = Math.hypot(d.position[0] - p[0], d.position[1] - p[1]);
    if (dd <= bd) {
      bd = dd;
      best = d;
    }
  }
  if (best) return best;
  const zones = f.zones.filter((z) => !z.staff && insideRing(p, z.polygon));
  const ids = new Set(zones.map((z) => z.id));
  return data.dests.find((d) => ids.has(d.id));
}
