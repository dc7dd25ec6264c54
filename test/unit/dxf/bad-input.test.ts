/** Input that is not a usable plan gets a clear error saying what and where; nothing half-imported. */
import { describe, expect, it } from 'vitest';
import { DxfImportError, importDxf } from '../../../src/dxf';

const enc = (s: string) => new TextEncoder().encode(s);
const minimal = (entities: string) => `0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n${entities}0\nENDSEC\n0\nEOF\n`;
const line = (layer: string, x1: number, y1: number, x2: number, y2: number) => `0\nLINE\n8\n${layer}\n10\n${x1}\n20\n${y1}\n11\n${x2}\n21\n${y2}\n`;

/** A 10 × 8 m room (mm) drawn with 240 mm walls on layer WALL. */
function room(): string {
  let s = '';
  for (const [o, i] of [[0, 240]]) {
    s += line('WALL', o, o, 10000 - o, o) + line('WALL', 10000 - o, o, 10000 - o, 8000 - o) + line('WALL', 10000 - o, 8000 - o, o, 8000 - o) + line('WALL', o, 8000 - o, o, o);
    s += line('WALL', i, i, 10000 - i, i) + line('WALL', 10000 - i, i, 10000 - i, 8000 - i) + line('WALL', 10000 - i, 8000 - i, i, 8000 - i) + line('WALL', i, 8000 - i, i, i);
  }
  return s;
}

