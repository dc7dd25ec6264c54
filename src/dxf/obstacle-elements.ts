/**
 * Columns and furniture of one floor as obstacles: closed outlines, fills and full circles as drawn, each block on
 * the layer as one obstacle, loose linework by connected group; each as its hull. Door and window blocks
 * are not furniture whatever layer they sit on. Metres.
 */
import { bbox, type Polygon } from '../core/geometry/polygon';
import type { HallElement } from '../core/kinds/registry';
import { simpleRing } from '../ifc/valid-hall';
import type { FramePlan } from './clip';
import { nextId, roundRing, type Ids } from './ids';
import { connectedGroups, obstacleHull } from './obstacles';
import { arcPoints } from './arc-points';
import type { Drawing, LayerRole, Seg } from './types';

/** The ring's box to the centimetre: a hatch and the outline drawn around it have the same. */
function boxKey(pts: [number, number][]): string {
  const b = bbox(pts);
  return [b.minX, b.minY, b.maxX, b.maxY].map((v) => Math.round(v * 100)).join(',');
}

const SIZES = { column: [0.01, 6, 4], furniture: [0.05, 40, 1] } as const;

export function obstacleElements(d: Drawing, p: FramePlan, role: (l: string) => LayerRole, swings: Set<number>, ids: Ids, floorId: string): HallElement[] {
  const out: HallElement[] = [];
  const add = (poly: Polygon | undefined, height: number) => {
    if (!poly) return;
    const ring = roundRing(poly);
    if (simpleRing(ring)) out.push({ id: nextId(ids, floorId, 'obst'), kind: 'obstacle', polygon: ring, height } as HallElement);
  };
  const doorLike = new Set<number>(swings);
  d.inserts.forEach((ins, i) => {
    if (/dorlib|winlib|door|window|门|窗/i.test(ins.name)) doorLike.add(i);
  });
  for (const r of ['column', 'furniture'] as const) {
    const [minA, maxA, height] = SIZES[r];
    const hull = (pts: [number, number][]) => add(obstacleHull(pts, minA, maxA), height);
    const layerLoops = p.loops.filter((l) => role(l.layer) === r && l.ins < 0);
    for (const l of layerLoops) hull(l.pts);
    // A column drawn as a fill alone (the outline is often the hatch's own boundary, drawn again as a polyline).
    const drawn = new Set(layerLoops.map((l) => boxKey(l.pts)));
    for (const h of p.hatches) if (role(h.layer) === r && h.ins < 0 && !drawn.has(boxKey(h.pts))) hull(h.pts);
    for (const a of p.arcs) if (role(a.layer) === r && a.ins < 0 && a.a1 - a.a0 >= 2 * Math.PI - 1e-6) hull(arcPoints(a, 12).slice(0, -1));
    // Blocks on the layer: each insert one obstacle.
    const byIns = new Map<number, [number, number][]>();
    const pts = (i: number) => byIns.get(i) ?? (byIns.set(i, []).get(i) as [number, number][]);
    for (const s of p.segs) if (s.ins >= 0 && role(d.inserts[s.ins].layer) === r && !doorLike.has(s.ins)) pts(s.ins).push([s.ax, s.ay], [s.bx, s.by]);
    for (const a of p.arcs) if (a.ins >= 0 && role(d.inserts[a.ins].layer) === r && !doorLike.has(a.ins)) pts(a.ins).push(...arcPoints(a, 8));
    for (const list of byIns.values()) hull(list);
    // Loose lines: connected groups, but not the ones already closed polylines.
    const loopPts = new Set<string>();
    for (const l of layerLoops) for (const q of l.pts) loopPts.add(`${Math.round(q[0] * 1000)},${Math.round(q[1] * 1000)}`);
    const inLoop = (s: Seg) => loopPts.has(`${Math.round(s.ax * 1000)},${Math.round(s.ay * 1000)}`);
    const loose = p.segs.filter((s) => s.ins < 0 && role(s.layer) === r && !inLoop(s));
    for (const g of connectedGroups(loose, 0.02)) hull(g);
  }
  return out;
}
