/** Rooms Chinese tells apart get English names that tell them apart too, on the map, in results and in directions. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../src/core/document';
import { parseHallText } from '../../../src/core/io';
import { buildNavMapData } from '../../../src/nav/export/navdata';
import { chineseOrdinal, numberedZoneNames } from '../../../src/nav/export/zone-names-en';
import { navMapArgs } from '../../fixtures/navmap-args';

function county(): HallDocument {
  const r = parseHallText(readFileSync(resolve(__dirname, '../../../models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  return r.doc;
}

describe('English names of rooms of one type', () => {
  it('reads the ordinal a Chinese name carries', () => {
    expect([chineseOrdinal('第一等候区'), chineseOrdinal('第三等候区（兼填表）'), chineseOrdinal('第十二会议室'), chineseOrdinal('第二十等候区')]).toEqual([1, 3, 12, 20]);
    expect([chineseOrdinal('第7洽谈室'), chineseOrdinal('24小时自助服务区'), chineseOrdinal('等候区')]).toEqual([7, undefined, undefined]);
  });

  it("numbers the county's four waiting areas by their Chinese ordinals, on the map, in results and in directions", () => {
    const data = buildNavMapData(...navMapArgs(county()));
    const zones = data.floors.flatMap((f) => f.zones);
    const en = (id: string) => zones.find((z) => z.id === id)?.nameEn;
    expect(['f1-zone-14', 'f1-zone-15', 'f2-zone-12', 'f2-zone-13'].map(en)).toEqual(['Waiting area 1', 'Waiting area 2', 'Waiting area 3', 'Waiting area 4']);
    expect(data.dests.find((d) => d.id === 'f1-zone-15')?.en).toBe('Waiting area 2');
    const mark = data.floors[0].marks.find((m) => m.id === 'f1-zone-14');
    expect(mark?.en).toBe('Waiting area 1');
    // The two toilets share their Chinese name too: each is "Toilet", told apart by its floor.
    expect([en('f1-zone-07'), en('f2-zone-05')]).toEqual(['Toilet', 'Toilet']);
    // No two places a citizen can go to on one floor share an English name unless they share the Chinese one.
    for (const f of data.floors) {
      const seen = new Map<string, string>();
      for (const z of f.zones.filter((z) => z.type !== 'circulation')) {
        if (seen.has(z.nameEn)) expect([z.nameEn, z.name]).toEqual([z.nameEn, seen.get(z.nameEn)]);
        seen.set(z.nameEn, z.name);
      }
    }
  });

  it('numbers in reading order when the Chinese names carry no ordinals, and keeps names it need not touch', () => {
    const doc = county();
    const f2 = doc.floors[1].elements;
    const names = numberedZoneNames(doc);
    // 银行·邮政·复印 (north) and 商务服务区 (south) are both "Business services" in English.
    expect(names.get('f2-zone-15')).toBe('Business services area 1');
    expect(names.get('f2-zone-07')).toBe('Business services area 2');
    const named = f2.find((e) => e.id === 'f2-zone-07');
    if (named?.kind !== 'zone') throw new Error('no zone');
    named.nameEn = 'Business lounge';
    const after = numberedZoneNames(doc);
    expect(after.has('f2-zone-07')).toBe(false);
    expect(after.has('f2-zone-15')).toBe(false);
    expect(after.has('f1-zone-06')).toBe(false);
  });
});
