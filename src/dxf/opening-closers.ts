/**
 * Segments across bare openings (a doorway drawn as a gap in the wall with no door found in it): the room on
 * each side is its own room, as the raster's gap closing makes it. A wall end is closed to the wall end facing
 * it on the same line, or, failing that, to the wall its own line runs into, when the gap is under OPENING.
 * Metres.
 */
import { GridIndex } from './grid-index';
import type { Segment } from './planar-graph';
import type { WallEl } from './wall-elements';

/** Widest bare opening closed without a door. */
const OPENING = 0.95;

interface WallEnd {
  x: number;
  y: number;
  /** Unit direction out of the wall at this end. */
  ux: number;
  uy: number;
  t: number;
  wall: number;
}

function wallEnds(walls: WallEl[]): WallEnd[] {
  const ends: WallEnd[] = [];
  walls.forEach((w, wall) => {
    const L = Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]);
    if (L === 0) return;
    const ux = (w.b[0] - w.a[0]) / L;
    const uy = (w.b[1] - w.a[1]) / L;
    ends.push({ x: w.b[0], y: w.b[1], ux, uy, t: w.thickness, wall }, { x: w.a[0], y: w.a[1], ux: -ux, uy: -uy, t: w.thickness, wall });
  });
  return ends;
}

/** The wall end facing e on its own line within OPENING, or -1. */
function facingEnd(e: WallEnd, i: number, ends: WallEnd[], near: number[]): number {
  for (const j of near) {
    const f = ends[j];
    if (j === i || e.ux * f.ux + e.uy * f.uy > -0.99) continue;
    const along = (f.x - e.x) * e.ux + (f.y - e.y) * e.uy;
    const across = Math.abs((f.x - e.x) * e.uy - (f.y - e.y) * e.ux);
    if (along > 0.05 && along <= OPENING && across <= Math.min(e.t, f.t) / 2) return j;
  }
  return -1;
}

/** Distance from the end along its wall's line to the centre line of another wall whose face is within OPENING. */
function runsInto(e: WallEnd, walls: WallEl[], near: number[]): number {
  let best = Infinity;
  for (const k of near) {
    if (k === e.wall) continue;
    const w = walls[k];
    const ex = w.b[0] - w.a[0];
    const ey = w.b[1] - w.a[1];
    const den = e.ux * ey - e.uy * ex;
    // Walls at a shallow angle to the end's line are not what it runs into.
    if (Math.abs(den) < 0.5 * Math.hypot(ex, ey)) continue;
    const t = ((w.a[0] - e.x) * ey - (w.a[1] - e.y) * ex) / den;
    const s = ((w.a[0] - e.x) * e.uy - (w.a[1] - e.y) * e.ux) / den;
    if (s >= 0 && s <= 1 && t > 0.05 && t - w.thickness / 2 <= OPENING && t < best) best = t;
  }
  return best;
}

export function openingClosers(walls: WallEl[]): Segment[] {
  const ends = wallEnds(walls);
  const endIndex = new GridIndex(OPENING, 0, 0);
  ends.forEach((e, i) => {
    endIndex.insert(i, e.x, e.y, e.x, e.y);
  });
  const wallIndex = new GridIndex(2, 0, 0);
  walls.forEach((w, k) => {
    const g = w.thickness / 2;
    wallIndex.insert(k, Math.min(w.a[0], w.b[0]) - g, Math.min(w.a[1], w.b[1]) - g, Math.max(w.a[0], w.b[0]) + g, Math.max(w.a[1], w.b[1]) + g);
  });
  const out: Segment[] = [];
  const reach = OPENING + 0.5;
  ends.forEach((e, i) => {
    const j = facingEnd(e, i, ends, endIndex.query(e.x - OPENING, e.y - OPENING, e.x + OPENING, e.y + OPENING));
    if (j >= 0) {
      if (j > i) out.push({ ax: e.x, ay: e.y, bx: ends[j].x, by: ends[j].y });
      return;
    }
    const tx = e.x + e.ux * reach;
    const ty = e.y + e.uy * reach;
    const t = runsInto(e, walls, wallIndex.query(Math.min(e.x, tx), Math.min(e.y, ty), Math.max(e.x, tx), Math.max(e.y, ty)));
    if (t < Infinity) out.push({ ax: e.x, ay: e.y, bx: e.x + e.ux * t, by: e.y + e.uy * t });
  });
  return out;
}
