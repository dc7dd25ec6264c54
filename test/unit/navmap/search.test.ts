/**
 * Golden tests of the phone map's search on the county sample: every word of the preset dictionaries finds a place
 * of the kind the dictionary sends it to; counter numbers in any spelling rank that counter first; pinyin, English
 * and departments; results nearest first when distances are known.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import type { HallDocument } from '../../../src/core/document';
import { PRESET_IDS } from '../../../src/core/presets';
import { buildNavMapData } from '../../../src/nav/export/navdata';
import { searchDictionary } from '../../../src/nav/export/search-dictionary';
import { counterQuery, searchPlaces, targets } from '../../../src/navapp/search';
import { distanceField, pageGraph, pageRoute } from '../../../src/navapp/router';
import { navMapArgs } from '../../fixtures/navmap-args';

function county(): HallDocument {
  const r = parseHallText(readFileSync(resolve(__dirname, '../../../models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  return r.doc;
}

const doc = county();
const data = buildNavMapData(...navMapArgs(doc));
const ids = (q: string) => searchPlaces(data, q).map((d) => d.id);

describe('the search dictionary of each preset', () => {
  it.each(PRESET_IDS)('%s: is valid, is the last key of the preset file, and covers the words the issue names', (p) => {
    const raw = readFileSync(resolve(__dirname, `../../../presets/${p}.json`), 'utf8');
    expect(Object.keys(JSON.parse(raw)).at(-1)).toBe('search');
    const words = searchDictionary(p).entries.flatMap((e) => e.zh);
    for (const w of [
      '社保',
      '医保',
      '公积金',
      '不动产',
      '税务',
      '公安',
      '户政',
      '出入境',
      '身份证',
      '户口',
      '营业执照',
      '社保卡',
      '医保报销',
      '厕所',
      '洗手间',
      '电梯',
      '楼梯',
      '出口',
      '母婴室',
      '饮水',
      '复印',
    ])
      expect(words).toContain(w);
  });

  it.each(PRESET_IDS)('%s: every Chinese and English word finds, on the county hall, a place its entry points to', (p) => {
    const d = buildNavMapData(...navMapArgs({ ...doc, meta: { ...doc.meta, preset: p } }));
    for (const e of searchDictionary(p).entries) {
      const primary = d.dests.filter((x) => targets(e, x));
      const want = primary.length ? primary : d.dests.filter((x) => e.fallback && targets(e.fallback, x));
      expect(want.length, `${p}: nothing in the county hall answers ${e.zh[0]}`).toBeGreaterThan(0);
      for (const w of [...e.zh, ...e.en]) {
        const top = searchPlaces(d, w)[0];
        expect(top, `${p}: “${w}” finds nothing`).toBeDefined();
        // A word may also be a place's own name (卫生间, AED): then that place may come first.
        const ok = want.includes(top) || top.zh.includes(w) || top.en.toLowerCase().includes(w.toLowerCase());
        expect(ok, `${p}: “${w}” → ${top.zh}`).toBe(true);
      }
    }
  });
});

describe('golden search results on the county hall', () => {
  it('departments find their counters', () => {
    expect(ids('社保')).toEqual(['f2-counter-07', 'f2-counter-08']);
    expect(ids('医保')).toEqual(['f2-counter-09', 'f2-counter-10']);
    expect(ids('公积金')).toEqual(['f2-counter-11', 'f2-counter-12']);
    expect(ids('不动产')).toEqual(['f2-counter-13', 'f2-counter-14']);
    expect(ids('税务')).toEqual(['f2-counter-04', 'f2-counter-05', 'f2-counter-06']);
    expect(ids('公安').slice(0, 3)).toEqual(['f2-counter-01', 'f2-counter-02', 'f2-counter-03']);
  });
  it('services find the department that does them', () => {
    for (const q of ['身份证', '户口', '户政', '出入境', '护照']) expect(ids(q).slice(0, 3), q).toEqual(['f2-counter-01', 'f2-counter-02', 'f2-counter-03']);
    expect(ids('社保卡').slice(0, 2)).toEqual(['f2-counter-07', 'f2-counter-08']);
    expect(ids('医保报销').slice(0, 2)).toEqual(['f2-counter-09', 'f2-counter-10']);
    expect(ids('营业执照')[0]).toBe('f2-zone-01');
  });
  it('everyday words find facilities', () => {
    const cat = (q: string) => new Set(searchPlaces(data, q).map((d) => d.category));
    expect([...cat('厕所')]).toEqual(['toilet']);
    expect(ids('厕所')).toEqual(expect.arrayContaining(['f1-zone-07', 'f1-zone-08', 'f2-zone-05', 'f2-zone-06']));
    expect(ids('洗手间')).toEqual(ids('厕所'));
    expect([...cat('电梯')]).toEqual(['link']);
    expect(searchPlaces(data, '电梯').every((d) => d.kind === 'elevator')).toBe(true);
    expect(searchPlaces(data, '楼梯').every((d) => d.kind === 'stair')).toBe(true);
    expect([...cat('出口')]).toEqual(['exit']);
    expect(ids('母婴室')).toEqual(['f1-zone-09']);
    // The dispenser itself and the convenience area that also offers water.
    expect(ids('饮水').sort()).toEqual(['f1-drinking-water-01', 'f2-zone-03']);
    expect(ids('意见箱')).toEqual(['f1-suggestion-box-01']);
    expect(ids('复印')[0]).toBe('f2-zone-15');
  });
  it('counter numbers in every spelling rank that counter first', () => {
    for (const q of ['5号窗口', '5号', '05', 'A05', '5', ' 05 ', '５号', 'counter 5', 'Window 5']) expect(ids(q)[0], q).toBe('f1-counter-06');
    expect(ids('31')[0]).toBe('f2-counter-07');
    // Every counter of the hall, in the ways people write its number.
    for (const d of data.dests.filter((x) => x.category === 'counter' && x.num)) {
      const n = Number(d.num);
      for (const q of [`${n}号窗口`, `${n}号`, d.num!, `A${d.num}`, `counter ${n}`]) expect(ids(q)[0], q).toBe(d.id);
    }
    expect(counterQuery('24小时')).toBeUndefined();
    expect(ids('24').slice(0, 1)).toEqual(['f1-counter-25']);
  });
  it('pinyin, full and initials, and English names', () => {
    expect(ids('shebao')).toEqual(['f2-counter-07', 'f2-counter-08']);
    // Initials match within a word: "sb" is not found in "services bmfwq" run together, "wc" not inside 服务窗口's fwck
    // nor 体外除颤器's twccq (walk3 #9).
    expect(ids('sb')).toEqual(['f2-counter-07', 'f2-counter-08']);
    expect(searchPlaces(data, 'wc').every((d) => d.category === 'toilet')).toBe(true);
    expect(ids('fwq')).toEqual(expect.arrayContaining(['f2-zone-03']));
    expect(ids('cesuo')).toEqual(ids('厕所'));
    expect(ids('wsj')).toEqual(expect.arrayContaining(['f1-zone-07', 'f2-zone-05']));
    expect(ids('zhsl')[0]).toBe('f1-counter-02');
    expect(ids('toilet')).toEqual(expect.arrayContaining(['f1-zone-07', 'f2-zone-05']));
    expect(searchPlaces(data, 'lift').every((d) => d.kind === 'elevator')).toBe(true);
    expect(ids('Mother')).toEqual(['f1-zone-09']);
    expect(ids('zycl')).toEqual([]);
    expect(ids('xyzzy')).toEqual([]);
  });
  it('ranks equals nearest first by walking distance', () => {
    const g = pageGraph(data);
    const main = data.here.find((h) => h.id === 'f1-door-01')!;
    const field = distanceField(g, { floorId: main.floorId, p: main.p }, false);
    const dist = (d: (typeof data.dests)[number]) => field.cost({ floorId: d.floorId, p: d.at });
    const found = searchPlaces(data, '厕所', { distance: dist });
    const metres = found.map((d) => dist(d)!);
    expect(metres.every((m) => Number.isFinite(m))).toBe(true);
    expect(metres).toEqual([...metres].sort((a, b) => a - b));
    expect(found[0].floorId).toBe('F1');
    // The toilet is about 28 m from the main entrance along the route; the grid path is a little longer.
    expect(dist(data.dests.find((d) => d.id === 'f1-zone-07')!)).toBeGreaterThan(26);
    expect(dist(data.dests.find((d) => d.id === 'f1-zone-07')!)).toBeLessThan(33);
  });
  it('names the distance walked as the route drawn to the place counts it, on its floor and across floors', () => {
    const g = pageGraph(data);
    const main = data.here.find((h) => h.id === 'f1-door-01')!;
    const from = { floorId: main.floorId, p: main.p };
    const field = distanceField(g, from, false);
    const checked = data.dests;
    let floorChanges = 0;
    for (const d of checked) {
      const to = { floorId: d.floorId, p: d.at };
      const route = pageRoute(g, from, to, false);
      const walked = field.walked(to);
      if (!route || walked === undefined) continue;
      if (d.floorId !== main.floorId) {
        floorChanges++;
        // The ranking cost adds the stairs; the metres named do not, as the route's length does not.
        expect(field.cost(to)!).toBeGreaterThan(walked);
      }
      // Both are string-pulled shortest paths (ties in the grid may pick another one): never a floor's worth apart.
      expect(walked).toBeGreaterThanOrEqual(route.length * 0.95 - 1);
      expect(walked).toBeLessThanOrEqual(route.length * 1.05 + 1);
    }
    expect(floorChanges).toBeGreaterThan(0);
  });
  it('names, in a result, the metres of the route it draws there (walking and wheelchair)', () => {
    const g = pageGraph(data);
    const main = data.here.find((h) => h.id === 'f1-door-01')!;
    const from = { floorId: main.floorId, p: main.p };
    let compared = 0;
    for (const accessible of [false, true]) {
      const field = distanceField(g, from, accessible);
      for (const d of data.dests) {
        const to = { floorId: d.floorId, p: d.at };
        const search = pageRoute(g, from, to, accessible);
        const drawn = field.route(to);
        // Reachable exactly when the A* search finds a way, as short as its route give or take the grid's ties.
        expect([d.id, accessible, !!drawn]).toEqual([d.id, accessible, !!search]);
        if (!drawn || !search) continue;
        compared++;
        expect(field.walked(to)).toBe(drawn.length);
        expect(Math.abs(drawn.length - search.length)).toBeLessThan(Math.max(2, search.length * 0.05));
        expect(drawn.points[0]).toEqual(from);
        expect(drawn.points.at(-1)).toEqual(to);
        expect(drawn.links.length > 0).toBe(d.floorId !== from.floorId);
      }
    }
    expect(compared).toBeGreaterThan(40);
  });
});

describe('what the export adds for search', () => {
  it('counters carry number and department, lifts and stairs are places, floors have English names, hours are known', () => {
    const c = data.dests.find((d) => d.id === 'f2-counter-07')!;
    expect(c).toMatchObject({ num: '31', dept: '社保', kind: 'specialist', zh: '31号窗口（社保）' });
    expect(
      data.dests
        .filter((d) => d.category === 'link')
        .map((d) => `${d.zh}@${d.floorId}`)
        .sort(),
    ).toEqual(['东楼梯@F1', '东楼梯@F2', '无障碍电梯@F1', '无障碍电梯@F2', '西楼梯@F1', '西楼梯@F2']);
    expect(data.floors.map((f) => f.nameEn)).toEqual(['1F', '2F']);
    expect(data.hours?.zh).toContain('9:00-17:00');
    expect(data.search?.find((e) => e.zh.includes('社保'))?.py).toContain('sb shebao');
  });
});
