/** Browsing places without a query: counters grouped by their department (or their kind of service). */
import type { Destination } from './data';
import type { Lang } from './strings';

export function counterGroups(counters: readonly Destination[], lang: Lang): Map<string, Destination[]> {
  const groups = new Map<string, Destination[]>();
  for (const d of counters) {
    const g = lang === 'en' ? (d.dept ? (/\(([^)]*)\)$/.exec(d.en)?.[1] ?? d.groupEn) : d.groupEn) : (d.dept ?? d.groupZh);
    groups.set(g, [...(groups.get(g) ?? []), d]);
  }
  return groups;
}
