/**
 * English names for rooms Chinese tells apart and English does not. A zone without `nameEn` is called by its type in
 * English ("Waiting"), and a generated or hurried one often has its type's name written in (the county sample's
 * 第一等候区 and 第二等候区 both say "Waiting"), so the two read the same to an English reader on the map, in the
 * results and in the directions. Rooms sharing an English name but not a Chinese one are numbered: by the ordinal
 * their Chinese names carry (第三等候区 → Waiting area 3), else in reading order through the hall (floor by floor,
 * north to south, west to east).
 */
import type { HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { zoneEn } from '../../core/zone-en';
import { zoneTypeTerm } from '../../core/terms';

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The ordinal a Chinese name carries ("第三等候区" → 3, "第12会议室" → 12), for numbers up to 99. */
export function chineseOrdinal(name: string): number | undefined {
  const m = /第([一二两三四五六七八九十]{1,3}|\d{1,2})/.exec(name);
  if (!m) return undefined;
  const t = m[1];
  if (/^\d+$/.test(t)) return Number(t);
  const ten = t.indexOf('十');
  if (ten < 0) return t.length === 1 ? DIGITS[t] : undefined;
  const tens = ten === 0 ? 1 : DIGITS[t[0]];
  const ones = ten === t.length - 1 ? 0 : DIGITS[t[ten + 1]];
  return tens === undefined || ones === undefined ? undefined : tens * 10 + ones;
}

/**
 * Zone id → its English name, for the zones that share an English name but not a Chinese one: on the map, in results
 * and in directions, where a numbered room is a proper name with no article ("bear right at Waiting area 2", as at
 * "Counter 5").
 */
export function numberedZoneNames(doc: HallDocument): Map<string, string> {
  type Z = { id: string; zh: string; floor: number; at: Vec2 };
  const byEn = new Map<string, Z[]>();
  doc.floors.forEach((f, floor) => {
    for (const e of f.elements) {
      if (e.kind !== 'zone' || e.type === 'circulation') continue;
      const t = zoneTypeTerm(e.type, doc.meta.preset);
      const en = e.nameEn || t.en;
      const at = e.polygon.reduce<Vec2>((s, p) => [s[0] + p[0] / e.polygon.length, s[1] + p[1] / e.polygon.length], [0, 0]);
      byEn.set(en, [...(byEn.get(en) ?? []), { id: e.id, zh: e.name ?? t.zh, floor, at }]);
    }
  });
  const out = new Map<string, string>();
  for (const [en, zones] of byEn) {
    if (new Set(zones.map((z) => z.zh)).size < 2) continue;
    const ordinals = zones.map((z) => chineseOrdinal(z.zh));
    const own = ordinals.every((n) => n !== undefined) && new Set(ordinals).size === zones.length;
    const order = [...zones].sort((a, b) => a.floor - b.floor || b.at[1] - a.at[1] || a.at[0] - b.at[0]);
    const name = zoneEn(en).slice('the '.length);
    for (const z of zones) {
      const n = own ? ordinals[zones.indexOf(z)]! : order.indexOf(z) + 1;
      out.set(z.id, `${name[0].toUpperCase()}${name.slice(1)} ${n}`);
    }
  }
  return out;
}
