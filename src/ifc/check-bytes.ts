/** Cheap checks on the raw bytes before web-ifc sees them, so bad input gets a message a person can act on. */
import { IfcImportError } from './errors';

// TextDecoder's 'latin1' is really windows-1252, which differs only in 0x80–0x9F; it is ~100× faster
// than building the string by hand, which mattered on small files (a millisecond per import).
// windows-1252 turns those bytes into characters above U+00FF, except five it keeps as they are, so a
// decoded text with no character above U+00FF is the latin-1 text. Asking the regex engine that is
// cheaper than a JavaScript loop over the bytes first (which runs unoptimised on a small file's import).
// (Node's decoder gives latin-1 under that label; browsers' give windows-1252: `decode` lets a test use either.)
const decoder = typeof TextDecoder !== 'undefined' ? new TextDecoder('latin1') : undefined;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 to match everything above Latin-1
const ABOVE_LATIN1 = /[^\u0000-\u00ff]/;
export const latin1 = (b: Uint8Array, decode: ((b: Uint8Array) => string) | undefined = decoder && ((x) => decoder.decode(x))): string => {
  if (decode) {
    const s = decode(b);
    if (!ABOVE_LATIN1.test(s)) return s;
  }
  let s = '';
  for (let i = 0; i < b.length; i += 1024) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, Math.min(b.length, i + 1024))));
  return s;
};

export const SUPPORTED_SCHEMA = /^IFC(2X3|4|4X1|4X2|4X3)(_[A-Z0-9_]+)?$/;

/** Returns the header's FILE_SCHEMA; throws IfcImportError for empty, non-STEP, truncated or unsupported files. */
export function checkIfcBytes(bytes: Uint8Array, fileName: string): string {
  if (!bytes || bytes.length === 0) throw new IfcImportError(`${fileName}: the file is empty (0 bytes) / 文件为空`, 'file');
  const head = latin1(bytes.subarray(0, 16384));
  const start = head.replace(/^(\uFEFF|\xEF\xBB\xBF)/, '').trimStart();
  if (!start.startsWith('ISO-10303-21')) {
    let what = 'it does not start with "ISO-10303-21;"';
    const printable = [...head.slice(0, 512)].filter((c) => c >= ' ' || c === '\n' || c === '\r' || c === '\t').length / Math.max(1, Math.min(512, head.length));
    if (start.startsWith('PK\x03\x04')) what = 'it is a zip archive (an .ifczip? unzip it first)';
    else if (printable < 0.9) what = 'it holds binary data';
    else if (/^[{[]/.test(start)) what = 'it looks like JSON (a .hall.json? open it as a hall file)';
    else if (start.startsWith('<')) what = 'it looks like XML (ifcXML is not supported)';
    throw new IfcImportError(`${fileName}: not an IFC (STEP) file: ${what} / 不是 IFC 文件`, 'file');
  }
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (!/END-ISO-10303-21\s*;/.test(tail)) {
    const last = tail.trimEnd().split(/\r?\n/).pop()?.slice(0, 60) ?? '';
    throw new IfcImportError(
      `${fileName}: the file is truncated: it does not end with "END-ISO-10303-21;" (${bytes.length} bytes; last line "${last}") / 文件不完整（被截断）`,
      'file',
    );
  }
  const m = /FILE_SCHEMA\s*\(\s*\(\s*'([^']*)'/i.exec(head);
  if (!m) throw new IfcImportError(`${fileName}: the STEP header has no FILE_SCHEMA / 文件头缺少 FILE_SCHEMA`, 'header');
  const schema = m[1].toUpperCase();
  if (!SUPPORTED_SCHEMA.test(schema)) throw new IfcImportError(`${fileName}: schema "${m[1]}" is not an IFC schema we read (IFC2X3, IFC4, IFC4X3) / 不支持的模式`, 'header');
  if (!/\bDATA\s*;/.test(head) && !latin1(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).match(/\bDATA\s*;/)) {
    throw new IfcImportError(`${fileName}: no DATA section / 缺少 DATA 段`, 'header');
  }
  return schema;
}
