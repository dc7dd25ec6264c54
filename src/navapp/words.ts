/** How the page words places and distances. */
import { zoneEn } from '../core/zone-en';
import type { Destination } from './data';
import { STRINGS, type Lang } from './strings';

/** A name without its bracketed note (“综合窗口（社保）” → “综合窗口”). */
export const bare = (t: string) => t.replace(/（.*）$/, '').replace(/ \(.*\)$/, '');

/**
 * A place as said mid-sentence: "Counter 5" and "Waiting area 2" (numbered: proper names), but "the toilet", "the west
 * stairs", "the AED" (an acronym keeps its capitals), and a room by its use "the self-service area", as directions
 * name it at a turn.
 */
export function spokenEn(d: Destination): string {
  const en = bare(d.en);
  if (d.category === 'counter' || / \d+$/.test(en)) return en;
  if (d.category === 'zone' || d.category === 'toilet') return zoneEn(en);
  return /^[A-Z][A-Z]/.test(en) ? `the ${en}` : `the ${en.charAt(0).toLowerCase()}${en.slice(1)}`;
}

/** One rounding for every distance the page names (results, cards, the route), so they agree. */
export function roundMetres(m: number): number {
  return m < 50 ? Math.round(m / 5) * 5 || Math.round(m) : Math.round(m / 10) * 10;
}

/** Words a hall's service-hours sign may start with, which the card's own label already says. */
const HOURS_LABEL = /^\s*(?:服务时间|办公时间|开放时间|办事时间|工作时间|营业时间|(?:service|office|opening|business|working) hours|hours|open(?= ))\s*[:：]?\s*/i;

/**
 * The card's opening-hours line: the 24-hour area and its door keep their own hours, counters and zones the hall's
 * (from its service-hours sign, without the sign's own "服务时间" label, so the line does not say it twice).
 */
export function hoursLine(d: Destination, hours: { zh: string; en: string } | undefined, lang: Lang): string | undefined {
  const t = STRINGS[lang];
  if (d.kind === 'self-service-24h' || d.kind === '24h') return `${t.hours}${t.open24}`;
  if (!hours || (d.category !== 'counter' && d.category !== 'zone')) return undefined;
  const text = lang === 'en' ? hours.en || hours.zh : hours.zh;
  return `${t.hours}${text.replace(HOURS_LABEL, '')}`;
}
