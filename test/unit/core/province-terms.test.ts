/**
 * A province's own words for zone and counter types (its preset file's `terms`) wherever a type is named: the room
 * schedule, the phone map's labels and search (shipped in the map's data: the phone app carries no vocabulary), the
 * queue rule's message, the report body and its plans, interpretations naming counter types, new zones' names, the
 * version comparison and the IFC zones. The fixture province (Guangdong) calls the back office 审批后台区 and the
 * general intake counter 无差别综合窗口, where the national vocabulary says 后台办公区 and 综合受理窗口.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../src/core/document';
import { elementLabel } from '../../../src/core/element-label';
import { describeProblems, parseHallText } from '../../../src/core/io';
import { registerPreset } from '../../../src/core/presets';
import { compareVersions } from '../../../src/core/version-diff';
import { exportIfc } from '../../../src/ifc/export';
import { s as stepString } from '../../../src/ifc/step';
import { buildNavMapData } from '../../../src/nav/export/navdata';
import { buildImdf } from '../../../src/nav/export/imdf';
import { floorLabels } from '../../../src/navapp/map-labels';
import { searchPlaces } from '../../../src/navapp/search';
import { checkHall } from '../../../src/rules/engine';
import { withParams } from '../../../src/rules/param-labels';
import { renderReport } from '../../../src/rules/report/render';
import { filterRows, roomRows, sortRows } from '../../../src/ui/schedule/schedule-rows';
import { importEdges } from '../architecture/imports';
import { TestEditor } from '../editor/test-editor';
import { navMapArgs } from '../../fixtures/navmap-args';

const ROOT = resolve(import.meta.dirname, '../../..');
const BACK_OFFICE = { zh: '审批后台区', en: 'Approval back office' };
const ONE_STOP = { zh: '无差别综合窗口', en: 'One-stop counter' };

/** The county sample under `preset`, its back offices left unnamed so that they are named by their type. */
function county(preset: string, edit: (raw: { meta: Record<string, unknown>; floors: { elements: Record<string, unknown>[] }[] }) => void = () => {}): HallDocument {
  const raw = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));
  raw.meta.preset = preset;
  for (const f of raw.floors)
    for (const e of f.elements)
      if (e.type === 'back-office') {
        delete e.name;
        delete e.nameEn;
      }
  edit(raw);
  const r = parseHallText(JSON.stringify(raw));
  if (!r.ok) throw new Error(describeProblems(r.problems, 3));
  return r.doc;
}

const backOffice = (doc: HallDocument) => doc.floors[0].elements.find((e) => e.kind === 'zone' && e.type === 'back-office')!;

