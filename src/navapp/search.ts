/**
 * Destination search the way people ask: a counter number in any spelling ("5号窗口", "5号", "05", "A05",
 * "counter 5"), names in Chinese or English, pinyin (full or initials), departments and the hall's own words for a
 * place, and the preset's dictionary of everyday words (厕所 → toilets, 社保 → the social-insurance counters).
 * Pure: no DOM, so the unit tests run it on the exported data.
 */
import type { Destination, NavMapData, SearchEntry, SearchTargets } from './data';

export interface SearchOptions {
  /** Walking distance to a destination, for ranking equals nearest first. */
  distance?: (d: Destination) => number | undefined;
  limit?: number;
}

const FULLWIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

export function normalise(q: string): string {
  return q
    .replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[\s·,，。.?？!！]+/g, '');
}

const HAN = /[\u4e00-\u9fff]/;

/** "5号窗口", "5号", "05", "A05", "window 5", "counter5", "5窗" → { letter: '', digits: 5 }. */
export function counterQuery(q: string): { letter: string; n: number } | undefined {
  const m = /^(?:window|counter|no)?([a-z]?)0*(\d{1,4})(?:号)?(?:窗口|窗)?$/.exec(q);
  return m ? { letter: m[1], n: Number(m[2]) } : undefined;
}

function counterScore(d: Destination, cq: { letter: string; n: number }): number {
  if (d.category !== 'counter' || !d.num) return 0;
  const m = /^([a-z]?)0*(\d+)$/i.exec(d.num.trim());
  if (!m || Number(m[2]) !== cq.n) return 0;
  const letter = m[1].toLowerCase();
  if (letter === cq.letter) return 1000;
  // "A05" in a hall numbering plainly 05 (or the reverse) still means that counter, just less surely.
  return !letter || !cq.letter ? 950 : 0;
}

function textScore(d: Destination, q: string): number {
  const zh = normalise(d.zh);
  const en = normalise(d.en);
  let s = 0;
  if (zh === q || en === q) s = 900;
  else if (zh.startsWith(q) || en.startsWith(q)) s = 800;
  else if (d.dept && normalise(d.dept) === q) s = 780;
  else if (zh.includes(q)) s = 700;
  else if (en.includes(q) && q.length >= 2) s = 650;
  if (s) return s;
  if (d.dept && q.includes(normalise(d.dept))) return 620;
  const group = normalise(`${d.groupZh}${d.groupEn}`);
  if (group.includes(q)) return 500;
  const keys = (d.keys ?? '').toLowerCase();
  // A Latin query matches within one word of the keys, not across two run together ("services bmfwq" holds no "sb"),
  // and inside a word only from three letters: two match across words by chance ("wc" in 服务窗口's fwck).
  const inWord = (w: string) => (q.length >= 3 ? normalise(w).includes(q) : normalise(w).startsWith(q));
  if (keys && (HAN.test(q) ? normalise(keys).includes(q) : keys.split(/\s+/).some(inWord))) return 550;
  if (/^[a-z]+$/.test(q)) {
    const py = `${d.py} ${keys}`.split(/\s+/).filter(Boolean);
    if (py.some((k) => k.startsWith(q))) return 450;
    // Inside a key only from three letters, as in the keys above (体外除颤器's twccq holds "wc").
    if (q.length >= 3 && py.some((k) => k.includes(q))) return 350;
  }
  return 0;
}

/** How well a dictionary entry matches: 3 exact word, 2 the query starts a word or contains one, 0 no match. */
export function entryMatch(e: SearchEntry, q: string): number {
  let best = 0;
  for (const w of e.zh) {
    const n = normalise(w);
    if (n === q) return 3;
    if ((HAN.test(q) && n.startsWith(q)) || (n.length >= 2 && q.includes(n))) best = 2;
  }
  for (const w of e.en) {
    const n = normalise(w);
    if (n === q) return 3;
    if ((q.length >= 3 && n.startsWith(q)) || (n.length >= 3 && q.includes(n))) best = 2;
  }
  if (/^[a-z]+$/.test(q) && q.length >= 2) for (const k of e.py) if (k.split(' ').some((p) => p === q)) return 3;
  if (/^[a-z]+$/.test(q) && q.length >= 3) for (const k of e.py) if (k.split(' ').some((p) => p.startsWith(q))) best = Math.max(best, 2);
  return best;
}

export function targets(t: SearchTargets, d: Destination): boolean {
  const k = d.kind ?? '';
  const dept = d.dept;
  switch (d.category) {
    case 'counter':
      return !!(t.counterTypes?.includes(k) || (dept && t.departments?.some((x) => dept.includes(x) || x.includes(dept))));
    case 'zone':
    case 'toilet':
      return !!t.zoneTypes?.includes(k);
    case 'aed':
    case 'facility':
      return !!t.pointKinds?.includes(k);
    case 'link':
      return !!t.linkKinds?.includes(k);
    case 'exit':
      return !!t.entrances?.includes(k);
    default:
      return false;
  }
}

/** Destinations for a query, best first; equals nearest first when distances are known. */
export function searchPlaces(data: Pick<NavMapData, 'dests' | 'search'>, query: string, opts: SearchOptions = {}): Destination[] {
  const q = normalise(query);
  if (!q) return [];
  const score = new Map<Destination, number>();
  const bump = (d: Destination, s: number) => {
    if (s > (score.get(d) ?? 0)) score.set(d, s);
  };
  const cq = counterQuery(q);
  for (const d of data.dests) {
    if (cq) bump(d, counterScore(d, cq));
    bump(d, textScore(d, q));
  }
  // Only the best-matching entries count: "lost property" is the lost-and-found entry's own phrase, not 不动产's "property".
  const matched = (data.search ?? []).map((e) => [e, entryMatch(e, q)] as const);
  const best = Math.max(0, ...matched.map(([, m]) => m));
  for (const [e, m] of matched) {
    if (!m || m < best) continue;
    const hits = data.dests.filter((d) => targets(e.t, d));
    if (hits.length) for (const d of hits) bump(d, 600 + m * 20);
    else if (e.fb) for (const d of data.dests) if (targets(e.fb, d)) bump(d, 300 + m * 10);
  }
  const order = new Map(data.dests.map((d, i) => [d, i]));
  const at = (d: Destination) => order.get(d) ?? 0;
  const dist = (d: Destination) => opts.distance?.(d) ?? Infinity;
  return [...score.entries()]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || dist(a[0]) - dist(b[0]) || at(a[0]) - at(b[0]))
    .slice(0, opts.limit ?? 30)
    .map(([d]) => d);
}