describe('DXF bad input', () => {
  it('empty file', () => {
    expect(() => importDxf(new Uint8Array(0), { fileName: 'a.dxf' })).toThrow(/a\.dxf: the file is empty/);
  });
  it('not a DXF (a PNG renamed)', () => {
    expect(() => importDxf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]), { fileName: 'p.dxf' })).toThrow(/not a DXF file/);
  });
  it('a DWG renamed .dxf', () => {
    expect(() => importDxf(enc('AC1032\0\0\0\0'), { fileName: 'x.dxf' })).toThrow(/DWG file.*save it as DXF/);
  });
  it('truncated: cut in the middle says where it ends', () => {
    const text = minimal(room());
    expect(() => importDxf(enc(text.slice(0, Math.floor(text.length / 2))), { fileName: 't.dxf' })).toThrow(/cut short \(it ends at line \d+/);
  });
  it('a truncated binary DXF names the byte', () => {
    const head = new TextEncoder().encode('AutoCAD Binary DXF\r\n\x1a\0');
    const bytes = new Uint8Array([...head, 0, 0, ...enc('SECTION\0'), 2, 0, ...enc('HEAD')]);
    expect(() => importDxf(bytes, { fileName: 'b.dxf' })).toThrow(/binary DXF is truncated at byte \d+/);
  });
  it('model space empty', () => {
    expect(() => importDxf(enc(minimal('')), { fileName: 'e.dxf' })).toThrow(/no linework/);
  });
  it('no wall layer: says which layers there are and how to choose', () => {
    expect(() => importDxf(enc(minimal(line('thin', 0, 0, 100, 0) + line('thin', 0, 10, 100, 10))), { fileName: 'n.dxf' })).toThrow(/no layer holds walls \(layers: .*thin/);
  });
  it('absurd extents: a stray entity at 1e10 is left out with a warning, the room still imports', () => {
    const r = importDxf(enc(minimal(room() + line('WALL', 1e10, 1e10, 1e10 + 100, 1e10))), { fileName: 's.dxf' });
    expect(r.stats.elements.wall).toBe(4);
    expect(r.warnings.map((w) => w.en).join(' ')).toMatch(/far from the plan/);
    expect(r.analysis.widthM).toBeCloseTo(10, 1);
  });
  it('absurd extents: a long wall line far out does not take the place of the plan; the warning names its layer and where it lies', () => {
    // Two lines 1e11 mm long at 9e12: more wall than the room has, in a cluster no unit makes a building of.
    const far = line('WALL', 9e12, 9e12, 9e12 + 1e11, 9e12) + line('WALL', 9e12, 9e12 + 5, 9e12 + 1e11, 9e12 + 5);
    const r = importDxf(enc(minimal(room() + far)), { fileName: 's.dxf' });
    expect(r.analysis.frames).toHaveLength(1);
    expect(r.analysis.widthM).toBeCloseTo(10, 1);
    expect(r.stats.elements.wall).toBe(4);
    expect(r.warnings).toContainEqual({
      zh: '2 个远离平面图的图元未导入（图层 WALL；最远的一个在 x 9.10e+12, y 9.00e+12）',
      en: '2 entities lie far from the plan and were left out (layer WALL; the farthest at x 9.10e+12, y 9.00e+12)',
    });
  });
  it('absurd extents: a wall line from the plan out to 9e12 is left out and the room imports (the unit check does not walk it)', () => {
    const r = importDxf(enc(minimal(room() + line('WALL', 0, 0, 9e12, 0))), { fileName: 's.dxf' });
    expect(r.stats.elements.wall).toBe(4);
    expect(r.analysis.widthM).toBeCloseTo(10, 1);
  }, 20_000);
  it('absurd extents: a plan kilometres wide in the unit asked for is refused, naming the unit', () => {
    expect(() => importDxf(enc(minimal(room())), { fileName: 'k.dxf', units: 'm' })).toThrow(/10000 × 8000 m in m — too large/);
  });
  it('a plan that is fine imports: 4 walls, a closed outline, one room', () => {
    const r = importDxf(enc(minimal(room())), { fileName: 'ok.dxf' });
    expect(r.stats.elements.wall).toBe(4);
    expect(r.doc.floors[0].elements.filter((e) => e.kind === 'wall').every((w) => w.kind === 'wall' && Math.abs(w.thickness - 0.24) < 1e-6)).toBe(true);
    expect(r.doc.floors[0].outline).toBeDefined();
    expect(r.stats.elements.zone).toBe(1);
  });
  it('errors are DxfImportError with a place', () => {
    try {
      importDxf(new Uint8Array(0), { fileName: 'a.dxf' });
    } catch (e) {
      expect(e).toBeInstanceOf(DxfImportError);
      expect((e as DxfImportError).where).toBe('file');
    }
  });
  it('errors and warnings come in both languages, each half whole (the UI shows its language only)', () => {
    const thrown = (bytes: Uint8Array, opts: Parameters<typeof importDxf>[1]) => {
      try {
        importDxf(bytes, opts);
      } catch (e) {
        return e as DxfImportError;
      }
      throw new Error('expected a refusal');
    };
    const tooLarge = thrown(enc(minimal(room())), { fileName: 'k.dxf', units: 'm' });
    expect(tooLarge.text).toEqual({
      zh: 'k.dxf：按 m 计，平面为 10000 × 8000 m，建筑不会这么大；请检查单位',
      en: 'k.dxf: the plan would be 10000 × 8000 m in m — too large for a building; check the unit',
    });
    expect(tooLarge.message).toBe(tooLarge.text.en);
    const noWalls = thrown(enc(minimal(line('细线', 0, 0, 100, 0) + line('细线', 0, 10, 100, 10))), { fileName: 'n.dxf' });
    // The Chinese half names the layers too, not only the English one.
    expect(noWalls.text.zh).toMatch(/^n\.dxf：没有图层被识别为墙（图层：.*细线/);
    const r = importDxf(enc(minimal(room() + line('WALL', 1e10, 1e10, 1e10 + 100, 1e10))), { fileName: 's.dxf' });
    expect(r.warnings).toContainEqual({
      zh: '1 个远离平面图的图元未导入（图层 WALL；最远的一个在 x 1.00e+10, y 1.00e+10）',
      en: '1 entity lies far from the plan and were left out (layer WALL; the farthest at x 1.00e+10, y 1.00e+10)',
    });
  });
});
