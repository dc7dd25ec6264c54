/**
 * Callouts on the phone map: a label with no free place beside what it names stands off and is joined to it by a
 * leader line, as Gaode marks a crowded place. Which places keep the line clear of other labels, the order callouts
 * are placed in, and how the line is drawn.
 */
import { boxAt, boxesOverlap, type LabelBox, type LabelRequest } from '../core/geometry/label-placement';
import { s } from './dom';
import { HALO } from './palette';

/**
 * A label standing off its spot (screen px), asked for apart from the label's own place and after it: `main` is the
 * request of its own place, whose success makes the callout needless.
 */
export interface Callout {
  x: number;
  y: number;
  main?: number;
}

/** A label that may be a callout: the text drawn at each of its request's alternatives. */
interface CalloutLabel {
  text: unknown;
  alts?: string[];
  callout?: Callout;
}

/** The rank's labels in order, in batches: each callout alone, the labels between callouts together. */
export function callouts<T>(items: readonly T[], callout: (t: T) => boolean): T[][] {
  const out: T[][] = [[]];
  for (const t of items) {
    if (callout(t)) out.push([t], []);
    else out[out.length - 1].push(t);
  }
  return out.filter((b) => b.length);
}

/**
 * A callout's places whose leader line crosses no label placed before it (nor the marks): a leader through another
 * label would point at that one. A label covering the spot itself is let through (the leader comes out from under
 * it). A room's name never stands over another room not named (it would read as that one's name) and over a named
 * one only where nothing else is left. Undefined when none is left.
 */
export function clearLeaders<L extends CalloutLabel>(
  r: LabelRequest,
  l: L,
  bounds: LabelBox,
  blocked: LabelBox[],
  rooms: { named: LabelBox[]; unnamed: LabelBox[] } = { named: [], unnamed: [] },
): { req: LabelRequest; label: L } | undefined {
  const c = l.callout;
  if (!c) return undefined;
  const places = [{ x: r.x, y: r.y, width: r.width, height: r.height, text: l.text as string }, ...(r.alternatives ?? []).map((a, k) => ({ ...a, text: l.alts?.[k] ?? '' }))];
  // Only what lies within reach of the spot can cross a leader: as far as the farthest place's far corner.
  const reach = Math.max(...places.map((p) => Math.abs(p.x - c.x) + Math.abs(p.y - c.y) + (p.width ?? r.width) + (p.height ?? r.height)));
  const near = (b: LabelBox) => b.x1 >= c.x - reach && b.x0 <= c.x + reach && b.y1 >= c.y - reach && b.y0 <= c.y + reach;
  const across = blocked.filter((b) => near(b) && !(b.x0 <= c.x && c.x <= b.x1 && b.y0 <= c.y && c.y <= b.y1));
  const inner = (bs: LabelBox[]) => bs.map((b) => ({ x0: b.x0 + 2, y0: b.y0 + 2, x1: b.x1 - 2, y1: b.y1 - 2 }));
  const [named, unnamed] = [inner(rooms.named), inner(rooms.unnamed)];
  const boxOf = (p: (typeof places)[number]) => boxAt(p.x, p.y, p.width ?? r.width, p.height ?? r.height, 'center', 0);
  const clear = places.filter((p) => {
    const box = boxOf(p);
    if (box.x0 < bounds.x0 || box.y0 < bounds.y0 || box.x1 > bounds.x1 || box.y1 > bounds.y1) return false;
    if (unnamed.some((b) => boxesOverlap(b, box))) return false;
    const end = nearestOn(box, [c.x, c.y]);
    // From the dot's rim on: the dot itself may touch what stands at the spot.
    const len = Math.hypot(end[0] - c.x, end[1] - c.y);
    if (len < 4) return true;
    const start: [number, number] = [c.x + ((end[0] - c.x) * 4) / len, c.y + ((end[1] - c.y) * 4) / len];
    const line = alongLine(start, end, 1);
    return !line.some((q) => across.some((b) => boxesOverlap(b, q)));
  });
  // Over a corridor or outside first; over a named room only where nothing else is left.
  const overNamed = (p: (typeof places)[number]) => named.some((b) => boxesOverlap(b, boxOf(p)));
  const [first, ...rest] = [...clear.filter((p) => !overNamed(p)), ...clear.filter(overNamed)];
  if (!first) return undefined;
  const { text, ...at } = first;
  const req = { ...r, ...at, width: at.width ?? r.width, height: at.height ?? r.height, alternatives: rest };
  return { req, label: { ...l, text, alts: rest.map((p) => p.text) } };
}

/** The point of a box nearest to `p`. */
export function nearestOn(b: LabelBox, [x, y]: [number, number]): [number, number] {
  return [Math.min(Math.max(x, b.x0), b.x1), Math.min(Math.max(y, b.y0), b.y1)];
}

/** Small boxes every few pixels along a segment, so labels placed later keep off it. */
export function alongLine([ax, ay]: [number, number], [bx, by]: [number, number], r: number): LabelBox[] {
  const out: LabelBox[] = [];
  const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / (2 * r)));
  for (let k = 0; k <= steps; k++) {
    const x = ax + ((bx - ax) * k) / steps;
    const y = ay + ((by - ay) * k) / steps;
    out.push({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
  }
  return out;
}

/** The leader of label `key`: a haloed line from a dot on the spot to the label's nearest edge. */
export function leader(key: string, c: Callout, box: LabelBox, color: string): SVGElement {
  const [tx, ty] = nearestOn(box, [c.x, c.y]);
  const line = { x1: c.x, y1: c.y, x2: tx, y2: ty, 'stroke-linecap': 'round' };
  const g = s('g', { 'data-leader-of': key });
  g.append(
    s('line', { ...line, stroke: HALO, 'stroke-width': 4 }),
    s('line', { ...line, stroke: color, 'stroke-width': 1.5 }),
    s('circle', { cx: c.x, cy: c.y, r: 3, fill: color, stroke: HALO, 'stroke-width': 1.5 }),
  );
  return g;
}
