/**
 * Stairs, lifts, escalators and ramps of one floor as the hall's vertical links: each block named or layered
 * as one (楼梯 / STAIR, 电梯 / ELEV / LIFT, 扶梯 / ESCAL, 坡道 / RAMP, 台阶) is one link, and loose linework
 * and closed outlines on such layers are grouped by touching boxes, one link per group. The footprint is the
 * group's smallest enclosing rectangle (HATCH fills count as outlines); what it is comes from the block's name, else its layer's. Metres.
 */
import { bbox, pointInPolygon, type Polygon } from '../core/geometry/polygon';
import { convexHull } from './obstacles';
import type { FramePlan } from './clip';
import { arcPoints } from './arc-points';
import { extentAlong } from './extent-along';
import type { Drawing, LayerRole } from './types';
import { type VLinkKind, linkKindOf } from './link-kind';
import { treadRunCentre } from './treads';

export interface VLinkFound {
  linkKind: VLinkKind;
  /** Centre of the footprint. */
  x: number;
  y: number;
  /** Across (w) and along (d) the direction of travel, metres; rotation in degrees CCW (d runs north at 0). */
  w: number;
  d: number;
  rotation: number;
}

/** The smallest rectangle holding the points (over the hull's edge directions), the longer side as d. */
export function enclosingRect(points: [number, number][]): Omit<VLinkFound, 'linkKind'> | undefined {
  const hull = convexHull(points);
  if (hull.length < 3) return undefined;
  const flat = hull.flat();
  let best: Omit<VLinkFound, 'linkKind'> | undefined;
  let bestArea = Infinity;
  for (let i = 0; i < hull.length; i++) {
    const [ax, ay] = hull[i];
    const [bx, by] = hull[(i + 1) % hull.length];
    const L = Math.hypot(bx - ax, by - ay);
    if (L === 0) continue;
    const ux = (bx - ax) / L;
    const uy = (by - ay) / L;
    const { u0, u1, v0, v1 } = extentAlong(flat, ux, uy);
    const a = (u1 - u0) * (v1 - v0);
    if (a >= bestArea) continue;
    bestArea = a;
    const cu = (u0 + u1) / 2;
    const cv = (v0 + v1) / 2;
    const x = cu * ux - cv * uy;
    const y = cu * uy + cv * ux;
    // d along the longer side: at rotation 0, d runs north, so the long side's direction is rotation + 90°.
    const alongU = u1 - u0 >= v1 - v0;
    const dir = alongU ? Math.atan2(uy, ux) : Math.atan2(ux, -uy);
    let rot = (dir * 180) / Math.PI - 90;
    rot = ((((rot + 180) % 360) + 360) % 360) - 180;
    best = { x, y, w: alongU ? v1 - v0 : u1 - u0, d: alongU ? u1 - u0 : v1 - v0, rotation: Math.round(rot * 1000) / 1000 };
  }
  return best;
}

interface Piece {
  pts: [number, number][];
  box: [number, number, number, number];
  kind: VLinkKind;
  /** Its straight lines as flat x1, y1, x2, y2 runs (where the treads are looked for). */
  lines: number[];
  /** Whether a fill is part of it (a shaft drawn as a HATCH shows no treads). */
  fill: boolean;
}

/** Pieces whose boxes (grown by `pad`) touch, merged; pieces of different kinds are kept apart. */
function groups(pieces: Piece[], pad: number): Piece[] {
  const parent = pieces.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const n = Math.min(pieces.length, 4000);
  // Swept left to right: a piece meets only those starting before it ends, not every other piece.
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => pieces[i].box[0] - pieces[j].box[0]);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const a = pieces[i].box;
    for (let m = k + 1; m < n; m++) {
      const j = order[m];
      const b = pieces[j].box;
      if (b[0] - pad > a[2]) break;
      if (pieces[i].kind !== pieces[j].kind) continue;
      if (a[1] - pad <= b[3] && b[1] - pad <= a[3]) parent[find(i)] = find(j);
    }
  }
  const out = new Map<number, Piece>();
  pieces.forEach((p, i) => {
    const r = find(i);
    const g = out.get(r);
    if (!g) out.set(r, { pts: [...p.pts], box: [...p.box], kind: p.kind, lines: [...p.lines], fill: p.fill });
    else {
      g.pts.push(...p.pts);
      g.lines.push(...p.lines);
      g.fill ||= p.fill;
      g.box = [Math.min(g.box[0], p.box[0]), Math.min(g.box[1], p.box[1]), Math.max(g.box[2], p.box[2]), Math.max(g.box[3], p.box[3])];
    }
  });
  return [...out.values()];
}

