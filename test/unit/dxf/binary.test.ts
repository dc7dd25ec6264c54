/** Binary DXF reads exactly as the same drawing written as text (property test over random lines and texts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryDxfToText, isBinaryDxf } from '../../../src/dxf/binary';
import { flatten } from '../../../src/dxf/flatten';
import { parseDxfBytes } from '../../../src/dxf/read';
import { plainText } from '../../../src/dxf/text';

type Group = [number, string | number];

function ascii(groups: Group[]): Uint8Array {
  return new TextEncoder().encode(groups.map(([c, v]) => `${c}\n${v}`).join('\n') + '\n');
}

/** R2000 binary: 2-byte codes; strings NUL-terminated, 10–59 doubles, 60–79 16-bit integers. */
function binary(groups: Group[]): Uint8Array {
  const parts: number[] = [...new TextEncoder().encode('AutoCAD Binary DXF\r\n\x1a\0')];
  for (const [c, v] of groups) {
    parts.push(c & 255, c >> 8);
    if (c >= 10 && c <= 59) {
      const b = new DataView(new ArrayBuffer(8));
      b.setFloat64(0, Number(v), true);
      parts.push(...new Uint8Array(b.buffer));
    } else if (c >= 60 && c <= 79) {
      parts.push(Number(v) & 255, (Number(v) >> 8) & 255);
    } else parts.push(...new TextEncoder().encode(String(v)), 0);
  }
  return new Uint8Array(parts);
}

const coord = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const layer = fc.constantFrom('WALL', '墙', '门窗', 'A-ANNO');
const entity = fc.oneof(
  fc.record({ kind: fc.constant('LINE' as const), layer, x1: coord, y1: coord, x2: coord, y2: coord }),
  fc.record({ kind: fc.constant('TEXT' as const), layer, x1: coord, y1: coord, text: fc.constantFrom('办事大厅', 'LOBBY', '等候区 A', '卫生间') }),
);

type Ent = { kind: 'LINE' | 'TEXT'; layer: string; x1: number; y1: number; x2?: number; y2?: number; text?: string };

function drawing(ents: Ent[]): Group[] {
  const g: Group[] = [
    [0, 'SECTION'],
    [2, 'HEADER'],
    [9, '$ACADVER'],
    [1, 'AC1032'],
    [9, '$INSUNITS'],
    [70, 4],
    [0, 'ENDSEC'],
    [0, 'SECTION'],
    [2, 'ENTITIES'],
  ];
  for (const e of ents) {
    if (e.kind === 'LINE') g.push([0, 'LINE'], [8, e.layer], [10, e.x1], [20, e.y1], [11, e.x2 ?? 0], [21, e.y2 ?? 0]);
    else g.push([0, 'TEXT'], [8, e.layer], [10, e.x1], [20, e.y1], [40, 350], [1, e.text ?? '']);
  }
  g.push([0, 'ENDSEC'], [0, 'EOF']);
  return g;
}

describe('binary DXF', () => {
  it('is recognised by its sentinel', () => {
    expect(isBinaryDxf(binary(drawing([])))).toBe(true);
    expect(isBinaryDxf(ascii(drawing([])))).toBe(false);
  });

  it('reads as the same drawing as its text form', () => {
    fc.assert(
      fc.property(fc.array(entity, { maxLength: 20 }), (ents) => {
        const g = drawing(ents);
        const a = flatten(parseDxfBytes(ascii(g)));
        const b = flatten(parseDxfBytes(binary(g)));
        expect(b.binary).toBe(true);
        expect(b.insunits).toBe(4);
        expect(b.segs).toEqual(a.segs);
        expect(b.labels).toEqual(a.labels);
        expect([...b.layers.keys()]).toEqual([...a.layers.keys()]);
      }),
      { numRuns: 40 },
    );
  });

  it('writes text groups on one line each', () => {
    const text = binaryDxfToText(
      binary([
        [0, 'SECTION'],
        [2, 'ENTITIES'],
        [0, 'ENDSEC'],
        [0, 'EOF'],
      ]),
    );
    expect(text).toBe('0\nSECTION\n2\nENTITIES\n0\nENDSEC\n0\nEOF\n');
  });
});

describe('DXF text', () => {
  it('drops MTEXT formatting and decodes \\U+ escapes and %% codes', () => {
    expect(plainText('{\\fSimSun|b0|i0|c134|p2;\\U+7B49\\U+5019\\U+533A}\\P\\H2.5;A')).toBe('等候区 A');
    expect(plainText('%%uGREAT ROOM')).toBe('GREAT ROOM');
    expect(plainText('\\pxqc;LOBBY')).toBe('LOBBY');
    expect(plainText('1\\S1/2;')).toBe('11/2');
  });
});
