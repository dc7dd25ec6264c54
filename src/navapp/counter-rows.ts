/**
 * Counter rows on the phone map, labelled as Gaode indoor labels shop rows: every counter of a row is covered by
 * some label at every zoom. Far out, a row reads as one or a few number ranges ("01–08 综合受理", "09–24号");
 * zooming in splits a range into its runs of one service ("09–11 综合出件", "12–13 帮办代办"), and closer still
 * each counter shows its own number (map-labels.ts). Which runs share a label depends on the zoom and on the labels'
 * widths at the page's text size, so the grouping is redone at each layout; this module is pure.
 */
import type { Vec2 } from '../core/geometry/vec';
import type { Lang } from './strings';

/** One run of neighbouring counters of one department (or type) within a row, as map-labels lists it. */
export interface CounterRun {
  /** Which row of the floor, and the run's place along it. */
  row: number;
  /** Front points (where the label sits) of the run's first and last counter. */
  ends: [Vec2, Vec2];
  count: number;
  /** Numbers of its first and last numbered counter. */
  first?: string;
  last?: string;
  /** The run's own name ("综合受理", "公安"), and its counter type's short name ("专业"). */
  name: string;
  typeName: string;
}

interface Group {
  runs: CounterRun[];
  text: string;
  /** The numbers alone ("25–39号"), where the text also names a service. */
  short?: string;
  w: number;
  h: number;
  /** Where the label sits (plan), and how far along the row its counters reach on either side of it (metres). */
  c: Vec2;
  t: number;
  reach: number;
}

/** How far (metres) a lone desk's label may slide to either side of it. */
const LONE_REACH = 1.5;

const range = (first: string | undefined, last: string | undefined) => (first ? (!last || first === last ? first : `${first}–${last}`) : '');

/** A label's text for runs shown together: one name when they share it, else only the numbers ("09–24号"). */
export function groupText(runs: readonly CounterRun[], lang: Lang): string {
  const numbered = runs.filter((r) => r.first);
  const nums = range(numbered[0]?.first, numbered[numbered.length - 1]?.last);
  const same = (f: (r: CounterRun) => string) => runs.every((r) => f(r) === f(runs[0]));
  const name = same((r) => r.name) ? runs[0].name : same((r) => r.typeName) ? runs[0].typeName : '';
  if (name) return `${nums} ${name}`.trim();
  if (!nums) return lang === 'zh' ? '窗口' : 'Counters';
  return lang === 'zh' ? `${nums}号` : nums;
}

/**
 * The labels for one row's runs at `k` pixels per metre. A label may slide along the row as far as its counters
 * reach, to clear its neighbours. While neighbouring labels would still overlap, two neighbours are merged, one of
 * them being in an overlap: the merge that loses the fewest named counters (a name is lost when the merged label can
 * no longer say it), then the one with the fewest counters. So a long run of one service keeps its own name while
 * the short runs and single counters beside it share a number range.
 */
export function rowLabels(runs: readonly CounterRun[], k: number, lang: Lang, size: (text: string) => { w: number; h: number }, gap = 4): Group[] {
  if (!runs.length) return [];
  const o = runs[0].ends[0];
  const z = runs[runs.length - 1].ends[1];
  const len = Math.hypot(z[0] - o[0], z[1] - o[1]);
  const dir: Vec2 = len > 1e-9 ? [(z[0] - o[0]) / len, (z[1] - o[1]) / len] : [1, 0];
  const along = (p: Vec2) => (p[0] - o[0]) * dir[0] + (p[1] - o[1]) * dir[1];
  // Half the label's length along the row, in pixels (the row is drawn y-down on screen: only magnitudes matter).
  const half = (g: Pick<Group, 'w' | 'h'>) => (Math.abs(dir[0]) * g.w + Math.abs(dir[1]) * g.h) / 2;
  const make = (rs: CounterRun[]): Group => {
    const text = groupText(rs, lang);
    const numbers = groupText(
      rs.map((r) => ({ ...r, name: '', typeName: '' })),
      lang,
    );
    const a = along(rs[0].ends[0]);
    const b = along(rs[rs.length - 1].ends[1]);
    const t = (a + b) / 2;
    return {
      runs: rs,
      text,
      short: numbers !== text && /\d/.test(numbers) ? numbers : undefined,
      ...size(text),
      c: [o[0] + dir[0] * t, o[1] + dir[1] * t],
      t,
      reach: Math.abs(b - a) / 2,
    };
  };
  const slack = (g: Group) => Math.max(0, g.reach - half(g) / k);
  const overlap = (p: Group, q: Group) => (Math.abs(q.t - p.t) + slack(p) + slack(q)) * k < half(p) + half(q) + gap;
  const count = (g: Group) => g.runs.reduce((n, r) => n + r.count, 0);
  const named = (g: Group) => (/\p{L}/u.test(g.text.replace(/号$/, '')) && g.text !== '窗口' ? count(g) : 0);
  const groups = runs.map((r) => make([r]));
  for (;;) {
    const crowded = groups.map((g, i) => (i > 0 && overlap(groups[i - 1], g)) || (i + 1 < groups.length && overlap(g, groups[i + 1])));
    let best: { i: number; merged: Group; cost: [number, number] } | undefined;
    for (let i = 0; i + 1 < groups.length; i++) {
      if (!crowded[i] && !crowded[i + 1]) continue;
      const merged = make([...groups[i].runs, ...groups[i + 1].runs]);
      const cost: [number, number] = [named(groups[i]) + named(groups[i + 1]) - named(merged), count(merged)];
      if (!best || cost[0] < best.cost[0] || (cost[0] === best.cost[0] && cost[1] < best.cost[1])) best = { i, merged, cost };
    }
    if (!best) break;
    groups.splice(best.i, 2, best.merged);
  }
  // Slide each label clear of its neighbours within its counters' reach: pushed on from the row's start, then back.
  const ts = groups.map((g) => g.t);
  let end = -Infinity;
  groups.forEach((g, i) => {
    ts[i] = Math.min(Math.max(ts[i], end + half(g) / k), g.t + slack(g));
    end = ts[i] + (half(g) + gap) / k;
  });
  let start = Infinity;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    ts[i] = Math.max(Math.min(ts[i], start - half(g) / k), g.t - slack(g));
    start = ts[i] - (half(g) + gap) / k;
    g.c = [o[0] + dir[0] * ts[i], o[1] + dir[1] * ts[i]];
  }
  return groups;
}