const boxOf = (pts: [number, number][]): Piece['box'] => {
  const b = bbox(pts);
  return [b.minX, b.minY, b.maxX, b.maxY];
};

/**
 * `outline`: the floor's outline; a link whose footprint (a stair's: its treads) lies outside it is steps or a
 * ramp up to a door from outside, not a link between the hall's floors.
 */
export function findVLinks(d: Drawing, p: FramePlan, role: (l: string) => LayerRole, outline?: Polygon): VLinkFound[] {
  // Blocks: each insert named as a stair or lift, or on such a layer, is one link.
  const byIns = new Map<number, { pts: [number, number][]; kind: VLinkKind }>();
  const insKind = (i: number): VLinkKind | undefined => {
    const ins = d.inserts[i];
    return linkKindOf(ins.name) ?? (role(ins.layer) === 'stair' ? (linkKindOf(ins.layer) ?? 'stair') : undefined);
  };
  const loose: Piece[] = [];
  const take = (ins: number, layer: string, pts: [number, number][], lines: number[], fill: boolean) => {
    if (ins >= 0) {
      const kind = insKind(ins);
      if (!kind || !p.inFrameM(p.inserts[ins].x, p.inserts[ins].y)) return;
      const g = byIns.get(ins) ?? byIns.set(ins, { pts: [], kind }).get(ins);
      g?.pts.push(...pts);
    } else if (role(layer) === 'stair') loose.push({ pts, box: boxOf(pts), kind: linkKindOf(layer) ?? 'stair', lines, fill });
  };
  for (const s of p.segs)
    take(
      s.ins,
      s.layer,
      [
        [s.ax, s.ay],
        [s.bx, s.by],
      ],
      [s.ax, s.ay, s.bx, s.by],
      false,
    );
  for (const a of p.arcs) take(a.ins, a.layer, arcPoints(a, 8), [], false);
  for (const l of p.loops) if (l.ins < 0) take(l.ins, l.layer, l.pts, [], false);
  // A stair or lift shaft drawn as a fill: its boundary is the footprint (inside a block, part of the block's).
  for (const h of p.hatches) take(h.ins, h.layer, h.pts, [], true);
  const found: VLinkFound[] = [];
  const add = (pts: [number, number][], kind: VLinkKind, at?: [number, number]) => {
    const r = enclosingRect(pts);
    // A lift car is at least 0.9 m a side, a stair flight 0.8 m wide and 1.5 m long; not a whole wing.
    if (!r || r.w < 0.8 || r.d < (kind === 'elevator' ? 0.9 : 1.5) || r.w * r.d > 400) return;
    if (outline && !pointInPolygon(at ?? [r.x, r.y], outline)) return;
    found.push({ linkKind: kind, ...r });
  };
  for (const g of byIns.values()) add(g.pts, g.kind);
  for (const g of groups(
    loose.filter((q) => q.box[2] - q.box[0] > 1e-6 || q.box[3] - q.box[1] > 1e-6),
    0.05,
  )) {
    if (g.kind !== 'stair') add(g.pts, g.kind);
    else {
      // Loose linework is a stair when it shows a flight's treads (or is a filled shaft): the ledges, arrows and
      // outlines a STAIRS layer also holds are not.
      const treads = treadRunCentre(g.lines);
      if (treads || g.fill) add(g.pts, g.kind, treads);
    }
  }
  return found;
}
