/**
 * Sheets added to the open hall go to the storeys their titles name, as levels keep their names in Revit: a lone
 * 三层平面图 on a 1F hall is 3F at two storeys' height, 2F not invented; a sheet naming a storey the hall has is a
 * clash to ask about; stacked, every sheet goes on top in turn.
 */
import { describe, expect, it } from 'vitest';
import { framePlacement, placeSheets } from '../../../src/ui/dxf/floor-placement';

const hall = (...storeys: [number, number, number][]) => storeys.map(([storey, elevation, height]) => ({ storey, elevation, height }));
const sheets = (...titles: (string | undefined)[]) => titles.map((title) => ({ title, height: 4.5 }));

describe('where added sheets go', () => {
  it('a sheet naming a storey above a gap keeps it, its elevation counted from the floor below', () => {
    expect(placeSheets(hall([1, 0, 5]), sheets('三层平面图'))).toEqual({ places: [{ storey: 3, elevation: 10 }], clashes: [] });
    expect(placeSheets(hall([1, 0, 5]), sheets('二层平面图'))).toEqual({ places: [{ storey: 2, elevation: 5 }], clashes: [] });
    expect(placeSheets(hall([1, 0, 4.2]), sheets('三层平面图', '五层平面图')).places).toEqual([
      { storey: 3, elevation: 8.4 },
      { storey: 5, elevation: 17.4 },
    ]);
  });

  it('a sheet fills a gap between floors, and a basement goes under the lowest floor', () => {
    expect(placeSheets(hall([1, 0, 4], [3, 8, 4]), sheets('二层平面图')).places).toEqual([{ storey: 2, elevation: 4 }]);
    expect(placeSheets(hall([1, 0, 4], [2, 4, 4]), sheets('地下一层平面图')).places).toEqual([{ storey: -1, elevation: -4.5 }]);
    expect(placeSheets(hall([1, 0, 4]), sheets('地下二层平面图')).places).toEqual([{ storey: -2, elevation: -9 }]);
    expect(placeSheets(hall([-2, -8, 4], [1, 0, 4]), sheets('地下一层平面图')).places).toEqual([{ storey: -1, elevation: -4 }]);
  });

  it('a sheet naming no storey, or one breaking the sheets order, goes on top', () => {
    expect(placeSheets(hall([1, 0, 4], [2, 4, 4]), sheets(undefined, '屋顶平面图')).places).toEqual([
      { storey: 3, elevation: 8 },
      { storey: 4, elevation: 12.5 },
    ]);
    expect(placeSheets(hall([-1, -4, 4]), sheets(undefined)).places).toEqual([{ storey: 1, elevation: 0 }]);
    // Picked top first: 二层 cannot go under 三层 in one set, so it is the next storey on top (as the import names it).
    expect(placeSheets(hall([1, 0, 4]), sheets('三层平面图', '二层平面图')).places).toEqual([
      { storey: 3, elevation: 8 },
      { storey: 4, elevation: 12.5 },
    ]);
  });

  it('a sheet naming a storey the hall has clashes; stacked, all go on top in turn', () => {
    const floors = hall([1, 0, 4], [2, 4, 4]);
    expect(placeSheets(floors, sheets('一层平面图', '三层平面图')).clashes).toEqual([{ title: '一层平面图', storey: 1 }]);
    expect(placeSheets(floors, sheets('二层平面图')).clashes).toEqual([{ title: '二层平面图', storey: 2 }]);
    expect(placeSheets(floors, sheets('一层平面图', '三层平面图'), true)).toEqual({
      places: [
        { storey: 3, elevation: 8 },
        { storey: 4, elevation: 12.5 },
      ],
      clashes: [],
    });
  });

  it('the dialog names the floors before Import', () => {
    expect(framePlacement(hall([1, 0, 4]), ['三层平面图', undefined], false)).toMatchObject({ names: ['3F 三层平面图', '4F'], clashes: [] });
    expect(framePlacement(hall([1, 0, 4]), ['一层平面图'], false).clashes).toEqual([{ title: '一层平面图', storey: 1 }]);
    expect(framePlacement(hall([1, 0, 4]), ['一层平面图'], true).names).toEqual(['2F 二层（一层平面图）']);
  });
});
