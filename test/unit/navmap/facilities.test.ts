/**
 * The phone map shows the facilities the standards ask for beside the AED, first aid and the ticket machine: each
 * has a small pictogram on the map, placed after every other label so it never takes a name's place, named in
 * Chinese and English as its title; each is a place to search for by everyday words in both languages, and an IMDF
 * amenity of its category where it stands in a room. The records cabinet is not: it stands in the
 * staff-only records room, which the map never sends a citizen to.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../src/core/document';
import { parseHallText } from '../../../src/core/io';
import { buildImdf } from '../../../src/nav/export/imdf';
import { buildNavMapData } from '../../../src/nav/export/navdata';
import { FACILITY_ICON } from '../../../src/navapp/map-icons';
import { floorLabels } from '../../../src/navapp/map-labels';
import { ICON } from '../../../src/navapp/palette';
import { searchPlaces } from '../../../src/navapp/search';
import { navMapArgs } from '../../fixtures/navmap-args';

function county(): HallDocument {
  const r = parseHallText(readFileSync(resolve(__dirname, '../../../models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  return r.doc;
}

const doc = county();
const data = buildNavMapData(...navMapArgs(doc));
const SHOWN = ['drinking-water', 'suggestion-box', 'self-service-terminal', 'staff-notice-board', 'help-phone', 'wifi-notice', 'name-board'] as const;
const pointsOf = (kind: string) => doc.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'point' && e.pointKind === kind).map((e) => e.id));

describe('the facility points on the phone map', () => {
  it.each(SHOWN)('%s: a place to go to, and an icon on its floor named in both languages', (kind) => {
    const ids = pointsOf(kind);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(data.dests.find((d) => d.id === id)).toMatchObject({ category: 'facility', kind });
      const floor = data.floors.find((f) => f.points.some((p) => p.id === id))!;
      const zh = floorLabels(floor, 'zh').find((l) => l.key === `icon:${id}`);
      const en = floorLabels(floor, 'en').find((l) => l.key === `icon:${id}`);
      expect(zh).toMatchObject({ style: 'icon', text: { icon: kind }, color: ICON[kind], priority: FACILITY_ICON, anchors: ['center'] });
      expect(en).toMatchObject({ style: 'icon', text: { icon: kind }, color: ICON[kind], priority: FACILITY_ICON, anchors: ['center'] });
      expect(zh!.title).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(en!.title).toMatch(/^[A-Z][A-Za-z -]+$/);
      // Wordless, with no leader: it never stands off its spot to take a place a name could use.
      expect(zh!.leader).toBeUndefined();
    }
  });

  it('every icon comes after every other label of its floor, so a name is always placed before it', () => {
    let icons = 0;
    for (const f of data.floors)
      for (const lang of ['zh', 'en'] as const) {
        const labels = floorLabels(f, lang);
        icons += labels.filter((l) => l.style === 'icon').length;
        expect(Math.max(...labels.filter((l) => l.style !== 'icon').map((l) => l.priority))).toBeLessThan(FACILITY_ICON);
      }
    expect(icons).toBeGreaterThanOrEqual(2 * SHOWN.length);
  });

  it('the records cabinet, in the staff-only records room, is neither a place nor an icon', () => {
    const ids = pointsOf('records-cabinet');
    expect(ids.length).toBeGreaterThan(0);
    expect(data.dests.filter((d) => ids.includes(d.id))).toEqual([]);
    expect(data.floors.flatMap((f) => floorLabels(f, 'zh')).filter((l) => ids.some((id) => l.key === `icon:${id}`))).toEqual([]);
  });

  it('everyday words find them, in Chinese and English', () => {
    const first = (q: string) => searchPlaces(data, q)[0]?.kind;
    for (const [q, kind] of [
      ['求助电话', 'help-phone'],
      ['help phone', 'help-phone'],
      ['无线网络', 'wifi-notice'],
      ['wifi', 'wifi-notice'],
      ['公示栏', 'staff-notice-board'],
      ['notice board', 'staff-notice-board'],
      ['招牌', 'name-board'],
      ['name board', 'name-board'],
      ['意见箱', 'suggestion-box'],
      ['water', 'drinking-water'],
    ] as const)
      expect(first(q), q).toBe(kind);
    // A self-service word also answers the self-service areas, where such machines stand.
    for (const q of ['自助终端', 'kiosk'])
      expect(
        searchPlaces(data, q).map((d) => d.kind),
        q,
      ).toContain('self-service-terminal');
  });

  it('IMDF: each is an amenity of its category where it stands in a room', () => {
    const a = buildImdf(doc, new Date(0));
    const byName = new Map(
      a.amenity.features.map((f) => {
        const p = (f as unknown as { properties: { category: string; name: Record<string, string> } }).properties;
        return [p.name.en, p.category] as const;
      }),
    );
    expect(byName.get('Drinking water')).toBe('drinkingfountain');
    expect(byName.get('Wi-Fi notice')).toBe('wifi');
    expect(byName.get('Self-service terminal')).toBe('service');
    expect(byName.get('Suggestion box')).toBe('service');
    expect(byName.get('Staff notice board')).toBe('information');
    expect(byName.has('Records cabinet')).toBe(false);
  });
});
