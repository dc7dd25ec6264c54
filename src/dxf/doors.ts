/**
 * Doors from door blocks (INSERT of a block named as a door, 天正 "$DorLib2D$…", or holding a swing arc)
 * and from loose swing arcs on door layers. A swing's centre is the hinge and its radius the leaf width;
 * the arc end lying along the wall is the closed position, so the opening runs from the hinge to there.
 * Two swings meeting at their closed ends are one double door. Metres in, metres out.
 */
import { isDoorBlockName } from './layers';
import type { Arc, Insert, Seg } from './types';
import type { WallLine } from './walls';

export interface DoorFound {
  /** Opening centre, metres. */
  x: number;
  y: number;
  /** Direction of the opening (hinge → strike), degrees CCW from east. */
  rotation: number;
  width: number;
  /** Hinge points (one per leaf), for closing rooms across the opening. */
  from: 'block' | 'arc';
}

export const DOOR_MIN = 0.5;
export const DOOR_MAX = 1.8;

interface Swing {
  hx: number;
  hy: number;
  /** Closed-position end. */
  cx: number;
  cy: number;
  r: number;
  from: DoorFound['from'];
}

function angleDiff(a: number, b: number): number {
  let d = Math.abs(a - b) % Math.PI;
  if (d > Math.PI / 2) d = Math.PI - d;
  return d;
}

/** Direction (radians, mod π) of the wall nearest to a point, within `reach`; undefined when none. */
export function nearWallDir(walls: WallLine[], x: number, y: number, reach: number): number | undefined {
  let best = reach;
  let dir: number | undefined;
  // A wall nearer than the best so far has the point within its box grown by that distance (and a margin far above
  // rounding): the others are passed by without measuring, most of a large floor's walls for each swing.
  const margin = 1e-9 * (1 + Math.abs(x) + Math.abs(y));
  for (const w of walls) {
    const grow = best + margin;
    if (x < Math.min(w.a[0], w.b[0]) - grow || x > Math.max(w.a[0], w.b[0]) + grow) continue;
    if (y < Math.min(w.a[1], w.b[1]) - grow || y > Math.max(w.a[1], w.b[1]) + grow) continue;
    const dx = w.b[0] - w.a[0];
    const dy = w.b[1] - w.a[1];
    const L2 = dx * dx + dy * dy;
    if (L2 === 0) continue;
    const t = Math.max(0, Math.min(1, ((x - w.a[0]) * dx + (y - w.a[1]) * dy) / L2));
    const d = Math.hypot(x - (w.a[0] + t * dx), y - (w.a[1] + t * dy));
    if (d < best) {
      best = d;
      dir = Math.atan2(dy, dx);
    }
  }
  return dir;
}

export interface DoorInput {
  arcs: Arc[];
  segs: Seg[];
  inserts: Insert[];
  /** Layers whose loose arcs are door swings. */
  doorLayers: Set<string>;
  /** Layers whose inserts are never doors (hatch, dimensions, ignored). */
  skipLayers: Set<string>;
  walls: WallLine[];
}

/** Segments of each insert (and loose ones on door layers, under −1): the leaves a swing's hinge may reach. */
function segsByInsert(inp: DoorInput): Map<number, Seg[]> {
  const segsByIns = new Map<number, Seg[]>();
  for (const s of inp.segs) {
    if (s.ins < 0 && !inp.doorLayers.has(s.layer)) continue;
    const list = segsByIns.get(s.ins);
    if (list) list.push(s);
    else segsByIns.set(s.ins, [s]);
  }
  return segsByIns;
}

/** The arc's end where the leaf rests when shut: along the nearest wall; else the end no leaf line reaches from the hinge. */
function closedEnd(a: Arc, walls: WallLine[], leaves: Seg[]): [number, number] {
  const p0: [number, number] = [a.cx + a.r * Math.cos(a.a0), a.cy + a.r * Math.sin(a.a0)];
  const p1: [number, number] = [a.cx + a.r * Math.cos(a.a1), a.cy + a.r * Math.sin(a.a1)];
  const wallDir = nearWallDir(walls, a.cx, a.cy, a.r * 0.6);
  if (wallDir !== undefined) {
    const d0 = angleDiff(Math.atan2(p0[1] - a.cy, p0[0] - a.cx), wallDir);
    const d1 = angleDiff(Math.atan2(p1[1] - a.cy, p1[0] - a.cx), wallDir);
    return d1 < d0 ? p1 : p0;
  }
  const tol = a.r * 0.08;
  const leafTo = (p: [number, number]) =>
    leaves.some(
      (s) =>
        (Math.hypot(s.ax - a.cx, s.ay - a.cy) < tol && Math.hypot(s.bx - p[0], s.by - p[1]) < tol) ||
        (Math.hypot(s.bx - a.cx, s.by - a.cy) < tol && Math.hypot(s.ax - p[0], s.ay - p[1]) < tol),
    );
  return leafTo(p0) && !leafTo(p1) ? p1 : p0;
}

