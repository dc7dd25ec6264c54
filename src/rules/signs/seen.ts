/**
 * The nearest wayfinding sign in sight from a point on a citizen route (sign.continuity), with the answers kept per
 * floor while its signs and sight-blocking elements stay.
 */
import type { HallDocument } from '../../core/document';
import { dist, type Vec2 } from '../../core/geometry/vec';
import { lineOfSight, sightVersion } from '../../nav';

/**
 * The nearest wayfinding sign in sight from a point, remembered per floor while its signs and its sight-blocking
 * elements stay the same objects (a seat or a counter moving changes neither).
 */
type Seen = { id: string; p: Vec2 } | undefined;
export interface SeenMemo {
  signs: readonly object[];
  sight: object | undefined;
  reach: number;
  /** The floor's signs bucketed in cells `reach` wide (made on the first question): a point's signs in reach lie in the 3 × 3 cells around it. */
  cells?: Map<number, number[]>;
  /** Answers by x, then y. */
  answers: Map<number, Map<number, Seen>>;
}
const seenMemo = new Map<string, SeenMemo>();
/** The memo for one floor, started afresh when its signs or sight-blocking elements changed. */
export function seenOn(doc: HallDocument, floorId: string, here: readonly { id: string; position: Vec2 }[], reach: number): SeenMemo {
  const sight = sightVersion(doc, floorId);
  let m = seenMemo.get(floorId);
  if (!m || m.sight !== sight || m.reach !== reach || m.signs.length !== here.length || m.signs.some((e, i) => e !== here[i])) {
    m = { signs: here, sight, reach, answers: new Map() };
    seenMemo.set(floorId, m);
    if (seenMemo.size > 64) seenMemo.delete(seenMemo.keys().next().value!);
  }
  return m;
}

/** A cell's key (cells 32,768 apart share a key; the signs in it are measured exactly). */
const cellKey = (cx: number, cy: number) => (cx & 0x7fff) * 0x8000 + (cy & 0x7fff);

/** The indices of the signs within `m.reach` of p, or of every sign when the reach cannot size a cell. */
function candidates(p: Vec2, here: readonly { position: Vec2 }[], m: SeenMemo): Iterable<number> {
  const r = m.reach;
  if (!(r > 0) || !Number.isFinite(r)) return here.keys();
  if (!m.cells) {
    m.cells = new Map();
    here.forEach((s, i) => {
      const k = cellKey(Math.floor(s.position[0] / r), Math.floor(s.position[1] / r));
      const c = m.cells!.get(k);
      if (c) c.push(i);
      else m.cells!.set(k, [i]);
    });
  }
  const out: number[] = [];
  const cx = Math.floor(p[0] / r);
  const cy = Math.floor(p[1] / r);
  for (let dx = -1; dx <= 1; dx++)
    for (let dy = -1; dy <= 1; dy++) {
      const c = m.cells.get(cellKey(cx + dx, cy + dy));
      if (c) for (const i of c) out.push(i);
    }
  return out;
}

export function signSeenFrom(doc: HallDocument, floorId: string, p: Vec2, here: readonly { id: string; position: Vec2 }[], m: SeenMemo): Seen {
  let byY = m.answers.get(p[0]);
  if (!byY) m.answers.set(p[0], (byY = new Map()));
  if (byY.has(p[1])) return byY.get(p[1]);
  // Nearest first: in a hall with hundreds of signs in reach, sight is traced to the few nearest ones only. Of
  // signs at the same distance the first in the floor's order wins, as a scan would pick.
  const idx: number[] = [];
  const ds: number[] = [];
  for (const i of candidates(p, here, m)) {
    const d = dist(here[i].position, p);
    if (d <= m.reach) {
      idx.push(i);
      ds.push(d);
    }
  }
  const k = nearestInSight(idx, ds, (i) => lineOfSight(doc, floorId, p, here[i].position));
  const best: Seen = k >= 0 ? { id: here[k].id, p: here[k].position } : undefined;
  byY.set(p[1], best);
  return best;
}

/**
 * The first of `idx` (with distances `ds`), nearest first and of equal distances the least index, that `seen`
 * accepts; -1 for none. The nearest is found in one pass (it is nearly always in sight); the rest are sorted only
 * when it is not.
 */
function nearestInSight(idx: number[], ds: number[], seen: (i: number) => boolean): number {
  let k = -1;
  for (let j = 0; j < idx.length; j++) if (k < 0 || ds[j] < ds[k] || (ds[j] === ds[k] && idx[j] < idx[k])) k = j;
  if (k < 0) return -1;
  if (seen(idx[k])) return idx[k];
  const rest: number[] = [];
  for (let j = 0; j < idx.length; j++) if (j !== k) rest.push(j);
  rest.sort((a, b) => ds[a] - ds[b] || idx[a] - idx[b]);
  for (const j of rest) if (seen(idx[j])) return idx[j];
  return -1;
}
