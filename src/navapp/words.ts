/** How the page words places and distances. */
import type { Destination } from './data';

/** A name without its bracketed note (“综合窗口（社保）” → “综合窗口”). */
export const bare = (t: string) => t.replace(/（.*）$/, '').replace(/ \(.*\)$/, '');

/** A place as said mid-sentence: "Counter 5", but "the toilet", "the west stairs". */
export const spokenEn = (d: Destination) => (d.category === 'counter' ? bare(d.en) : `the ${bare(d.en).charAt(0).toLowerCase()}${bare(d.en).slice(1)}`);

/** One rounding for every distance the page names (results, cards, the route), so they agree. */
export function roundMetres(m: number): number {
  return m < 50 ? Math.round(m / 5) * 5 || Math.round(m) : Math.round(m / 10) * 10;
}
