import { describe, expect, it } from 'vitest';
import type { Destination } from '../../../src/navapp/data';
import { hoursLine, spokenEn } from '../../../src/navapp/words';

const counter = { kind: 'general-intake', category: 'counter' } as Destination;
const aed = { kind: 'aed', category: 'aed' } as Destination;
const area24 = { kind: 'self-service-24h', category: 'zone' } as Destination;

describe('the place card hours line', () => {
  it('says its label once, whatever label the hall sign starts with', () => {
    for (const zh of ['服务时间 周一至周五 9:00-17:00', '服务时间：周一至周五 9:00-17:00', '办公时间:周一至周五 9:00-17:00', '周一至周五 9:00-17:00'])
      expect(hoursLine(counter, { zh, en: '' }, 'zh')).toBe('开放时间：周一至周五 9:00-17:00');
    for (const en of ['Service hours: Mon-Fri 9:00-17:00', 'Open Mon-Fri 9:00-17:00', 'Mon-Fri 9:00-17:00'])
      expect(hoursLine(counter, { zh: '', en }, 'en')).toBe('Opening hours: Mon-Fri 9:00-17:00');
  });
  it('keeps the 24-hour area its own hours and gives facilities none', () => {
    expect(hoursLine(area24, { zh: '服务时间 周一至周五', en: '' }, 'zh')).toBe('开放时间：24小时开放');
    expect(hoursLine(aed, { zh: '服务时间 周一至周五', en: '' }, 'zh')).toBeUndefined();
    expect(hoursLine(counter, undefined, 'zh')).toBeUndefined();
  });
});

describe('a place said mid-sentence in English', () => {
  it('keeps numbered places as proper names and gives the rest an article', () => {
    expect(spokenEn({ category: 'counter', en: 'Counter 5 (General intake)' } as Destination)).toBe('Counter 5');
    expect(spokenEn({ category: 'zone', en: 'Waiting area 2' } as Destination)).toBe('Waiting area 2');
    expect(spokenEn({ category: 'toilet', en: 'Toilet' } as Destination)).toBe('the toilet');
    expect(spokenEn({ category: 'link', en: 'West stairs' } as Destination)).toBe('the west stairs');
  });

  it('says a room by its use as directions do ("the self-service area") and keeps an acronym whole', () => {
    expect(spokenEn({ category: 'zone', en: 'Self-service' } as Destination)).toBe('the self-service area');
    expect(spokenEn({ category: 'zone', en: 'Government disclosure' } as Destination)).toBe('the government disclosure area');
    expect(spokenEn({ category: 'zone', en: 'Mediation room' } as Destination)).toBe('the mediation room');
    expect(spokenEn({ category: 'aed', en: 'AED' } as Destination)).toBe('the AED');
    expect(spokenEn({ category: 'facility', en: 'Ticket machine' } as Destination)).toBe('the ticket machine');
  });
});
