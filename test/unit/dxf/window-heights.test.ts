/**
 * A window's sill and head from its 天正 number (C1518 = 1.5 m wide, 1.8 m high) as the block's name, an
 * attribute or the text beside it, and from the insert's 窗高 / 窗台高 attributes, which win over the number.
 */
import { describe, expect, it } from 'vitest';
import { importDxf } from '../../../src/dxf';
import { isRoomName } from '../../../src/dxf/names';
import { attrLength, insertMark, marksBeside, windowHeights, windowMark } from '../../../src/dxf/window-heights';
import type { Insert, Label } from '../../../src/dxf/types';

const enc = (s: string) => new TextEncoder().encode(s);
const line = (layer: string, x1: number, y1: number, x2: number, y2: number) => `0\nLINE\n8\n${layer}\n10\n${x1}\n20\n${y1}\n11\n${x2}\n21\n${y2}\n`;
const attrib = (tag: string, value: string, hidden = true) => `0\nATTRIB\n8\n0\n10\n0\n20\n0\n40\n200\n1\n${value}\n2\n${tag}\n70\n${hidden ? 1 : 0}\n`;
const ins = (name: string, attrs?: Record<string, string>): Insert => ({ name, layer: 'WINDOW', x: 0, y: 0, rotation: 0, sx: 1, sy: 1, ...(attrs ? { attrs } : {}) });
const label = (text: string, x: number, y: number): Label => ({ text, x, y, height: 0.3, layer: 'WINDOW_TEXT', ins: -1 });

/**
 * A 10 × 8 m room (mm, 240 mm walls) whose south wall is broken from 3000 to 4500 for a window block named
 * `block` (glazing across the wall), inserted with the given attributes, and `extra` entities.
 */
function roomWithBlock(block: string, attrs: string, extra = ''): string {
  const t = 240;
  let s = '';
  for (const y of [0, t]) s += line('墙', 0, y, 3000, y) + line('墙', 4500, y, 10000, y);
  s += line('墙', 3000, 0, 3000, t) + line('墙', 4500, 0, 4500, t);
  s += line('墙', 10000, 0, 10000, 8000) + line('墙', 10000 - t, t, 10000 - t, 8000 - t);
  s += line('墙', 10000, 8000, 0, 8000) + line('墙', 10000 - t, 8000 - t, t, 8000 - t);
  s += line('墙', 0, 8000, 0, 0) + line('墙', t, 8000 - t, t, t);
  const def = `0\nBLOCK\n8\n0\n2\n${block}\n70\n0\n10\n0\n20\n0\n${[0, 80, 160, 240].map((y) => line('0', 0, y, 1500, y)).join('')}0\nENDBLK\n`;
  const insert = `0\nINSERT\n8\nWINDOW\n${attrs ? '66\n1\n' : ''}2\n${block}\n10\n3000\n20\n0\n${attrs ? `${attrs}0\nSEQEND\n8\n0\n` : ''}`;
  return `0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n0\nSECTION\n2\nBLOCKS\n${def}0\nENDSEC\n0\nSECTION\n2\nENTITIES\n${s}${insert}${extra}0\nENDSEC\n0\nEOF\n`;
}

const theWindow = (text: string) => {
  const r = importDxf(enc(text), { fileName: 'w.dxf' });
  const w = r.doc.floors[0].elements.filter((e) => e.kind === 'window');
  expect(w).toHaveLength(1);
  return { w: w[0].kind === 'window' ? w[0] : undefined, zones: r.doc.floors[0].elements.filter((e) => e.kind === 'zone') };
};

