/**
 * Closed loops formed by wall axes, for the floor outline made from walls. Walls are split where another
 * wall's end lands on them (T-junctions), dangling walls are pruned, and the faces of the resulting planar
 * graph are traced; the outer boundary of the largest group is the outline the walls enclose.
 */
import { distToSegment, type Vec2 } from './vec';
import { pointInPolygon, signedArea, type Polygon } from './polygon';

const EPS = 1e-3;

const keyOf = (p: Vec2) => `${Math.round(p[0] / EPS)},${Math.round(p[1] / EPS)}`;

/**
 * The outer boundary of the largest area the walls close (inner walls dividing it do not count), counter-clockwise
 * without repeated points, or undefined when they close none.
 */
export function largestWallLoop(walls: readonly { a: Vec2; b: Vec2 }[]): Polygon | undefined {
  let best: Polygon | undefined;
  let ba = 1e-6;
  // the unbounded face around each group of walls runs clockwise: reversed, it is the group's outer boundary
  for (const f of traceFaces(walls)) {
    const s = signedArea(f);
    if (s < -ba) {
      ba = -s;
      best = f;
    }
  }
  return best && dropCollinear([...best].reverse());
}

/** Every room the walls close (the bounded faces of the wall graph), counter-clockwise, for many `roomAmong` look-ups. */
export function wallRooms(walls: readonly { a: Vec2; b: Vec2 }[]): Polygon[] {
  return traceFaces(walls).filter((f) => signedArea(f) > 1e-6);
}

/**
 * The room the walls close around `p`: the smallest of `rooms` (from `wallRooms`) holding it (a partition splits a
 * hall into two rooms), without the vertices where its ring goes straight on; undefined when `p` is in none.
 */
export function roomAmong(rooms: readonly Polygon[], p: Vec2): Polygon | undefined {
  let best: Polygon | undefined;
  let ba = Number.POSITIVE_INFINITY;
  for (const f of rooms) {
    const s = signedArea(f);
    if (s < ba && pointInPolygon(p, f)) {
      ba = s;
      best = f;
    }
  }
  return best && dropCollinear(best);
}

/** Vertices where the ring goes straight on (wall joints along one side) say nothing about the shape. */
function dropCollinear(ring: Polygon): Polygon {
  const out = ring.filter((p, i) => {
    const a = ring[(i - 1 + ring.length) % ring.length];
    const b = ring[(i + 1) % ring.length];
    return Math.abs((p[0] - a[0]) * (b[1] - p[1]) - (p[1] - a[1]) * (b[0] - p[0])) > 1e-9;
  });
  return out.length >= 3 ? out : ring;
}

/** Every face of the wall graph: bounded ones counter-clockwise, the unbounded one of each group clockwise. */
function traceFaces(walls: readonly { a: Vec2; b: Vec2 }[]): Polygon[] {
  const ends: Vec2[] = walls.flatMap((w) => [w.a, w.b]);
  const pos = new Map<string, Vec2>();
  const adj = new Map<string, Set<string>>();
  const link = (p: Vec2, q: Vec2) => {
    const kp = keyOf(p);
    const kq = keyOf(q);
    if (kp === kq) return;
    if (!pos.has(kp)) pos.set(kp, p);
    if (!pos.has(kq)) pos.set(kq, q);
    if (!adj.has(kp)) adj.set(kp, new Set());
    if (!adj.has(kq)) adj.set(kq, new Set());
    adj.get(kp)!.add(kq);
    adj.get(kq)!.add(kp);
  };
  for (const w of walls) {
    const dx = w.b[0] - w.a[0];
    const dy = w.b[1] - w.a[1];
    const l2 = dx * dx + dy * dy;
    if (l2 < EPS * EPS) continue;
    // other walls' ends on this one split it
    const cuts: [number, Vec2][] = [
      [0, w.a],
      [1, w.b],
    ];
    for (const e of ends) {
      if (distToSegment(e, w.a, w.b) > EPS) continue;
      const t = ((e[0] - w.a[0]) * dx + (e[1] - w.a[1]) * dy) / l2;
      if (t > 1e-6 && t < 1 - 1e-6) cuts.push([t, e]);
    }
    cuts.sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < cuts.length; i++) link(cuts[i - 1][1], cuts[i][1]);
  }
  // walls that end in the open close nothing
  let pruned = true;
  while (pruned) {
    pruned = false;
    for (const [k, n] of adj) {
      if (n.size > 1) continue;
      for (const m of n) adj.get(m)?.delete(k);
      adj.delete(k);
      pruned = true;
    }
  }
  const angleOf = (from: string, to: string) => {
    const a = pos.get(from)!;
    const b = pos.get(to)!;
    return Math.atan2(b[1] - a[1], b[0] - a[0]);
  };
  const sorted = new Map<string, string[]>();
  for (const [k, n] of adj)
    sorted.set(
      k,
      [...n].sort((x, y) => angleOf(k, x) - angleOf(k, y)),
    );
  const used = new Set<string>();
  const faces: Polygon[] = [];
  for (const [u, outs] of sorted) {
    for (const v of outs) {
      if (used.has(`${u}>${v}`)) continue;
      const ring: Vec2[] = [];
      let a = u;
      let b = v;
      let guard = 0;
      while (!used.has(`${a}>${b}`) && guard++ < 100000) {
        used.add(`${a}>${b}`);
        ring.push(pos.get(a)!);
        // the next edge clockwise from the way back keeps the face on the left of a→b
        const around = sorted.get(b)!;
        const i = around.indexOf(a);
        const next = around[(i - 1 + around.length) % around.length];
        a = b;
        b = next;
      }
      if (ring.length >= 3) faces.push(ring);
    }
  }
  return faces;
}
