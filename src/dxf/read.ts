/**
 * Bytes → dxf-parser's object: checks that the file is a DXF at all, turns binary DXF into text, decodes the
 * code page and runs dxf-parser (taught to read HATCH and ATTRIB). flatten.ts turns the result into plain primitives.
 */
import DxfParser from 'dxf-parser';
import type { IDxf } from 'dxf-parser';
import { binaryDxfToText, isBinaryDxf } from './binary';
import { DxfImportError } from './errors';
import { registerAttrib } from './attrib';
import { registerHatch } from './hatch';
import { hiddenLayers } from './layer-states';
import { leanDxfText } from './lean-text';
import type { StageClock } from './stage-clock';
import { decodeDxfBytes } from './text';

export interface ParsedDxf {
  dxf: IDxf;
  version: string;
  encoding: string;
  binary: boolean;
  parseMs: number;
  /** Layers turned off or frozen in the drawing. */
  hidden: Map<string, 'off' | 'frozen'>;
}

/** The file as dxf-parser's object. Throws DxfImportError for files that are not DXF, empty or cut short. */
export function parseDxfBytes(bytes: Uint8Array, fileName = 'drawing.dxf', clock?: StageClock): ParsedDxf {
  if (bytes.length === 0) throw new DxfImportError({ zh: `${fileName}：文件为空`, en: `${fileName}: the file is empty` }, 'file');
  const binary = isBinaryDxf(bytes);
  let text: string;
  let encoding: string;
  if (binary) {
    text = binaryDxfToText(bytes);
    encoding = 'binary';
  } else {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    if (/^\s*AC10\d\d/.test(head) || head.startsWith('AC1')) {
      throw new DxfImportError(
        {
          zh: `${fileName}：这是 DWG 文件，HallTwin 不能直接读取；请在 CAD 中另存为 DXF`,
          en: `${fileName}: this is a DWG file, which HallTwin cannot read; save it as DXF in your CAD program`,
        },
        'file',
      );
    }
    if (!/^\s*(999\s*\r?\n[^\n]*\n\s*)*0\s*\r?\n\s*SECTION\s*\r?\n/.test(head)) {
      throw new DxfImportError({ zh: `${fileName}：不是 DXF 文件（DXF 以“0 / SECTION”开头）`, en: `${fileName}: not a DXF file (a DXF starts with "0 / SECTION")` }, 'file');
    }
    ({ text, encoding } = decodeDxfBytes(bytes));
  }
  const tail = text.slice(-256);
  if (!/\n\s*0\s*\r?\n\s*EOF\s*$/.test(tail) && !/^\s*0\s*\r?\n\s*EOF/.test(tail)) {
    const lines = text.length > 0 ? text.split('\n').length : 0;
    throw new DxfImportError(
      {
        zh: `${fileName}：文件不完整（在第 ${lines} 行处中断，缺少结尾的“0 / EOF”）；请重新复制，或从 CAD 重新另存`,
        en: `${fileName}: the file is cut short (it ends at line ${lines} without the closing "0 / EOF"); copy it again or save it again from CAD`,
      },
      'file',
    );
  }
  clock?.at('parse');
  const t0 = performance.now();
  let dxf: IDxf | null;
  // The layer states are read from the same lean text: its TABLES section holds the LAYER table alone.
  const lean = leanDxfText(text);
  try {
    const parser = new DxfParser();
    registerHatch(parser);
    registerAttrib(parser);
    dxf = parser.parseSync(lean);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new DxfImportError({ zh: `${fileName}：DXF 解析失败（${msg.slice(0, 200)}）`, en: `${fileName}: the DXF could not be read (${msg.slice(0, 200)})` }, 'parse');
  }
  const parseMs = performance.now() - t0;
  if (!dxf) throw new DxfImportError({ zh: `${fileName}：DXF 解析失败`, en: `${fileName}: the DXF could not be read` }, 'parse');
  clock?.at('read');
  const version = String((dxf.header?.$ACADVER as unknown) ?? '');
  return { dxf, version, encoding, binary, parseMs, hidden: hiddenLayers(lean) };
}