/** Swing arcs of door blocks and of door layers; `withSwing` collects the inserts that have one. */
function arcSwings(inp: DoorInput, segsByIns: Map<number, Seg[]>, withSwing: Set<number>): Swing[] {
  const swings: Swing[] = [];
  const doorInsert = new Map<number, boolean>();
  const isDoorInsert = (i: number) => {
    let v = doorInsert.get(i);
    if (v === undefined) {
      const ins = inp.inserts[i];
      v = !inp.skipLayers.has(ins.layer) && !/winlib|window|窗|^C\d/i.test(ins.name);
      doorInsert.set(i, v);
    }
    return v;
  };
  for (const a of inp.arcs) {
    const sweep = a.a1 - a.a0;
    if (!(sweep > Math.PI / 3 && sweep < (2 * Math.PI) / 3)) continue;
    if (a.r < DOOR_MIN || a.r > DOOR_MAX) continue;
    if (a.ins >= 0 ? !isDoorInsert(a.ins) : !inp.doorLayers.has(a.layer)) continue;
    const closed = closedEnd(a, inp.walls, segsByIns.get(a.ins) ?? []);
    swings.push({ hx: a.cx, hy: a.cy, cx: closed[0], cy: closed[1], r: a.r, from: a.ins >= 0 ? 'block' : 'arc' });
    if (a.ins >= 0) withSwing.add(a.ins);
  }
  return swings;
}

/** Blocks named as doors with no swing (sliding doors, 天正 doors drawn without arcs): the block's extent. */
function blockSwings(inp: DoorInput, segsByIns: Map<number, Seg[]>, withSwing: Set<number>): Swing[] {
  const swings: Swing[] = [];
  inp.inserts.forEach((ins, i) => {
    if (withSwing.has(i) || !isDoorBlockName(ins.name) || inp.skipLayers.has(ins.layer)) return;
    const segs = segsByIns.get(i);
    if (!segs || segs.length === 0) return;
    const rot = (ins.rotation * Math.PI) / 180;
    const ux = Math.cos(rot);
    const uy = Math.sin(rot);
    let lo = Infinity;
    let hi = -Infinity;
    let vlo = Infinity;
    let vhi = -Infinity;
    for (const s of segs)
      for (const [x, y] of [
        [s.ax, s.ay],
        [s.bx, s.by],
      ]) {
        const t = (x - ins.x) * ux + (y - ins.y) * uy;
        const v = -(x - ins.x) * uy + (y - ins.y) * ux;
        lo = Math.min(lo, t);
        hi = Math.max(hi, t);
        vlo = Math.min(vlo, v);
        vhi = Math.max(vhi, v);
      }
    const w = hi - lo;
    if (w < DOOR_MIN || w > 2 * DOOR_MAX) return;
    const mv = (vlo + vhi) / 2;
    swings.push({ hx: ins.x + ux * lo - uy * mv, hy: ins.y + uy * lo + ux * mv, cx: ins.x + ux * hi - uy * mv, cy: ins.y + uy * hi + ux * mv, r: w, from: 'block' });
  });
  return swings;
}

/** Swings as doors: two whose closed ends meet between their hinges are one double door; a door drawn twice counts once. */
function pairSwings(swings: Swing[]): DoorFound[] {
  const used = new Set<number>();
  const out: DoorFound[] = [];
  for (let i = 0; i < swings.length; i++) {
    if (used.has(i)) continue;
    const s = swings[i];
    let partner = -1;
    for (let j = i + 1; j < swings.length; j++) {
      if (used.has(j)) continue;
      const t = swings[j];
      const tol = 0.12 * Math.max(s.r, t.r);
      if (Math.hypot(s.cx - t.cx, s.cy - t.cy) > tol) continue;
      if (Math.abs(Math.hypot(s.hx - t.hx, s.hy - t.hy) - (s.r + t.r)) > tol) continue;
      partner = j;
      break;
    }
    const ax = s.hx;
    const ay = s.hy;
    let bx = s.cx;
    let by = s.cy;
    if (partner >= 0) {
      used.add(partner);
      bx = swings[partner].hx;
      by = swings[partner].hy;
    }
    const w = Math.hypot(bx - ax, by - ay);
    // The same door drawn twice (a block and a loose arc over it, or two identical inserts).
    const x = (ax + bx) / 2;
    const y = (ay + by) / 2;
    if (out.some((d) => Math.hypot(d.x - x, d.y - y) < 0.25 * w)) continue;
    out.push({ x, y, rotation: (Math.atan2(by - ay, bx - ax) * 180) / Math.PI, width: w, from: s.from });
    used.add(i);
  }
  return out;
}

export function findDoors(inp: DoorInput): DoorFound[] {
  const segsByIns = segsByInsert(inp);
  const withSwing = new Set<number>();
  const swings = arcSwings(inp, segsByIns, withSwing);
  swings.push(...blockSwings(inp, segsByIns, withSwing));
  return pairSwings(swings);
}
