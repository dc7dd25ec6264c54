/**
 * Line of sight on a floor: blocked by what each kind says blocks sight (opaque walls along their axis, tall
 * furniture by its footprint) except through the gaps kinds leave in their walls (doors, glazed windows). Counters,
 * seats and signs stand below eye level and do not block (src/core/kinds/roles.ts `sight`).
 *
 * The sight-relevant elements of a floor are indexed once and kept while they are the same objects (moving a
 * seat or a sign leaves them alone), and answers are remembered per index: rules ask the same questions after
 * every edit.
 */
import type { HallDocument, Floor } from '../core/document';
import { kindOf } from '../core/kinds/registry';
import type { HostGap } from '../core/kinds/roles';
import type { Polygon } from '../core/geometry/polygon';
import { findFloor } from '../core/query';
import { segmentIntersection, segmentsIntersect, dist, type Vec2 } from '../core/geometry/vec';
import { QuadMemo } from './pair-memo';

/** A line-like blocker's axis, with the element whose gaps may open it. */
interface SightLine {
  id: string;
  a: Vec2;
  b: Vec2;
}

interface SightIndex {
  /** The elements the index was built from, to tell whether a newer floor can reuse it. */
  from: Floor['elements'];
  lines: SightLine[];
  solids: Polygon[];
  gaps: HostGap[];
  answers: QuadMemo;
}

const byFloor = new WeakMap<Floor, SightIndex>();
const newestById = new Map<string, SightIndex>();

function relevant(floor: Floor): Floor['elements'] {
  return floor.elements.filter((e) => kindOf(e).sight(e) !== 'none');
}

function build(from: Floor['elements']): SightIndex {
  const idx: SightIndex = { from, lines: [], solids: [], gaps: [], answers: new QuadMemo() };
  for (const e of from) {
    const k = kindOf(e);
    const part = k.sight(e);
    if (part !== 'blocks') {
      if (part !== 'none') idx.gaps.push(part);
      continue;
    }
    // Line-like kinds block along their axis, where their gaps are measured; others by their footprint's edges.
    const segs = k.segments?.(e);
    if (segs) for (const [a, b] of segs) idx.lines.push({ id: e.id, a, b });
    else {
      const fp = k.footprint(e);
      if (fp) idx.solids.push(fp);
    }
  }
  return idx;
}

function indexOf(floor: Floor): SightIndex {
  let idx = byFloor.get(floor);
  if (idx) return idx;
  const from = relevant(floor);
  const prev = newestById.get(floor.id);
  if (prev && prev.from.length === from.length && prev.from.every((e, i) => e === from[i])) idx = prev;
  else {
    idx = build(from);
    newestById.delete(floor.id);
    newestById.set(floor.id, idx);
    if (newestById.size > 64) newestById.delete(newestById.keys().next().value!);
  }
  byFloor.set(floor, idx);
  return idx;
}

function clear(idx: SightIndex, a: Vec2, b: Vec2): boolean {
  const { lines, solids, gaps } = idx;
  for (let k = 0; k < lines.length; k++) {
    const w = lines[k];
    const x = segmentIntersection(a, b, w.a, w.b);
    if (!x) continue;
    let throughGap = false;
    for (let m = 0; m < gaps.length && !throughGap; m++) {
      const g = gaps[m];
      throughGap = (g.host === w.id || !g.host) && dist(g.at, x) <= g.width / 2 + 0.05;
    }
    if (!throughGap) return false;
  }
  for (let k = 0; k < solids.length; k++) {
    const poly = solids[k];
    for (let i = 0; i < poly.length; i++) if (segmentsIntersect(a, b, poly[i], poly[(i + 1) % poly.length])) return false;
  }
  return true;
}

/**
 * An object that stays the same while a floor's sight-blocking elements do (walls, doors, tall obstacles): callers
 * can key their own memos on it.
 */
export function sightVersion(doc: HallDocument, floorId: string): object | undefined {
  const floor = findFloor(doc, floorId);
  return floor ? indexOf(floor) : undefined;
}

export function lineOfSight(doc: HallDocument, floorId: string, a: Vec2, b: Vec2): boolean {
  const floor = findFloor(doc, floorId);
  if (!floor) return false;
  const idx = indexOf(floor);
  let ok = idx.answers.get(a[0], a[1], b[0], b[1]);
  if (ok === undefined) {
    ok = clear(idx, a, b);
    if (idx.answers.size > 20000) idx.answers.clear();
    idx.answers.set(a[0], a[1], b[0], b[1], ok);
  }
  return ok;
}
