/**
 * The faces of a planar graph by the half-edge walk: leaving each node by the edge that turns least to the
 * right of the one it came in on, keeping the face on the left. Bounded faces come out counter-clockwise
 * (positive area); each connected piece's outer boundary comes out clockwise (negative area). Metres.
 */
import type { Polygon } from '../core/geometry/polygon';
import type { PlanarGraph } from './planar-graph';

export interface GraphFaces {
  /** Bounded faces, counter-clockwise, with one of their nodes (to tell which connected piece they belong to). */
  faces: Polygon[];
  faceNode: number[];
  /** The outer boundary of each connected piece, turned counter-clockwise, with the area it encloses and one node. */
  outers: { ring: Polygon; area: number; node: number }[];
  /** Edges with the same face on both sides (a bridge between two loops): they make outer boundaries touch themselves. */
  bridges: Set<number>;
}

function ringArea(ring: Polygon): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

/**
 * Half-edges 2e (a→b) and 2e+1 (b→a); per node its outgoing half-edges sorted by angle, counter-clockwise, as
 * slices of one array (`out` from `start[n]` to `start[n + 1]`); `pos` is a half-edge's place in its node's slice.
 */
function outgoing(g: PlanarGraph): { out: Int32Array; start: Int32Array; pos: Int32Array; to: Int32Array } {
  const nodes = g.xy.length / 2;
  const m = g.edges.length;
  const to = new Int32Array(m * 2);
  const ang = new Float64Array(m * 2);
  const start = new Int32Array(nodes + 1);
  for (let e = 0; e < m; e++) {
    const [a, b] = g.edges[e];
    to[2 * e] = b;
    to[2 * e + 1] = a;
    const dx = g.xy[2 * b] - g.xy[2 * a];
    const dy = g.xy[2 * b + 1] - g.xy[2 * a + 1];
    ang[2 * e] = Math.atan2(dy, dx);
    ang[2 * e + 1] = Math.atan2(-dy, -dx);
    start[a + 1]++;
    start[b + 1]++;
  }
  for (let n = 0; n < nodes; n++) start[n + 1] += start[n];
  const fill = start.slice(0, nodes);
  const out = new Int32Array(m * 2);
  for (let e = 0; e < m; e++) {
    const [a, b] = g.edges[e];
    out[fill[a]++] = 2 * e;
    out[fill[b]++] = 2 * e + 1;
  }
  const pos = new Int32Array(m * 2);
  for (let n = 0; n < nodes; n++) {
    // Insertion sort: a node has a handful of edges, and equal angles keep their order (as a stable sort would).
    const s = start[n];
    const end = start[n + 1];
    for (let i = s + 1; i < end; i++) {
      const h = out[i];
      let j = i - 1;
      while (j >= s && ang[out[j]] > ang[h]) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = h;
    }
    for (let i = s; i < end; i++) pos[out[i]] = i - s;
  }
  return { out, start, pos, to };
}

/** A ring without the nodes where it runs straight on (split points left by a wall that was pruned or ends there). */
function straighten(ring: Polygon): Polygon {
  const out: Polygon = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const [px, py] = ring[(i + n - 1) % n];
    const [x, y] = ring[i];
    const [qx, qy] = ring[(i + 1) % n];
    const cross = (x - px) * (qy - y) - (y - py) * (qx - x);
    const dot = (x - px) * (qx - x) + (y - py) * (qy - y);
    // A corner clearly turning passes on the sums of the sides' components (never shorter than the sides,
    // with a margin far above rounding), without the two square roots (Math.hypot is slow).
    const turns = Math.abs(cross) > 1e-9 * ((Math.abs(x - px) + Math.abs(y - py)) * (Math.abs(qx - x) + Math.abs(qy - y)) + 1e-12) * (1 + 1e-9);
    if (turns || Math.abs(cross) > 1e-9 * (Math.hypot(x - px, y - py) * Math.hypot(qx - x, qy - y) + 1e-12) || dot <= 0) out.push(ring[i]);
  }
  return out.length >= 3 ? out : ring;
}

export function graphFaces(g: PlanarGraph): GraphFaces {
  const { out, start, pos, to } = outgoing(g);
  const used = new Int32Array(to.length);
  let faceNo = 0;
  const faces: Polygon[] = [];
  const faceNode: number[] = [];
  const outers: { ring: Polygon; area: number; node: number }[] = [];
  for (let h0 = 0; h0 < to.length; h0++) {
    if (used[h0]) continue;
    const ring: Polygon = [];
    let h = h0;
    faceNo++;
    while (!used[h]) {
      used[h] = faceNo;
      const from = to[h ^ 1];
      ring.push([g.xy[2 * from], g.xy[2 * from + 1]]);
      // At the far node, the twin's clockwise neighbour is the next edge with the face still on the left.
      const v = to[h];
      const deg = start[v + 1] - start[v];
      h = out[start[v] + ((pos[h ^ 1] - 1 + deg) % deg)];
    }
    const a = ringArea(ring);
    const node = to[h0 ^ 1];
    if (a > 1e-9) {
      faces.push(straighten(ring));
      faceNode.push(node);
    } else if (a < -1e-9) outers.push({ ring: straighten(ring.reverse()), area: -a, node });
  }
  const bridges = new Set<number>();
  for (let e = 0; e < to.length / 2; e++) if (used[2 * e] === used[2 * e + 1]) bridges.add(e);
  return { faces, faceNode, outers, bridges };
}

export function faceArea(ring: Polygon): number {
  return Math.abs(ringArea(ring));
}

export function facePerimeter(ring: Polygon): number {
  let p = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) p += Math.hypot(ring[i][0] - ring[j][0], ring[i][1] - ring[j][1]);
  return p;
}

/** Distance from a point to a ring's edges. */
export function distToRing(x: number, y: number, ring: Polygon): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j];
    const [bx, by] = ring[i];
    const dx = bx - ax;
    const dy = by - ay;
    const L2 = dx * dx + dy * dy;
    const t = L2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / L2)) : 0;
    best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
  }
  return best;
}
