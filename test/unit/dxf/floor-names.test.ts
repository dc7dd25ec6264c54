/**
 * Floors made from drawing sheets are named by the storey they are in the hall, the sheet's title after it: the first
 * floor of an import read only "一层平面图" (or "GROUND FLOOR PLAN") while the floors added above read "2F 二层…".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDxf } from '../../../src/dxf';
import { sheetStoreys, sheetTitleOf, sheetTitles, storeyFloorName, titleStorey } from '../../../src/dxf/names';
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

  it("a DXF import's floors carry the storeys their sheets name, also a lone upper floor", () => {
    const county = JSON.parse(readFileSync('models/county-hall.hall.json', 'utf8'));
    const bytes = new TextEncoder().encode(hallToDxf(county));
    const floors = (frames: number[]) => importDxf(bytes, { fileName: 'a.dxf', frames }).doc.floors.map((f) => [f.name, f.storey]);
    expect(floors([0])).toEqual([['1F 一层平面图', 1]]);
    expect(floors([1])).toEqual([['2F 二层平面图', 2]]);
    expect(floors([0, 1])).toEqual([
      ['1F 一层平面图', 1],
      ['2F 二层平面图', 2],
    ]);
    // Picked top first, the sheets stay in the order picked: the second cannot go under the first.
    expect(floors([1, 0])).toEqual([
      ['2F 二层平面图', 2],
      ['3F 三层（一层平面图）', 3],
    ]);
  });

  it('the storey a title names, basements below zero, none where it names none', () => {
    const cases: [string, number | undefined][] = [
      ['一层平面图', 1],
      ['首层平面图', 1],
      ['二层平面图 1:100', 2],
      ['十层平面图', 10],
      ['十二层平面图', 12],
      ['二十一层平面图', 21],
      ['三楼平面图', 3],
      ['办公楼二层平面图', 2],
      ['二至五层平面图', 2],
      ['3~6层平面图', 3],
      ['地下一层平面图', -1],
      ['负二层平面图', -2],
      ['地下室平面图', -1],
      ['B1区三层平面图', 3],
      ['B2 PLAN', -2],
      ['2F 平面图', 2],
      ['LEVEL 4 PLAN', 4],
      ['GROUND FLOOR PLAN', 1],
      ['SECOND FLOOR PLAN', 2],
      ['BASEMENT PLAN', -1],
      ['屋顶平面图', undefined],
      ['标准层平面图', undefined],
      ['ROOF PLAN', undefined],
      ['FLOOR PLAN', undefined],
      ['999F', undefined],
    ];
    for (const [title, storey] of cases) expect([title, titleStorey(title)]).toEqual([title, storey]);
  });

  it('sheets keep the storeys their titles name in the order they are stacked, the next storey where that breaks', () => {
    expect(sheetStoreys(['二层平面图'])).toEqual([2]);
    expect(sheetStoreys(['二层平面图', '三层平面图'])).toEqual([2, 3]);
    expect(sheetStoreys(['一层平面图', '三层平面图'])).toEqual([1, 3]);
    expect(sheetStoreys(['地下一层平面图', '一层平面图', undefined])).toEqual([-1, 1, 2]);
    expect(sheetStoreys(['地下一层平面图', '屋顶平面图'])).toEqual([-1, 1]);
    expect(sheetStoreys(['三层平面图', '二层平面图', undefined])).toEqual([3, 4, 5]);
    expect(sheetStoreys([undefined, '一层平面图'])).toEqual([1, 2]);
    expect(sheetStoreys(['GROUND FLOOR PLAN', 'FIRST FLOOR PLAN'])).toEqual([1, 2]);
  });

  it('basement floors are named B1, B2 and their titles come back', () => {
    expect(storeyFloorName('地下一层平面图', -1)).toBe('B1 地下一层平面图');
    expect(storeyFloorName('一层平面图', -1)).toBe('B1 地下一层（一层平面图）');
    expect(storeyFloorName(undefined, -2)).toBe('B2');
    expect(storeyFloorName('十一层平面图', 1)).toBe('1F 一层（十一层平面图）');
    expect(sheetTitleOf('B1 地下一层平面图')).toBe('地下一层平面图');
    expect(sheetTitleOf('B1 地下一层（一层平面图）')).toBe('一层平面图');
    expect(sheetTitleOf('B2')).toBeUndefined();
  });

  it('a lone sheet without a title takes the storey its file name names (one floor per file)', () => {
    expect(sheetTitles([undefined], '三层平面图.dxf')).toEqual(['三层平面图']);
    expect(sheetTitles([undefined], '3F.DXF')).toEqual(['3F']);
    expect(sheetTitles(['一层平面图'], '三层平面图.dxf')).toEqual(['一层平面图']);
    expect(sheetTitles([undefined], 'county.dxf')).toEqual([undefined]);
    expect(sheetTitles([undefined, undefined], '三层平面图.dxf')).toEqual([undefined, undefined]);
    // The county drawing's first plan with its title taken out, saved as 三层平面图.dxf.
    const county = JSON.parse(readFileSync('models/county-hall.hall.json', 'utf8'));
    const text = hallToDxf({ ...county, floors: [county.floors[0]] });
    expect(text).toContain('一层平面图');
    const bytes = new TextEncoder().encode(text.replace('一层平面图', '说明'));
    const floors = (fileName: string) => importDxf(bytes, { fileName }).doc.floors.map((f) => [f.name, f.storey]);
    expect(floors('三层平面图.dxf')).toEqual([['3F 三层平面图', 3]]);
    expect(floors('大厅.dxf')).toEqual([['1F', 1]]);
  });
});
