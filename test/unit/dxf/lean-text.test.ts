/**
 * dxf-parser is handed only what the import reads: HEADER, TABLES, ENTITIES and the blocks model space inserts
 * (nested ones too), not the OBJECTS section or a library of unused blocks. What flatten makes of it is the same
 * as from the whole file, on the corpus and on generated drawings; a file the markers cannot be trusted on is
 * handed over whole.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import DxfParser from 'dxf-parser';
import { describe, expect, it } from 'vitest';
import { registerAttrib } from '../../../src/dxf/attrib';
import { binaryDxfToText, isBinaryDxf } from '../../../src/dxf/binary';
import { flatten } from '../../../src/dxf/flatten';
import { registerHatch } from '../../../src/dxf/hatch';
import { leanDxfText } from '../../../src/dxf/lean-text';
import { parseDxfBytes } from '../../../src/dxf/read';
import { decodeDxfBytes } from '../../../src/dxf/text';
import type { Drawing } from '../../../src/dxf/types';
import { hiddenLayers } from '../../../src/dxf/layer-states';
import { hallToDxf } from '../../fixtures/cad-plan';
import { corpusFile, hasCorpus } from './corpus';

const g = (...pairs: (string | number)[]) => `${pairs.join('\n')}\n`;
const line = (layer: string, x0: number, y0: number, x1: number, y1: number) => g(0, 'LINE', 8, layer, 10, x0, 20, y0, 30, 0, 11, x1, 21, y1, 31, 0);
const block = (name: string, body: string) => g(0, 'BLOCK', 8, 0, 2, name, 70, 0, 10, 0, 20, 0, 30, 0, 3, name) + body + g(0, 'ENDBLK', 8, 0);
const insert = (name: string, x: number) => g(0, 'INSERT', 8, 'WALL', 2, name, 10, x, 20, 0, 30, 0);

/** A drawing whose model space inserts OUTER, which inserts INNER; UNUSED is never placed; OBJECTS holds a dictionary. */
function drawing(eol = '\n'): string {
  const text =
    g(0, 'SECTION', 2, 'HEADER', 9, '$INSUNITS', 70, 4, 0, 'ENDSEC') +
    g(0, 'SECTION', 2, 'CLASSES', 0, 'CLASS', 1, 'ACDBDICTIONARYWDFLT', 0, 'ENDSEC') +
    g(0, 'SECTION', 2, 'TABLES', 0, 'TABLE', 2, 'LAYER', 70, 1, 0, 'LAYER', 2, 'WALL', 70, 0, 62, 7, 0, 'ENDTAB', 0, 'ENDSEC') +
    g(0, 'SECTION', 2, 'BLOCKS') +
    block('UNUSED', line('WALL', 0, 0, 9, 9) + insert('INNER', 5)) +
    block('OUTER', line('0', 0, 0, 1000, 0) + insert('INNER', 100)) +
    block('INNER', line('0', 0, 0, 0, 1000)) +
    block('*Paper_Space', '') +
    g(0, 'ENDSEC') +
    g(0, 'SECTION', 2, 'ENTITIES') +
    line('WALL', 0, 0, 5000, 0) +
    insert('OUTER', 2000) +
    g(0, 'ENDSEC') +
    g(0, 'SECTION', 2, 'OBJECTS', 0, 'DICTIONARY', 5, 'C', 3, 'ACAD_GROUP', 350, 'D', 0, 'ENDSEC') +
    g(0, 'EOF');
  return text.replaceAll('\n', eol);
}

/** dxf-parser with the import's handlers, on the whole text. */
function parseWhole(text: string) {
  const p = new DxfParser();
  registerHatch(p);
  registerAttrib(p);
  return p.parseSync(text);
}

/** A flattened drawing as plain data: its hatches with their boundary loops read. */
function plain(d: Drawing) {
  return { ...d, layers: [...d.layers], hatches: d.hatches.map((h) => ({ ...h, loops: h.loops() })) };
}

/** The drawing flatten makes from the import's own parse, and from dxf-parser's parse of the whole text. */
function bothWays(bytes: Uint8Array, name: string) {
  const parsed = parseDxfBytes(bytes, name);
  const whole = parseWhole(isBinaryDxf(bytes) ? binaryDxfToText(bytes) : decodeDxfBytes(bytes).text);
  if (!whole) throw new Error(`${name}: no parse`);
  return { parsed, wholeDxf: whole, lean: plain(flatten(parsed)), whole: plain(flatten({ ...parsed, dxf: whole })) };
}

