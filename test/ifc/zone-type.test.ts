/** The room classifier: every IfcSpace of the corpus against a table written by hand, and the abbreviations architects write. */
import { describe, expect, it } from 'vitest';
import * as W from 'web-ifc';
import { getIfcApi } from '../../src/ifc/api';
import { ModelReader, str } from '../../src/ifc/reader';
import { classifyZone, guessZoneType, guessZoneTypeWithConfidence } from '../../src/ifc/zone-type';
import type { ZoneType } from '../../src/core/vocab';
import { HAVE_CORPUS, readIfc } from './corpus';

/** file → Name → LongName → the type a planner would give that room in a service hall. */
const CORPUS: [string, string, string, ZoneType][] = [
  ['AC20-FZK-Haus.ifc', '1', 'Flur', 'circulation'],
  ['AC20-FZK-Haus.ifc', '2', 'Buero', 'back-office'],
  ['AC20-FZK-Haus.ifc', '3', 'Bad', 'toilet'],
  ['AC20-FZK-Haus.ifc', '4', 'Schlafzimmer', 'unclassified'],
  ['AC20-FZK-Haus.ifc', '5', 'Wohnen', 'unclassified'],
  ['AC20-FZK-Haus.ifc', '6', 'Küche', 'support'],
  ['AC20-FZK-Haus.ifc', '7', 'Galerie', 'circulation'],
  ['duplex.ifc', 'A101', 'Foyer', 'circulation'],
  ['duplex.ifc', 'A102', 'Living Room', 'unclassified'],
  ['duplex.ifc', 'A103', 'Kitchen', 'support'],
  ['duplex.ifc', 'A104', 'Bathroom 1', 'toilet'],
  ['duplex.ifc', 'A105', 'Stair', 'circulation'],
  ['duplex.ifc', 'A201', 'Hallway', 'circulation'],
  ['duplex.ifc', 'A202', 'Bedroom 1', 'unclassified'],
  ['duplex.ifc', 'A203', 'Bedroom 2', 'unclassified'],
  ['duplex.ifc', 'A204', 'Bathroom 2', 'toilet'],
  ['duplex.ifc', 'A205', 'Utility', 'support'],
  ['duplex.ifc', 'B101', 'Foyer', 'circulation'],
  ['duplex.ifc', 'B102', 'Living Room', 'unclassified'],
  ['duplex.ifc', 'B103', 'Kitchen', 'support'],
  ['duplex.ifc', 'B104', 'Bathroom 1', 'toilet'],
  ['duplex.ifc', 'B105', 'Room', 'unclassified'],
  ['duplex.ifc', 'B201', 'Hallway', 'circulation'],
  ['duplex.ifc', 'B202', 'Bedroom 1', 'unclassified'],
  ['duplex.ifc', 'B203', 'Bedroom 2', 'unclassified'],
  ['duplex.ifc', 'B204', 'Bathroom 2', 'toilet'],
  ['duplex.ifc', 'B205', 'Utility', 'support'],
  ['duplex.ifc', 'R301', 'Roof', 'unclassified'],
  ['TallBuilding.ifc', '10', 'Room', 'unclassified'],
  ['TallBuilding.ifc', '11', 'Room', 'unclassified'],
  ['TallBuilding.ifc', '12', 'Room', 'unclassified'],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((i): [string, string, string, ZoneType] => ['LargeBuilding.ifc', String(i), 'Room', 'unclassified']),
  ['SampleHouse4.ifc', '1 - Living room', 'Living room', 'unclassified'],
  ['SampleHouse4.ifc', '2 - Bedroom', 'Bedroom', 'unclassified'],
  ['SampleHouse4.ifc', '3 - Entrance hall', 'Entrance hall', 'circulation'],
  ['SampleHouse4.ifc', '4 - Roof', 'Roof', 'unclassified'],
];

