import { describe, expect, it } from 'vitest';
import { importNotesStore, noteInLocale, showImportNotes } from '../../../src/ui/files/import-notes';

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

  it('show the UI language of a note written in both languages', () => {
    const note = { en: '1 exterior door found on the outer walls of "EG / OG"; confirm the main entrance', zh: '在“EG / OG”外墙上找到 1 个外门，请确认主入口' };
    expect(noteInLocale(note, 'en')).toBe(note.en);
    expect(noteInLocale(note, 'zh-CN')).toBe(note.zh);
  });

  it('never ask for the main entrance: the entrance bar asks it, once', () => {
    const thick = { zh: '楼层 F1：墙为单线，均按 200 mm 厚处理', en: 'floor F1: walls are single lines; each was given a thickness of 200 mm' };
    showImportNotes('duplex.ifc', [thick, DOORS]);
    expect(importNotesStore.getState().notes).toEqual({ source: 'duplex.ifc', lines: [thick] });
    // A file whose only note is that question has no notes to show.
    showImportNotes('AC20-FZK-Haus.ifc', [DOORS]);
    expect(importNotesStore.getState().notes).toBeUndefined();
  });
});