describe('the text dxf-parser is handed', () => {
  it('holds the inserted blocks (nested ones too) but not the unused ones nor the OBJECTS section', () => {
    const { parsed, lean, whole } = bothWays(new TextEncoder().encode(drawing()), 'nested.dxf');
    expect(Object.keys(parsed.dxf.blocks ?? {}).sort()).toEqual(['INNER', 'OUTER']);
    expect(lean).toEqual(whole);
    // Model space's line, OUTER's line and the INNER it places.
    expect(lean.segs.length).toBeGreaterThanOrEqual(3);
    expect(leanDxfText(drawing())).not.toContain('OBJECTS');
  });

  it('keeps CRLF lines and gives the same drawing', () => {
    const text = drawing('\r\n');
    expect(leanDxfText(text).length).toBeLessThan(text.length);
    const { lean, whole } = bothWays(new TextEncoder().encode(text), 'crlf.dxf');
    expect(lean).toEqual(whole);
  });

  it('holds of the header only the variables read and of the tables only the layers, each as the whole file has it', () => {
    const header = g(0, 'SECTION', 2, 'HEADER', 9, '$ACADVER', 1, 'AC1032', 9, '$EXTMIN', 10, 0, 20, 0, 30, 0, 9, '$INSUNITS', 70, 6, 9, '$INSUNITSDEF', 70, 1, 0, 'ENDSEC');
    const ltype = g(0, 'TABLE', 2, 'LTYPE', 70, 1, 0, 'LTYPE', 2, 'DASHED', 70, 0, 3, 'Dashed', 72, 65, 73, 0, 40, 0, 0, 'ENDTAB');
    const text = drawing()
      .replace(g(0, 'SECTION', 2, 'HEADER', 9, '$INSUNITS', 70, 4, 0, 'ENDSEC'), header)
      .replace(g(0, 'SECTION', 2, 'TABLES'), g(0, 'SECTION', 2, 'TABLES') + ltype);
    const lean = leanDxfText(text);
    for (const gone of ['$EXTMIN', '$INSUNITSDEF', 'DASHED']) expect(lean).not.toContain(gone);
    const { parsed, lean: flat, whole, wholeDxf } = bothWays(new TextEncoder().encode(text), 'header.dxf');
    expect(flat).toEqual(whole);
    expect(flat.insunits).toBe(6);
    expect(parsed.version).toBe('AC1032');
    expect(parsed.dxf.header).toEqual({ $ACADVER: wholeDxf.header.$ACADVER, $INSUNITS: wholeDxf.header.$INSUNITS });
    expect(Object.keys(parsed.dxf.tables)).toEqual(['layer']);
    expect(parsed.dxf.tables.layer).toEqual(wholeDxf.tables.layer);
  });

  it('is the whole text where a line ends in a lone carriage return or a block is left open', () => {
    const cr = drawing().replace('ENDSEC\n0\nSECTION\n2\nCLASSES', 'ENDSEC\r0\nSECTION\n2\nCLASSES');
    expect(leanDxfText(cr)).toBe(cr);
    const open = drawing().replace(g(0, 'ENDBLK', 8, 0) + g(0, 'BLOCK', 8, 0, 2, 'OUTER'), g(0, 'BLOCK', 8, 0, 2, 'OUTER'));
    expect(open).not.toBe(drawing());
    expect(leanDxfText(open)).toBe(open);
  });

  it('is the text itself when there is little to leave out', () => {
    const text = drawing();
    // The same drawing with a model space a hundred times as large: the unused block and OBJECTS are crumbs.
    const big = text.replace(insert('OUTER', 2000), insert('OUTER', 2000) + line('WALL', 0, 0, 5000, 0).repeat(300));
    expect(leanDxfText(big)).toBe(big);
    expect(leanDxfText(text)).not.toBe(text);
  });

  it('gives the same drawing as the whole file on generated county and township drawings', () => {
    for (const m of ['county-hall', 'township-hall']) {
      const doc = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../models/${m}.hall.json`), 'utf8'));
      for (const opts of [{}, { version: 'AC1015' as const }, { vlinks: 'hatch' as const }]) {
        const { lean, whole } = bothWays(new TextEncoder().encode(hallToDxf(doc, opts)), `${m}.dxf`);
        expect(lean).toEqual(whole);
      }
    }
  });

  it.skipIf(!hasCorpus)('gives the same drawing as the whole file on every corpus plan, with fewer blocks parsed', () => {
    for (const f of ['barcelona-pavillion_plan.dxf', 'bjnortier-dxf_floorplan.dxf', 'dxf-json_A_000217.dxf', 'gama_house.dxf', 'ezdxf_bin_dxf_r2000.dxf', 'qcad_flange.dxf']) {
      const { lean, whole, wholeDxf, parsed } = bothWays(corpusFile(f), f);
      expect(lean, f).toEqual(whole);
      expect(parsed.version, f).toBe(String(wholeDxf.header?.$ACADVER ?? ''));
      // The layers turned off or frozen, read from the lean text, as from the whole file.
      const text = isBinaryDxf(corpusFile(f)) ? binaryDxfToText(corpusFile(f)) : decodeDxfBytes(corpusFile(f)).text;
      expect(parsed.hidden, f).toEqual(hiddenLayers(text));
    }
    const { parsed } = bothWays(corpusFile('bjnortier-dxf_floorplan.dxf'), 'bjnortier');
    expect(Object.keys(parsed.dxf.blocks ?? {}).length).toBeLessThan(20);
  });
});