describe.skipIf(!HAVE_CORPUS)('every IfcSpace of the corpus', () => {
  const files = [...new Set(CORPUS.map((r) => r[0]))];
  it.each(files)('%s: each space is in the table and classified as it says', async (file) => {
    const api = await getIfcApi();
    const m = api.OpenModel(readIfc(file));
    try {
      const r = new ModelReader(api, m);
      const got = r.ids(W.IFCSPACE).map((id) => {
        const l = r.line(id);
        const name = str(l?.Name) ?? '';
        const longName = str(l?.LongName) ?? '';
        return [file, name, longName, classifyZone({ name, longName, objectType: str(l?.ObjectType), description: str(l?.Description) }).type];
      });
      const want = CORPUS.filter((row) => row[0] === file);
      const key = (x: unknown[]) => `${x[1]}|${x[2]}`;
      expect(got.map(key).sort()).toEqual(want.map(key).sort());
      expect(got.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(want.sort((a, b) => key(a).localeCompare(key(b))));
    } finally {
      api.CloseModel(m);
    }
  });
});

describe('abbreviations and words architects write', () => {
  it.each<[string, ZoneType]>([
    ['MENS RR', 'toilet'],
    ['WOMENS RR', 'toilet'],
    ['RR 102', 'toilet'],
    ['WC', 'toilet'],
    ['WC2', 'toilet'],
    ["Women's", 'toilet'],
    ['ELEV', 'circulation'],
    ['ELEV LOBBY', 'circulation'],
    ['MECH RM', 'support'],
    ['MECH', 'support'],
    ['ELEC', 'support'],
    ['JAN', 'support'],
    ['ENTRY', 'circulation'],
    ['STOR', 'support'],
    ['STORAGE', 'support'],
    // As a US house plan abbreviates them (bjnortier's floor plan in the DXF corpus).
    ['TOIL.', 'toilet'],
    ['UTIL.', 'support'],
    ['CLO.', 'support'],
    ['W.I.C.', 'support'],
    ['BEDROOM 3 CLOSET', 'support'],
    ['Utility', 'support'],
    ['Clock', 'unclassified'],
    ['SERVER RM', 'it-room'],
    ['IT', 'it-room'],
    ['CONFERENCE RM', 'meeting'],
    ['CONF', 'meeting'],
    ['CONF RM 2', 'meeting'],
    ['OFF', 'back-office'],
    ['OFFICE 12', 'back-office'],
    ['CORR', 'circulation'],
    ['LOBBY', 'circulation'],
    ['Accessible WC', 'accessible-toilet'],
    ['WAITING', 'waiting'],
    ['RECEPTION', 'consultation'],
    ['男卫', 'toilet'],
    ['女卫', 'toilet'],
    ['卫', 'toilet'],
    ['门卫', 'back-office'],
    ['主任办', 'back-office'],
    ['办', 'back-office'],
    ['办公室', 'back-office'],
    ['档案', 'records'],
    ['档案室', 'records'],
    // Chinese plan words for a stair and lift hall and for ancillary rooms, as a county hall drawing labels them.
    ['西侧交通厅', 'circulation'],
    ['交通核', 'circulation'],
    ['配套用房', 'support'],
    ['辅助用房', 'support'],
    ['机房', 'it-room'],
    ['弱电机房', 'it-room'],
    ['设备机房', 'support'],
    ['会议', 'meeting'],
    ['小会议室', 'meeting'],
    ['办事大厅', 'counter-service'],
    ['帮办代办', 'counter-service'],
    ['无障碍卫生间', 'accessible-toilet'],
    ['第三卫生间', 'accessible-toilet'],
    ['母婴室', 'mother-baby'],
    ['24小时自助服务区', 'self-service-24h'],
    ['自助服务区', 'self-service'],
    ['门厅', 'circulation'],
    ['走廊', 'circulation'],
    ['茶水间', 'support'],
    ['Room', 'unclassified'],
    ['A101', 'unclassified'],
    ['', 'unclassified'],
  ])('%s → %s', (name, type) => {
    expect(guessZoneType(name)).toBe(type);
  });

  it('is surer of a word than of an abbreviation, and of either than of nothing', () => {
    const word = guessZoneTypeWithConfidence('Toilet');
    const abbr = guessZoneTypeWithConfidence('RR');
    const none = guessZoneTypeWithConfidence('Room');
    expect(word.confidence).toBeGreaterThan(abbr.confidence);
    expect(abbr.confidence).toBeGreaterThan(0.5);
    expect(none).toMatchObject({ type: 'unclassified', confidence: 0 });
    expect(abbr.from).toBe('RR');
  });

  it('reads classification references and property values, and is less sure when fields disagree', () => {
    expect(classifyZone({ name: '1.07', longName: 'Room', classification: ['Toilets'] })).toMatchObject({ type: 'toilet', field: 'classification' });
    expect(classifyZone({ name: '1.07', properties: ['Meeting room'] })).toMatchObject({ type: 'meeting', field: 'property' });
    const agree = classifyZone({ name: 'WC', longName: 'Toilet' });
    const disagree = classifyZone({ name: 'Office', longName: 'Toilet' });
    expect(disagree.confidence).toBeLessThan(agree.confidence);
  });
});
