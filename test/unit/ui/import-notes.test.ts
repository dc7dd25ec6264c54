import { describe, expect, it } from 'vitest';
import { emptyDocument, type HallDocument } from '../../../src/core';
import { noteApplies, noteInLocale } from '../../../src/ui/files/import-notes';

const DOORS = { en: '2 exterior doors found on the outer walls of "Erdgeschoss"; confirm the main entrance', zh: '在“Erdgeschoss”外墙上找到 2 个外门，请确认主入口' };

describe('import notes', () => {
  it('show only the UI language half of an importer note', () => {
    expect(noteInLocale(DOORS, 'zh-CN')).toBe('在“Erdgeschoss”外墙上找到 2 个外门，请确认主入口');
    expect(noteInLocale(DOORS, 'en')).toBe('2 exterior doors found on the outer walls of "Erdgeschoss"; confirm the main entrance');
    // A DXF note comes in both languages too, whatever slashes its names hold.
    const far = { zh: '图层“A / B”上 3 个远离平面图的图元未导入', en: '3 entities on layer "A / B" lie far from the plan and were left out' };
    expect(noteInLocale(far, 'zh-CN')).toBe(far.zh);
    expect(noteInLocale(far, 'en')).toBe(far.en);
  });

  it('show the UI language of a note written in both languages, and follow it for the main entrance', () => {
    const note = { en: '1 exterior door found on the outer walls of "EG / OG"; confirm the main entrance', zh: '在“EG / OG”外墙上找到 1 个外门，请确认主入口' };
    expect(noteInLocale(note, 'en')).toBe(note.en);
    expect(noteInLocale(note, 'zh-CN')).toBe(note.zh);
    expect(noteApplies(note, emptyDocument())).toBe(true);
  });

  it('a main-entrance note stops applying once a main entrance is set', () => {
    const doc = emptyDocument();
    expect(noteApplies(DOORS, doc)).toBe(true);
    const floor = doc.floors[0];
    const withMain: HallDocument = {
      ...doc,
      floors: [{ ...floor, elements: [{ kind: 'opening', id: 'd1', wallId: 'w1', position: [0, 0], width: 1, entrance: 'main' } as HallDocument['floors'][0]['elements'][0]] }],
    };
    expect(noteApplies(DOORS, withMain)).toBe(false);
    expect(noteApplies({ zh: '楼层 F1：墙为单线，均按 200 mm 厚处理', en: 'floor F1: walls are single lines; each was given a thickness of 200 mm' }, withMain)).toBe(true);
  });
});