/**
 * The run labels of a floor (those carrying `run`) replaced by the labels of their rows at this zoom; where the
 * row's own numbers are shown, `whileNumbered` turns each run's label into its service's name beside the numbers.
 */
/**
 * Where a row's label may also go when its place is taken (by the route line, a pin): slid along the row while it
 * stays over its counters, and in its numbers-only form.
 */
export interface RowSlide {
  /** The row's direction (unit, plan). */
  dir: Vec2;
  /** How far (metres) along the row either way from its counters' middle `mid` the label's centre may go. */
  mid: Vec2;
  reach: number;
  short?: string;
  /** A lone desk's label: where it cannot slide clear, it stands off with a leader line to the desk. */
  lone?: boolean;
}

export function mergeRuns<L extends { key: string; p: Vec2; text: unknown; run?: CounterRun; slide?: RowSlide }>(
  items: readonly L[],
  k: number,
  lang: Lang,
  size: (l: L) => { w: number; h: number },
  whileNumbered: (l: L) => L | undefined,
): L[] {
  const out: L[] = [];
  const rows = new Map<number, L[]>();
  for (const l of items) {
    if (!l.run) out.push(l);
    else rows.set(l.run.row, [...(rows.get(l.run.row) ?? []), l]);
  }
  for (const [row, labels] of rows) {
    const proto = labels[0];
    if (whileNumbered(proto)) {
      for (const l of labels) out.push(whileNumbered(l)!);
      continue;
    }
    const groups = rowLabels(
      labels.map((l) => l.run!),
      k,
      lang,
      (text) => size({ ...proto, text }),
    );
    const [a, b] = [labels[0].run!.ends[0], labels[labels.length - 1].run!.ends[1]];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const dir: Vec2 = len > 1e-9 ? [(b[0] - a[0]) / len, (b[1] - a[1]) / len] : [1, 0];
    groups.forEach((g, i) => {
      const mid: Vec2 = [a[0] + dir[0] * g.t, a[1] + dir[1] * g.t];
      // A lone desk's label may slide a little beside it (its own reach is nil), as a row's does along its counters.
      const lone = g.runs.length === 1 && g.runs[0].count === 1;
      const reach = lone ? Math.max(g.reach, LONE_REACH) : g.reach;
      out.push({ ...proto, key: `run:${row}:${i}`, p: g.c, text: g.text, run: undefined, slide: { dir, mid, reach, short: g.short, ...(lone ? { lone } : {}) } });
    });
  }
  return out;
}

/**
 * The part of a run in front of the view box (plan metres), so a row zoomed into keeps its label on the part of it on
 * screen rather than at its middle off screen; undefined when none of it is.
 */
export function clipRun(run: CounterRun, box: { x0: number; y0: number; x1: number; y1: number }): CounterRun | undefined {
  const [a, b] = run.ends;
  const d: Vec2 = [b[0] - a[0], b[1] - a[1]];
  // Liang–Barsky: the parameter range of a + t·d inside the box (grown by a rounding margin) on both axes.
  const eps = 1e-9;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-d[0], a[0] - box.x0 + eps],
    [d[0], box.x1 - a[0] + eps],
    [-d[1], a[1] - box.y0 + eps],
    [d[1], box.y1 - a[1] + eps],
  ]) {
    if (Math.abs(p) < 1e-12) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
  }
  if (t0 > t1) return undefined;
  if (t0 === 0 && t1 === 1) return run;
  const at = (t: number): Vec2 => [a[0] + d[0] * t, a[1] + d[1] * t];
  return { ...run, ends: [at(t0), at(t1)] };
}
