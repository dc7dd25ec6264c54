/**
 * Windows from the drawing: window blocks (天正 "$WinLib2D$…", WINDOW, 窗, C1518, A_000217's WIN6) wherever
 * they sit, and the loose glazing lines of window layers (窗 / WINDOW / A-GLAZ / glass), grouped into panes:
 * lines running side by side across a wall's thickness are one window. A window's width is its extent along
 * its own direction; its place is the middle of that extent. Metres in, metres out.
 */
import { extentAlong } from './extent-along';
import { isDoorBlockName, isWindowBlockName } from './layers';
import type { Insert, Seg } from './types';
import { root } from '../core/union-find';

export interface WindowFound {
  x: number;
  y: number;
  /** Direction along the window (its wall's direction), degrees CCW from east. */
  rotation: number;
  width: number;
  /** Extent across the window (the wall's thickness where it is drawn in one). */
  depth: number;
  /** The insert it was read from (a window block), which may carry its number and heights. */
  ins?: number;
}

/** Narrowest and widest window read; wider glazing is a glass wall in its own right, cut at this width. */
const WINDOW_MIN = 0.3;
const WINDOW_MAX = 20;
/** Deepest a window symbol is drawn: the thickest wall it may sit in. */
const DEPTH_MAX = 0.8;
/** Lines this close to parallel (radians) and within DEPTH_MAX of each other across are one window's lines. */
const PARALLEL = 0.05;

export interface WindowInput {
  segs: Seg[];
  inserts: Insert[];
  /** Layers whose loose lines are glazing. */
  windowLayers: Set<string>;
  /** Layers whose inserts are never windows (hatch, dimensions, ignored). */
  skipLayers: Set<string>;
  /** Inside the floor's frame (floor metres). */
  inFrame: (x: number, y: number) => boolean;
}

/** The extent of some segments along direction (ux, uy) from (ox, oy): the window they draw, or undefined. */
function extent(segs: Seg[], ox: number, oy: number, ux: number, uy: number): WindowFound | undefined {
  const xy: number[] = [];
  for (const s of segs) xy.push(s.ax - ox, s.ay - oy, s.bx - ox, s.by - oy);
  const { u0: lo, u1: hi, v0: vlo, v1: vhi } = extentAlong(xy, ux, uy);
  const width = hi - lo;
  const depth = vhi - vlo;
  if (!(width >= WINDOW_MIN && width <= WINDOW_MAX && depth <= DEPTH_MAX && depth < width)) return undefined;
  const t = (lo + hi) / 2;
  const v = (vlo + vhi) / 2;
  return { x: ox + ux * t - uy * v, y: oy + uy * t + ux * v, rotation: (Math.atan2(uy, ux) * 180) / Math.PI, width, depth };
}

/** Window blocks: the block's lines measured along the insert's own x axis. */
function blockWindows(inp: WindowInput): WindowFound[] {
  const byIns = new Map<number, Seg[]>();
  for (const s of inp.segs) {
    if (s.ins < 0) continue;
    const ins = inp.inserts[s.ins];
    if (!isWindowBlockName(ins.name) && !(inp.windowLayers.has(ins.layer) && !isDoorBlockName(ins.name))) continue;
    const list = byIns.get(s.ins);
    if (list) list.push(s);
    else byIns.set(s.ins, [s]);
  }
  const out: WindowFound[] = [];
  for (const [i, segs] of byIns) {
    const ins = inp.inserts[i];
    if (inp.skipLayers.has(ins.layer) || !inp.inFrame(ins.x, ins.y)) continue;
    const rot = (ins.rotation * Math.PI) / 180;
    const w = extent(segs, ins.x, ins.y, Math.cos(rot), Math.sin(rot));
    if (w) out.push({ ...w, ins: i });
  }
  return out;
}

/** Two glazing lines of one window: parallel, side by side within DEPTH_MAX, overlapping along. */
function samePane(s: Seg, t: Seg): boolean {
  const sx = s.bx - s.ax;
  const sy = s.by - s.ay;
  const ls = Math.hypot(sx, sy);
  const tx = t.bx - t.ax;
  const ty = t.by - t.ay;
  const lt = Math.hypot(tx, ty);
  if (ls === 0 || lt === 0 || Math.abs(sx * ty - sy * tx) > PARALLEL * ls * lt) return false;
  const ux = sx / ls;
  const uy = sy / ls;
  const across = Math.abs(-(t.ax - s.ax) * uy + (t.ay - s.ay) * ux);
  if (across > DEPTH_MAX) return false;
  const t0 = (t.ax - s.ax) * ux + (t.ay - s.ay) * uy;
  const t1 = (t.bx - s.ax) * ux + (t.by - s.ay) * uy;
  const overlap = Math.min(ls, Math.max(t0, t1)) - Math.max(0, Math.min(t0, t1));
  return overlap >= 0.5 * Math.min(ls, lt);
}

/** Loose lines of window layers, grouped into panes; each group measured along its longest line. */
function lineWindows(inp: WindowInput): WindowFound[] {
  const lines = inp.segs.filter((s) => s.ins < 0 && inp.windowLayers.has(s.layer) && inp.inFrame((s.ax + s.bx) / 2, (s.ay + s.by) / 2));
  const parent = Int32Array.from({ length: lines.length }, (_, i) => i);
  // Sorted by their low x, a line is compared only with those starting within DEPTH_MAX plus its own reach.
  const order = lines.map((_, i) => i).sort((a, b) => Math.min(lines[a].ax, lines[a].bx) - Math.min(lines[b].ax, lines[b].bx));
  for (let a = 0; a < order.length; a++) {
    const s = lines[order[a]];
    const sx1 = Math.max(s.ax, s.bx) + DEPTH_MAX;
    for (let b = a + 1; b < order.length; b++) {
      const t = lines[order[b]];
      if (Math.min(t.ax, t.bx) > sx1) break;
      if (samePane(s, t) || samePane(t, s)) parent[root(parent, order[a])] = root(parent, order[b]);
    }
  }
  const groups = new Map<number, Seg[]>();
  lines.forEach((s, i) => {
    const r = root(parent, i);
    const list = groups.get(r);
    if (list) list.push(s);
    else groups.set(r, [s]);
  });
  const out: WindowFound[] = [];
  for (const segs of groups.values()) {
    const long = segs.reduce((a, b) => (Math.hypot(b.bx - b.ax, b.by - b.ay) > Math.hypot(a.bx - a.ax, a.by - a.ay) ? b : a));
    const L = Math.hypot(long.bx - long.ax, long.by - long.ay);
    const w = extent(segs, long.ax, long.ay, (long.bx - long.ax) / L, (long.by - long.ay) / L);
    if (w) out.push(w);
  }
  return out;
}

export function findWindows(inp: WindowInput): WindowFound[] {
  return [...blockWindows(inp), ...lineWindows(inp)];
}