describe('window numbers and heights', () => {
  it('reads 天正 numbers: width and height in decimetres after the type letters', () => {
    expect(windowMark('C1518')).toEqual({ width: 1.5, height: 1.8 });
    expect(windowMark('GC0906')).toEqual({ width: 0.9, height: 0.6 });
    expect(windowMark('TC-2418a')).toEqual({ width: 2.4, height: 1.8 });
    for (const not of ['M1021', 'C15', 'C15180', 'WIN6', '会议室', 'C0018']) expect(windowMark(not), not).toBeUndefined();
  });

  it('attribute lengths: a bare number of 20 or more is millimetres, units when written', () => {
    expect(attrLength('1800')).toBe(1.8);
    expect(attrLength('1.8')).toBe(1.8);
    expect(attrLength('900mm')).toBe(0.9);
    expect(attrLength('1.2 m')).toBe(1.2);
    expect(attrLength('高')).toBeUndefined();
  });

  it('the number gives the height over the default sill; attributes win; absurd values are ignored', () => {
    expect(windowHeights('C1518', undefined)).toEqual({ sill: 0.9, head: 2.7 });
    expect(windowHeights(undefined, undefined)).toEqual({ sill: 0.9, head: 2.4 });
    expect(windowHeights('C1518', { 窗台高: '600' })).toEqual({ sill: 0.6, head: 2.4 });
    expect(windowHeights('C1518', { HEIGHT: '1200', SILL: '1500' })).toEqual({ sill: 1.5, head: 2.7 });
    expect(windowHeights(undefined, { 窗台高: '1800' })).toEqual({ sill: 1.8, head: 2.4 });
    expect(windowHeights('C1518', { 窗台高: '90000', 窗高: '0.01' })).toEqual({ sill: 0.9, head: 2.7 });
  });

  it("an insert's number: its block's name, else an attribute that reads as one", () => {
    expect(insertMark(ins('C1518'))).toBe('C1518');
    expect(insertMark(ins('$WinLib2D$00000001', { 编号: 'C0915' }))).toBe('C0915');
    expect(insertMark(ins('$WinLib2D$00000001', { FOO: 'GC1206' }))).toBe('GC1206');
    expect(insertMark(ins('WIN6', { FOO: 'glass' }))).toBeUndefined();
  });

  it('each number text goes to the nearest window within reach, and only to one', () => {
    const windows = [
      { x: 0, y: 0, width: 1.5 },
      { x: 3, y: 0, width: 1.5 },
    ];
    expect(marksBeside(windows, [label('C1518', 0.1, 0.5), label('C0918', 2.6, 0.5), label('会议室', 3, 0.2)])).toEqual(['C1518', 'C0918']);
    expect(marksBeside(windows, [label('C1518', 0, 4)])).toEqual([undefined, undefined]);
    // Two numbers near one window: the nearer.
    expect(marksBeside(windows, [label('C1518', 0, 0.9), label('C1521', 0, 0.4)])).toEqual(['C1521', undefined]);
  });

  it('window and door numbers do not name rooms; room numbers still do', () => {
    for (const t of ['C1518', 'GC1206', 'TC2418', 'M1021', 'FM1021', 'MLC2724']) expect(isRoomName(t), t).toBe(false);
    expect(isRoomName('A101')).toBe(true);
  });

  it('DXF: a block named C1518 is 1.8 m high over a 0.9 m sill', () => {
    const { w } = theWindow(roomWithBlock('C1518', ''));
    expect(w).toMatchObject({ width: 1.5, sillHeight: 0.9, headHeight: 2.7 });
  });

  it('DXF: hidden 窗台高 and 窗高 attributes of a 天正 block; the number beside it does not name the room', () => {
    const number = '0\nTEXT\n8\nWINDOW_TEXT\n10\n3750\n20\n700\n40\n250\n1\nC1518\n';
    const { w, zones } = theWindow(roomWithBlock('$WinLib2D$00000007', attrib('窗台高', '1200') + attrib('窗高', '1000'), number));
    expect(w).toMatchObject({ width: 1.5, sillHeight: 1.2, headHeight: 2.2 });
    expect(zones.every((z) => z.kind === 'zone' && z.name !== 'C1518')).toBe(true);
    // Without the attributes, the number beside it gives the height.
    const plain = theWindow(roomWithBlock('$WinLib2D$00000007', '', number));
    expect(plain.w).toMatchObject({ sillHeight: 0.9, headHeight: 2.7 });
  });
});
