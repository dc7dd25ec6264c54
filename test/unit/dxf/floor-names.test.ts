/**
 * Floors made from drawing sheets are named by the storey they are in the hall, the sheet's title after it: the first
 * floor of an import read only "一层平面图" (or "GROUND FLOOR PLAN") while the floors added above read "2F 二层…".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDxf } from '../../../src/dxf';
import { sheetTitleOf, storeyFloorName } from '../../../src/dxf/names';
import { hallToDxf } from '../../fixtures/cad-plan';

describe('floor names from sheet titles', () => {
  it('the storey first, the title after it, in brackets after the storey when it names another one', () => {
    expect(storeyFloorName('一层平面图', 1)).toBe('1F 一层平面图');
    expect(storeyFloorName('二层平面图', 2)).toBe('2F 二层平面图');
    expect(storeyFloorName('一层平面图', 2)).toBe('2F 二层（一层平面图）');
    expect(storeyFloorName('GROUND FLOOR PLAN', 1)).toBe('1F 一层（GROUND FLOOR PLAN）');
    expect(storeyFloorName('十二层平面图', 12)).toBe('12F 十二层平面图');
    expect(storeyFloorName(undefined, 3)).toBe('3F');
    expect(storeyFloorName('  ', 3)).toBe('3F');
  });

  it('the title comes back from such a name (a floor renamed by hand keeps its name)', () => {
    for (const [title, storey] of [
      ['一层平面图', 1],
      ['一层平面图', 2],
      ['GROUND FLOOR PLAN', 1],
      ['二层平面图', 2],
    ] as const)
      expect(sheetTitleOf(storeyFloorName(title, storey))).toBe(title);
    expect(sheetTitleOf('3F')).toBeUndefined();
    expect(sheetTitleOf('大厅')).toBe('大厅');
  });

  it("a DXF import's first floor carries its storey, also when it is the only sheet picked", () => {
    const county = JSON.parse(readFileSync('models/county-hall.hall.json', 'utf8'));
    const bytes = new TextEncoder().encode(hallToDxf(county));
    expect(importDxf(bytes, { fileName: 'a.dxf', frames: [0] }).doc.floors.map((f) => f.name)).toEqual(['1F 一层平面图']);
    expect(importDxf(bytes, { fileName: 'a.dxf', frames: [1] }).doc.floors.map((f) => f.name)).toEqual(['1F 一层（二层平面图）']);
  });
});
