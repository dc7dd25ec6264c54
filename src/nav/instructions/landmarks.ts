/**
 * Named things near a point that a walker can see, and which one to name at a turn. What is a landmark comes from
 * the kinds (src/nav/instructions/landmarks-of.ts, at export); this part also runs in the phone app, which reads them
 * from the map's data and so carries no kind registry.
 */
import type { HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { insideRing } from '../../core/geometry/ring';

export interface Landmark {
  id: string;
  zh: string;
  en: string;
  position: Vec2;
  /** Zones are landmarks you are in, not ones you pass. */
  area?: Vec2[];
  /** Lifts and stairs are named first at a turn: they are what people look for; then AEDs and machines, then counters. */
  rank: number;
}

type Seg = [Vec2, Vec2];

export function wallsOf(doc: HallDocument, floorId: string): Seg[] {
  const f = doc.floors.find((x) => x.id === floorId);
  const out: Seg[] = [];
  for (const e of f?.elements ?? []) if (e.kind === 'wall') out.push([e.a, e.b]);
  return out;
}

function cross(o: Vec2, a: Vec2, b: Vec2): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** True when no wall properly crosses the sight line (touching at an end does not block: signs hang on walls). */
export function inSight(walls: readonly Seg[], a: Vec2, b: Vec2): boolean {
  for (const [p, q] of walls) {
    const d1 = cross(p, q, a);
    const d2 = cross(p, q, b);
    const d3 = cross(a, b, p);
    const d4 = cross(a, b, q);
    if (((d1 > 1e-9 && d2 < -1e-9) || (d1 < -1e-9 && d2 > 1e-9)) && ((d3 > 1e-9 && d4 < -1e-9) || (d3 < -1e-9 && d4 > 1e-9))) return false;
  }
  return true;
}

/** How directions name what a walker passes: each floor's landmarks, and a vertical link by its id. */
export interface Wayfinding {
  marks(floorId: string): Landmark[];
  link(id: string): LinkName;
}

/** A vertical link as a walker is told to take it; `kind` (stair, elevator …) says how one leaves it. */
export interface LinkName {
  zh: string;
  en: string;
  kind: string;
}

/** What a route through an unnamed link is told. */
export const SOME_STAIRS: LinkName = { zh: '楼梯', en: 'the stairs', kind: 'stair' };

/**
 * The landmark to name at a turn: among point landmarks within `reach` that the walker can see from the turn (no
 * wall between), the most telling kind first (lift/stairs, then AED or machine, then counter), nearest within a
 * kind; else the zone the turn is in.
 */
export function landmarkAt(marks: Landmark[], p: Vec2, reach = 4, walls: readonly Seg[] = []): Landmark | undefined {
  let best: Landmark | undefined;
  let bd = Infinity;
  for (const m of marks) {
    if (m.area) continue;
    const d = Math.hypot(m.position[0] - p[0], m.position[1] - p[1]);
    if (d > reach || !inSight(walls, p, m.position)) continue;
    const score = m.rank * 100 + d;
    if (score < bd) {
      bd = score;
      best = m;
    }
  }
  return best ?? marks.find((m) => m.area && insideRing(p, m.area));
}
