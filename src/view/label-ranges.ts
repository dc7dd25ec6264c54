/**
 * Counter numbers that crowd each other when the plan is zoomed out: placed one by one, every other number of a
 * row was hidden (01 02 04 06 …) and the row read as missing counters. Labels of counters whose number boxes
 * overlap are joined into runs, each shown as range labels ("01–06", "07–12", …) spread along it; hovering one
 * lists its numbers. Zoomed in far enough for the numbers to stand apart, each counter shows its own again.
 */
import type { LabelRequest } from '../core/geometry/label-placement';
import { root, singletons, unite } from '../core/union-find';

/** A range label standing for a run of counter labels: shown by the run's first key. */
export interface LabelRange {
  /** The range text ("01–24"). */
  text: string;
  /** Every number of the run, for the tooltip. */
  full: string;
}

/** Numbers in reading order: numerically when they are numbers, else as text. */
function byNumber(a: string, b: string): number {
  const na = Number.parseInt(a, 10);
  const nb = Number.parseInt(b, 10);
  return Number.isNaN(na) || Number.isNaN(nb) || na === nb ? a.localeCompare(b) : na - nb;
}

/** Runs of overlapping boxes (union-find over pairs; a view holds at most a few hundred counter numbers). */
function runs(reqs: readonly LabelRequest[], gap: number): number[][] {
  const parent = singletons(reqs.length);
  const order = reqs.map((_, i) => i).sort((a, b) => reqs[a].x - reqs[b].x);
  for (let a = 0; a < order.length; a++) {
    const p = reqs[order[a]];
    for (let b = a + 1; b < order.length; b++) {
      const q = reqs[order[b]];
      if (q.x - p.x > (p.width + q.width) / 2 + gap) break;
      if (Math.abs(q.y - p.y) < (p.height + q.height) / 2 + gap) unite(parent, order[a], order[b]);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < reqs.length; i++) {
    const r = root(parent, i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()];
}

/** "01–24" for a run's numbers (one number as itself). */
function rangeText(numbers: string[]): string {
  const sorted = [...numbers].sort(byNumber);
  return sorted.length === 1 ? sorted[0] : `${sorted[0]}–${sorted[sorted.length - 1]}`;
}

/**
 * A run cut along its length into as many consecutive pieces as have room for their range label with half a
 * label's space between them (at least two counters each): a long row zoomed out reads "01–06 07–12 …" rather
 * than one label for the whole row.
 */
function chunks(members: number[], requests: readonly LabelRequest[], widthOf: (members: number[]) => number): number[][] {
  const xs = members.map((i) => requests[i].x);
  const ys = members.map((i) => requests[i].y);
  const along = Math.max(...xs) - Math.min(...xs) >= Math.max(...ys) - Math.min(...ys) ? 'x' : 'y';
  const sorted = [...members].sort((a, b) => requests[a][along] - requests[b][along]);
  const span = requests[sorted[sorted.length - 1]][along] - requests[sorted[0]][along];
  const most = Math.max(1, Math.floor(sorted.length / 2));
  let n = Math.min(most, Math.max(1, Math.floor(span / (1.5 * widthOf(sorted.slice(0, 2))))));
  // The widest range label of this cut decides whether it has room; fewer pieces until it has.
  while (n > 1 && span / n < 1.5 * Math.max(...cut(sorted, n).map(widthOf))) n--;
  return cut(sorted, n);
}

/** `xs` in `n` consecutive pieces of near-equal length. */
function cut<T>(xs: T[], n: number): T[][] {
  return Array.from({ length: n }, (_, k) => xs.slice(Math.round((k * xs.length) / n), Math.round(((k + 1) * xs.length) / n)));
}

/**
 * Replaces the requests of crowded counter labels by one request per run. `text(key)` gives a counter label's
 * number and `width(text)` a range label's width in pixels. Returns the requests and keys to place and the ranges
 * by the key that shows each.
 */
export function joinCounterRuns(
  requests: readonly LabelRequest[],
  keys: readonly string[],
  isCounter: (key: string) => boolean,
  text: (key: string) => string,
  width: (text: string) => number,
  gap = 2,
): { requests: LabelRequest[]; keys: string[]; ranges: Map<string, LabelRange> } {
  const counters: number[] = [];
  for (let i = 0; i < keys.length; i++) if (isCounter(keys[i])) counters.push(i);
  const ranges = new Map<string, LabelRange>();
  if (counters.length < 2) return { requests: [...requests], keys: [...keys], ranges };
  const joined = new Map<number, LabelRequest>();
  const dropped = new Set<number>();
  for (const run of runs(
    counters.map((i) => requests[i]),
    gap,
  )) {
    if (run.length < 2) continue;
    for (const chunk of chunks(
      run.map((j) => counters[j]),
      requests,
      (members) => width(rangeText(members.map((i) => text(keys[i])))),
    )) {
      const numbers = chunk.map((i) => text(keys[i])).sort(byNumber);
      const label = rangeText(numbers);
      const xs = chunk.map((i) => requests[i].x);
      const ys = chunk.map((i) => requests[i].y);
      const first = chunk[0];
      const r = requests[first];
      joined.set(first, { ...r, x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2, width: width(label), shortWidth: undefined });
      ranges.set(keys[first], { text: label, full: numbers.join(', ') });
      for (const i of chunk.slice(1)) dropped.add(i);
    }
  }
  const outR: LabelRequest[] = [];
  const outK: string[] = [];
  for (let i = 0; i < requests.length; i++) {
    if (dropped.has(i)) continue;
    outR.push(joined.get(i) ?? requests[i]);
    outK.push(keys[i]);
  }
  return { requests: outR, keys: outK, ranges };
}
