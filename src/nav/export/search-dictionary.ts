/**
 * The phone map's search dictionary: each preset's top-level "search" key (presets/<id>.json) lists the words
 * citizens type — departments, services, everyday words — and what answers them. Validated here and embedded in the
 * nav map with the pinyin of every Chinese word, so the page can match "shebao" or "sb" to 社保.
 */
import { z } from 'zod';
import { type PresetId, presetFile } from '../../core/presets';
import { COUNTER_TYPE_IDS, ENTRANCE_KIND_IDS, LINK_KIND_IDS, POINT_KIND_IDS, ZONE_TYPE_IDS } from '../../core/vocab';
import type { SearchEntry } from '../../navapp/data';
import { pinyinKeys } from './pinyin';

const ids = <T extends string>(list: readonly T[]) => z.array(z.enum(list as unknown as [T, ...T[]])).optional();
const Targets = z.object({
  counterTypes: ids(COUNTER_TYPE_IDS),
  departments: z.array(z.string().min(1)).optional(),
  zoneTypes: ids(ZONE_TYPE_IDS),
  pointKinds: ids(POINT_KIND_IDS),
  linkKinds: ids(LINK_KIND_IDS),
  entrances: ids(ENTRANCE_KIND_IDS),
});
const Entry = Targets.extend({ zh: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)), fallback: Targets.optional() });
export const SearchDictionarySchema = z.object({ note: z.string().optional(), entries: z.array(Entry) });
export type SearchDictionary = z.infer<typeof SearchDictionarySchema>;

/** The preset's dictionary; a preset file with a malformed one fails loudly, naming the preset and the path. */
export function searchDictionary(preset: PresetId): SearchDictionary {
  const r = SearchDictionarySchema.safeParse(presetFile(preset).search ?? { entries: [] });
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`presets/${preset}.json search.${i.path.join('.')}: ${i.message}`);
  }
  return r.data;
}

/** The dictionary as the page embeds it: targets compacted, pinyin keys added. */
export function embeddedDictionary(preset: PresetId): SearchEntry[] {
  return searchDictionary(preset).entries.map((e) => {
    const { zh, en, fallback, ...t } = e;
    return { zh, en, py: zh.map(pinyinKeys).filter(Boolean), t, ...(fallback ? { fb: fallback } : {}) };
  });
}
