/**
 * Plans drawn side by side go to the storeys their titles name, wherever they lie in the drawing: a set drawn with
 * 二层平面图 left of 一层平面图 imports as 1F then 2F, not as "2F 二层平面图" under "3F 三层（一层平面图）".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDxf } from '../../../src/dxf';
import { storeyOrder } from '../../../src/dxf/names';
import { hallToDxf } from '../../fixtures/cad-plan';

const county = JSON.parse(readFileSync(new URL('../../../models/county-hall.hall.json', import.meta.url), 'utf8'));

describe('plans stacked by the storeys their titles name', () => {
  it('named plans in their storeys’ order; plans naming none keep their places', () => {
    const titles = ['二层平面图', '一层平面图', '屋顶平面图', 'B1'];
    const of = (i: number) => titles[i];
    expect(storeyOrder([0, 1], of)).toEqual([1, 0]);
    expect(storeyOrder([0, 1, 2], of)).toEqual([1, 0, 2]);
    expect(storeyOrder([0, 1, 2, 3], of)).toEqual([3, 1, 2, 0]);
    expect(storeyOrder([2], of)).toEqual([2]);
    expect(storeyOrder([], of)).toEqual([]);
  });

  it('a county drawing with its titles swapped, imported as proposed: the right-hand 一层 sheet is 1F, the left-hand 二层 sheet 2F', () => {
    const text = hallToDxf(county);
    const swapped = text.replace(/一层平面图|二层平面图/g, (t) => (t === '一层平面图' ? '二层平面图' : '一层平面图'));
    const plain = importDxf(new TextEncoder().encode(text), { fileName: 'county.dxf' });
    const r = importDxf(new TextEncoder().encode(swapped), { fileName: 'county.dxf' });
    expect(r.doc.floors.map((f) => [f.name, f.storey, f.elevation])).toEqual([
      ['1F 一层平面图', 1, 0],
      ['2F 二层平面图', 2, plain.doc.floors[1].elevation],
    ]);
    // The ground floor holds what the right-hand sheet (the hall's second floor) holds.
    const names = (f: { elements: { kind: string; name?: string }[] }) =>
      f.elements
        .filter((e) => e.kind === 'zone')
        .map((e) => e.name)
        .sort();
    expect(names(r.doc.floors[0])).toEqual(names(plain.doc.floors[1]));
    expect(names(r.doc.floors[1])).toEqual(names(plain.doc.floors[0]));
    // Frames given explicitly (the dialog gives them in this order) are stacked as given.
    expect(importDxf(new TextEncoder().encode(swapped), { fileName: 'county.dxf', frames: [0, 1] }).doc.floors.map((f) => f.name)).toEqual([
      '2F 二层平面图',
      '3F 三层（一层平面图）',
    ]);
  });
});
