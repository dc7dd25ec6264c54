/**
 * Block attributes (ATTRIB), which dxf-parser skips, read through a registered entity handler: a room tag's
 * visible NAME names the room it sits in; hidden attributes and attributes under other tags do not.
 */
import { describe, expect, it } from 'vitest';
import { importDxf } from '../../../src/dxf';
import { flatten } from '../../../src/dxf/flatten';
import { parseDxfBytes } from '../../../src/dxf/read';

const enc = (s: string) => new TextEncoder().encode(s);
const line = (layer: string, x1: number, y1: number, x2: number, y2: number) => `0\nLINE\n8\n${layer}\n10\n${x1}\n20\n${y1}\n11\n${x2}\n21\n${y2}\n`;
/** One attribute following its insert: tag, value, where, and the flags (1 = hidden). */
const attrib = (tag: string, value: string, x: number, y: number, flags = 0) =>
  `0\nATTRIB\n8\n0\n100\nAcDbEntity\n100\nAcDbText\n10\n${x}\n20\n${y}\n40\n300\n1\n${value}\n100\nAcDbAttribute\n2\n${tag}\n70\n${flags}\n73\n0\n74\n0\n`;

/** A 10 × 8 m room (mm) with 240 mm walls, and a room-tag block inserted in it with three attributes. */
function drawing(): string {
  let walls = '';
  for (const o of [0, 240]) {
    walls += line('WALL', o, o, 10000 - o, o) + line('WALL', 10000 - o, o, 10000 - o, 8000 - o) + line('WALL', 10000 - o, 8000 - o, o, 8000 - o) + line('WALL', o, 8000 - o, o, o);
  }
  const block = '0\nBLOCK\n8\n0\n2\nROOMTAG\n70\n2\n10\n0\n20\n0\n0\nLINE\n8\n0\n10\n-500\n20\n0\n11\n500\n21\n0\n0\nENDBLK\n';
  const insert = `0\nINSERT\n8\nTAGS\n66\n1\n2\nROOMTAG\n10\n5000\n20\n4000\n${attrib('NAME', '会议室', 4500, 4200)}${attrib('NUMBER', '101', 4500, 3800, 1)}${attrib('FINISH', 'CARPET', 4500, 3400)}0\nSEQEND\n8\n0\n`;
  return `0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n0\nSECTION\n2\nBLOCKS\n${block}0\nENDSEC\n0\nSECTION\n2\nENTITIES\n${walls}${insert}0\nENDSEC\n0\nEOF\n`;
}

describe('DXF block attributes', () => {
  it('visible attributes become labels with their tag; hidden ones are not read', () => {
    const d = flatten(parseDxfBytes(enc(drawing())));
    const attribs = d.labels.filter((l) => l.tag !== undefined).map((l) => [l.tag, l.text]);
    expect(attribs).toEqual([
      ['NAME', '会议室'],
      ['FINISH', 'CARPET'],
    ]);
    const name = d.labels.find((l) => l.tag === 'NAME');
    expect(name?.x).toBeGreaterThan(4500);
    expect(name?.y).toBeGreaterThan(4200);
  });

  it("a room tag's NAME names the room; a FINISH attribute does not", () => {
    const r = importDxf(enc(drawing()), { fileName: 'tag.dxf' });
    const zones = r.doc.floors[0].elements.filter((e) => e.kind === 'zone');
    expect(zones).toHaveLength(1);
    expect(zones[0].kind === 'zone' && zones[0].name).toBe('会议室');
  });
});