beforeAll(() => {
  registerPreset(JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/presets/guangdong.json'), 'utf8')), 'test/fixtures/presets/guangdong.json');
});

describe('a province names zone and counter types in its own words', () => {
  it('the room schedule shows, filters and sorts by them', () => {
    const rows = roomRows(county('guangdong'));
    const office = rows.find((r) => r.type === 'back-office');
    expect(office?.typeName).toEqual(BACK_OFFICE);
    expect(filterRows(rows, { text: '审批后台' }).map((r) => r.type)).toEqual(['back-office', 'back-office']);
    expect(filterRows(rows, { text: 'approval back' })).toHaveLength(2);
    // Under Hunan the same rooms are the national 后台办公区, which the Guangdong word does not find.
    const hunan = roomRows(county('hunan'));
    expect(hunan.find((r) => r.type === 'back-office')?.typeName).toEqual({ zh: '后台办公区', en: 'Back office' });
    expect(filterRows(hunan, { text: '审批后台' })).toEqual([]);
    // Sorted by the words shown, in pinyin order: 审批后台区 (shen) after 门厅/通道 (men), 后台办公区 (hou) before it.
    const order = (rs: typeof rows) => {
      const types = sortRows(rs, 'type', 1, 'zh-CN').map((r) => r.type);
      return Math.sign(types.indexOf('back-office') - types.indexOf('circulation'));
    };
    expect([order(rows), order(hunan)]).toEqual([1, -1]);
  });

  it('the phone map labels and finds counters by them, from its own data', () => {
    const data = buildNavMapData(...navMapArgs(county('guangdong')));
    const f1 = data.floors[0];
    expect(f1.counterTypes['general-intake']).toEqual(ONE_STOP);
    const run = floorLabels(f1, 'zh').find((l) => l.run && l.run.first === '01');
    expect(run?.text).toBe('无差别综合');
    expect(floorLabels(f1, 'en').find((l) => l.run && l.run.first === '01')?.text).toBe('One-stop counter');
    const counter01 = data.dests.find((d) => d.category === 'counter' && d.num === '01');
    expect(counter01).toMatchObject({ zh: '1号窗口（无差别综合窗口）', en: 'Counter 1 (One-stop counter)', groupZh: ONE_STOP.zh, groupEn: ONE_STOP.en });
    expect(searchPlaces(data, '无差别').map((d) => d.num)).toContain('01');
    expect(searchPlaces(data, 'wcb').map((d) => d.num)).toContain('01');
    expect(f1.zones.find((z) => z.type === 'back-office')).toMatchObject({ name: BACK_OFFICE.zh, nameEn: BACK_OFFICE.en });
    const imdf = JSON.stringify(buildImdf(county('guangdong'), new Date(0)));
    expect(imdf).toContain('01号窗口 无差别综合窗口');
    expect(imdf).toContain(BACK_OFFICE.zh);
    // The national words under Hunan.
    expect(buildNavMapData(...navMapArgs(county('hunan'))).floors[0].counterTypes['general-intake']).toEqual({ zh: '综合受理窗口', en: 'General intake' });
  });

  it('the queue rule names the counter type in them', () => {
    const doc = county('guangdong', (raw) => {
      raw.meta.queue = { 'general-intake': { arrivalsPerHour: 400, serviceMin: 9 } };
    });
    const f = checkHall(doc).findings.find((x) => x.ruleId === 'queue.utilisation');
    expect(f?.message.zh).toMatch(/^无差别综合窗口（01、02/);
    expect(f?.message.en).toMatch(/^One-stop counter \(01、02/);
  });

  it('the report body and its plans name an unnamed room by them', () => {
    const doc = county('guangdong');
    expect(elementLabel(doc, backOffice(doc).id)).toEqual(BACK_OFFICE);
    const html = renderReport(doc, checkHall(doc), { date: new Date(0) });
    expect(html).toContain(`<title>${BACK_OFFICE.zh}</title>`);
    expect(html).not.toContain('<title>后台办公区</title>');
    const missing = county('guangdong', (raw) => {
      for (const f of raw.floors) f.elements = f.elements.filter((e) => e.type !== 'back-office');
    });
    expect(renderReport(missing, checkHall(missing), { date: new Date(0) })).toContain('缺少审批后台区');
  });

  it('an interpretation naming counter types, new zones, the version comparison and the IFC zones use them', () => {
    expect(withParams({ zh: '{oneMetreLineExempt}', en: '{oneMetreLineExempt}' }, { oneMetreLineExempt: 'general-intake' }, 'guangdong')).toEqual({
      zh: '不设一米线的窗口类型（当前为无差别综合窗口）',
      en: 'counter types with no 1-metre line (now One-stop counter)',
    });
    const doc = county('guangdong');
    const ed = new TestEditor(doc);
    ed.use('zone-rect', { zoneType: 'back-office' }).drag([70, 0], [74, 4]);
    const drawn = ed.ofKind('zone').find((z) => !doc.floors[0].elements.includes(z));
    expect(drawn).toMatchObject({ name: BACK_OFFICE.zh, nameEn: BACK_OFFICE.en });
    const removed = { ...doc, floors: [{ ...doc.floors[0], elements: doc.floors[0].elements.filter((e) => e !== backOffice(doc)) }, ...doc.floors.slice(1)] };
    expect(compareVersions(doc, removed).removed.map((c) => c.name)).toEqual([BACK_OFFICE]);
    const ifc = new TextDecoder().decode(exportIfc(doc));
    expect(ifc).toContain(stepString(`${BACK_OFFICE.zh} / ${BACK_OFFICE.en}`));
  });

  it("an unnamed room's IfcSpace LongName is its type in the province's words, the national one under a shipped province", () => {
    const longNames = (d: HallDocument) => [...new TextDecoder().decode(exportIfc(d)).matchAll(/IFCSPACE\((?:[^,]*,){7}('(?:[^']|'')*'|\$)/g)].map((m) => m[1]);
    const guangdong = longNames(county('guangdong'));
    expect(guangdong.filter((n) => n === stepString(BACK_OFFICE.en))).toHaveLength(2);
    expect(guangdong).not.toContain(stepString('Back office'));
    const hunan = longNames(county('hunan'));
    expect(hunan.filter((n) => n === stepString('Back office'))).toHaveLength(2);
    expect(hunan).not.toContain(stepString(BACK_OFFICE.en));
  });
});

describe('the phone app carries no vocabulary and no preset', () => {
  it('nothing the nav map page runs reaches the type vocabulary, the provinces or the kind registry', () => {
    const edges = importEdges().filter((e): e is typeof e & { to: string } => !!e.to && !e.typeOnly);
    const reached = new Set(['navapp/main.ts']);
    for (const file of reached) for (const e of edges) if (e.from === file) reached.add(e.to);
    expect(reached.size).toBeGreaterThan(10);
    expect([...reached].filter((f) => /^core\/(vocab|terms|presets)\.ts$|^core\/kinds\/|^\.\.\/presets\//.test(f))).toEqual([]);
  });
});
