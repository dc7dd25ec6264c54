import { describe, expect, it } from 'vitest';
import { emptyDocument, type HallDocument } from '../../../src/core';
import { noteApplies, noteInLocale } from '../../../src/ui/files/import-notes';

const DOORS = '2 exterior doors found on the outer walls of "Erdgeschoss"; confirm the main entrance / 在“Erdgeschoss”外墙上找到 2 个外门，请确认主入口';

describe('import notes', () => {
  it('show only the UI language half of an importer note', () => {
    expect(noteInLocale(DOORS, 'zh-CN')).toBe('在“Erdgeschoss”外墙上找到 2 个外门，请确认主入口');
    expect(noteInLocale(DOORS, 'en')).toBe('2 exterior doors found on the outer walls of "Erdgeschoss"; confirm the main entrance');
    expect(noteInLocale('3 entities lie far from the plan and were left out / 3 个远离平面的图元已忽略', 'zh-CN')).toBe('3 个远离平面的图元已忽略');
    // A name with a slash in the English half is not a split point.
    expect(noteInLocale('room "A / B" is open / 房间“A / B”开放', 'en')).toBe('room "A / B" is open');
    expect(noteInLocale('no Chinese here', 'zh-CN')).toBe('no Chinese here');
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
    expect(noteApplies('floor F1: walls are single lines; each was given a thickness of 200 mm / 墙为单线，按 200 mm 厚处理', withMain)).toBe(true);
  });
});
