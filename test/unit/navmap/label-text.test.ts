import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHallText } from '../../../src/core/io';
import { buildNavMapData } from '../../../src/nav/export/navdata';
import { shorterEn } from '../../../src/core/zone-short-en';
import { twoLines } from '../../../src/core/geometry/label-text';
import { labelForms, threeLines } from '../../../src/navapp/label-text';
import { navMapArgs } from '../../fixtures/navmap-args';

describe("a room name's shorter forms on the phone map", () => {
  it('breaks Chinese names between two-character words, English names at the middle space', () => {
    expect(twoLines('自助服务区')).toBe('自助\n服务区');
    expect(twoLines('纠纷调解室')).toBe('纠纷\n调解室');
    expect(twoLines('综合窗口服务区')).toBe('综合窗口\n服务区');
    expect(twoLines('24小时自助服务区')).toBe('24小时\n自助服务区');
    expect(twoLines('母婴室')).toBe('母婴\n室');
    expect(twoLines('Complaints desk area')).toBe('Complaints\ndesk area');
    expect(twoLines('WC')).toBeUndefined();
    // An English word is never cut inside: after its hyphen, or not at all.
    expect(twoLines('Self-service')).toBe('Self-\nservice');
    expect(twoLines('Complaints')).toBeUndefined();
  });

  it('tries the name, then without its note, then two lines', () => {
    expect(labelForms('咨询导办区（门厅）')).toEqual(['咨询导办区（门厅）', '咨询导办区', '咨询\n导办区']);
    expect(labelForms('母婴室')).toEqual(['母婴室', '母婴\n室']);
    expect(labelForms('24小时自助服务区')).toEqual(['24小时自助服务区', '24小时\n自助服务区', '24小时\n自助\n服务区']);
  });

  it("breaks a tall narrow room's name on three lines only between words", () => {
    expect(threeLines('24小时自助服务区')).toBe('24小时\n自助\n服务区');
    expect(threeLines('Complaints desk area here')).toBe('Complaints\ndesk area\nhere');
    // No line of one character, and no English word cut in two except after its own hyphen.
    expect(threeLines('咨询导办区')).toBeUndefined();
    expect(threeLines('24h self-service')).toBe('24h\nself-\nservice');
    expect(threeLines('24h selfservice')).toBeUndefined();
  });
});

describe("a room's shorter English names", () => {
  it("offers the type's name, then its short forms, each narrower than the room's own name", () => {
    expect(shorterEn('consultation', 'Consultation and entrance hall', 'Consultation', false)).toEqual(['Consultation', 'Info']);
    expect(shorterEn('gov-disclosure', 'Government disclosure', 'Government disclosure', false)).toEqual(['Public info']);
    expect(shorterEn('complaint', 'Complaints', 'Complaints', false)).toEqual(['Com-\nplaints']);
    // A room the hall named shortly itself keeps its name; a numbered room keeps its number.
    expect(shorterEn('gov-disclosure', 'Notices', 'Government disclosure', false)).toBeUndefined();
    expect(shorterEn('waiting', 'Waiting area 2', 'Waiting', true)).toBeUndefined();
  });

  it('reach the phone map for rooms named by their type, not for numbered ones', () => {
    const r = parseHallText(readFileSync(resolve(__dirname, '../../../models/county-hall.hall.json'), 'utf8'));
    if (!r.ok) throw new Error('county hall does not load');
    const zones = new Map(buildNavMapData(...navMapArgs(r.doc)).floors.flatMap((f) => f.zones.map((z) => [z.id, z] as const)));
    expect(zones.get('f1-zone-01')?.shortEn).toEqual(['Public info']);
    expect(zones.get('f1-zone-05')?.shortEn).toEqual(['Consultation', 'Info']);
    expect(zones.get('f1-zone-14')?.shortEn).toBeUndefined();
  });
});
