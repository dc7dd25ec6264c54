/**
 * Joins for the loose ends of a barrier graph. Drafting leaves a wall line stopping short of the wall it meets,
 * or both lines of a corner stopping short of each other, and a room whose wall has such a gap is not a face
 * of the graph. Within `reach` metres an end is extended along its own line to the first line it meets (as
 * AutoCAD's EXTEND does); failing that, two loose ends facing each other are joined through the corner their
 * lines make, or straight across when their lines run parallel (a bare opening). This is the graph's version
 * of the raster's gap closing, which closes gaps up to the same width. Metres.
 */
import { GridIndex } from './grid-index';

/** A join, as planar-graph's segments (declared here: that module calls this one). */
interface Segment {
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

/** A graph before its dangling edges are pruned: node coordinates and undirected edges. */
export interface RawGraph {
  xy: ArrayLike<number>;
  edges: readonly [number, number][];
}

interface LooseEnd {
  node: number;
  x: number;
  y: number;
  /** Unit direction the line runs in as it reaches the end (from its other node to this one). */
  ux: number;
  uy: number;
  /** Length of the edge arriving at it. */
  len: number;
}

/** Narrowest gap closed from a jamb: anything narrower is the band inside a wall. */
const MIN_OPENING = 0.3;
/** Longest wall a jamb line closes: a wall end's short side. */
const JAMB = 0.8;

/**
 * Where lines end without closing: nodes of degree 1, with the direction their one edge arrives in, and the
 * corners of wall ends drawn with a jamb line (a short edge at about a right angle to a longer one), with the
 * direction of the longer (the wall's face) — its extension crosses the opening the wall end stands at.
 */
function looseEnds(g: RawGraph): { ends: LooseEnd[]; jambs: LooseEnd[] } {
  const nodes = g.xy.length / 2;
  const deg = new Int32Array(nodes);
  const first = new Int32Array(nodes);
  const second = new Int32Array(nodes);
  for (const [a, b] of g.edges) {
    if (deg[a] === 0) first[a] = b;
    else second[a] = b;
    if (deg[b] === 0) first[b] = a;
    else second[b] = a;
    deg[a]++;
    deg[b]++;
  }
  const ends: LooseEnd[] = [];
  const jambs: LooseEnd[] = [];
  const arrival = (n: number, from: number): LooseEnd | undefined => {
    const x = g.xy[2 * n];
    const y = g.xy[2 * n + 1];
    const dx = x - g.xy[2 * from];
    const dy = y - g.xy[2 * from + 1];
    const L = Math.hypot(dx, dy);
    return L > 0 ? { node: n, x, y, ux: dx / L, uy: dy / L, len: L } : undefined;
  };
  for (let n = 0; n < nodes; n++) {
    if (deg[n] === 1) {
      const e = arrival(n, first[n]);
      if (e) ends.push(e);
    } else if (deg[n] === 2) {
      const p = arrival(n, first[n]);
      const q = arrival(n, second[n]);
      if (!p || !q || Math.abs(p.ux * q.ux + p.uy * q.uy) > 0.5) continue;
      const [short, long] = p.len < q.len ? [p, q] : [q, p];
      if (short.len <= JAMB && long.len > 1.5 * short.len) jambs.push(long);
    }
  }
  return { ends, jambs };
}

/** Distance along the ray from (x, y) in direction (ux, uy) to segment p–q, or Infinity when it misses. */
function rayHit(x: number, y: number, ux: number, uy: number, px: number, py: number, qx: number, qy: number): number {
  const ex = qx - px;
  const ey = qy - py;
  const den = ux * ey - uy * ex;
  if (Math.abs(den) < 1e-12) return Infinity;
  const t = ((px - x) * ey - (py - y) * ex) / den;
  const s = ((px - x) * uy - (py - y) * ux) / den;
  return t > 1e-9 && s >= 0 && s <= 1 ? t : Infinity;
}

/** The first edge the end's line meets within `reach`, as the distance to it (Infinity for none). */
function extension(g: RawGraph, index: GridIndex, e: LooseEnd, reach: number): number {
  const tx = e.x + e.ux * reach;
  const ty = e.y + e.uy * reach;
  let best = Infinity;
  for (const k of index.query(Math.min(e.x, tx), Math.min(e.y, ty), Math.max(e.x, tx), Math.max(e.y, ty))) {
    const [a, b] = g.edges[k];
    if (a === e.node || b === e.node) continue;
    const t = rayHit(e.x, e.y, e.ux, e.uy, g.xy[2 * a], g.xy[2 * a + 1], g.xy[2 * b], g.xy[2 * b + 1]);
    if (t <= reach && t < best) best = t;
  }
  return best;
}

/** The join of two loose ends facing each other: through their lines' corner when it is within reach of both, else straight. */
function pairJoin(e: LooseEnd, f: LooseEnd, reach: number): Segment[] {
  const den = e.ux * f.uy - e.uy * f.ux;
  if (Math.abs(den) > 0.1) {
    const t = ((f.x - e.x) * f.uy - (f.y - e.y) * f.ux) / den;
    const s = ((f.x - e.x) * e.uy - (f.y - e.y) * e.ux) / den;
    if (t >= 0 && s >= 0 && t <= reach && s <= reach) {
      const cx = e.x + t * e.ux;
      const cy = e.y + t * e.uy;
      return [
        { ax: e.x, ay: e.y, bx: cx, by: cy },
        { ax: f.x, ay: f.y, bx: cx, by: cy },
      ];
    }
  }
  return [{ ax: e.x, ay: e.y, bx: f.x, by: f.y }];
}

/** Whether f lies ahead of e or beside it, not behind (a line does not turn back to close a gap). */
function facing(e: LooseEnd, f: LooseEnd, d: number): boolean {
  return (f.x - e.x) * e.ux + (f.y - e.y) * e.uy >= -0.1 * d && (e.x - f.x) * f.ux + (e.y - f.y) * f.uy >= -0.1 * d;
}

/** The segments that close the graph's drafting gaps; empty when no end is loose. */
export function danglingJoins(g: RawGraph, reach: number): Segment[] {
  const { ends, jambs } = looseEnds(g);
  if (ends.length === 0 && jambs.length === 0) return [];
  const edges = new GridIndex(Math.max(reach, 1), 0, 0);
  g.edges.forEach(([a, b], k) => {
    const ax = g.xy[2 * a];
    const ay = g.xy[2 * a + 1];
    const bx = g.xy[2 * b];
    const by = g.xy[2 * b + 1];
    edges.insert(k, Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  });
  const endIndex = new GridIndex(reach, 0, 0);
  ends.forEach((e, i) => {
    endIndex.insert(i, e.x, e.y, e.x, e.y);
  });
  const out: Segment[] = [];
  const joined = new Set<number>();
  ends.forEach((e, i) => {
    const t = extension(g, edges, e, reach);
    if (t < Infinity) {
      out.push({ ax: e.x, ay: e.y, bx: e.x + t * e.ux, by: e.y + t * e.uy });
      return;
    }
    if (joined.has(i)) return;
    let near = -1;
    let nearD = reach;
    for (const j of endIndex.query(e.x - reach, e.y - reach, e.x + reach, e.y + reach)) {
      const f = ends[j];
      const d = Math.hypot(f.x - e.x, f.y - e.y);
      if (j !== i && d <= nearD && facing(e, f, d)) {
        nearD = d;
        near = j;
      }
    }
    if (near < 0) return;
    joined.add(near);
    out.push(...pairJoin(e, ends[near], reach));
  });
  // A wall end's face line is extended across the opening only when the gap is more than a wall band.
  for (const e of jambs) {
    const t = extension(g, edges, e, reach);
    if (t > MIN_OPENING && t < Infinity) out.push({ ax: e.x, ay: e.y, bx: e.x + t * e.ux, by: e.y + t * e.uy });
  }
  return out;
}
