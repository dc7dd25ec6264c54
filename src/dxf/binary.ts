/**
 * Binary DXF → ASCII DXF text. dxf-parser reads only the ASCII form; binary DXF (AutoCAD's DXFOUT "binary"
 * option, R12 to R2018) holds the same group-code/value pairs, typed by the code's range, so rewriting it as
 * text loses nothing the parser would read.
 */
import { DxfImportError } from './errors';

const SENTINEL = 'AutoCAD Binary DXF\r\n\x1a\0';

export function isBinaryDxf(bytes: Uint8Array): boolean {
  if (bytes.length < SENTINEL.length) return false;
  for (let i = 0; i < SENTINEL.length; i++) if (bytes[i] !== SENTINEL.charCodeAt(i)) return false;
  return true;
}

type Kind = 'str' | 'f64' | 'i16' | 'i32' | 'i64' | 'bool' | 'bin';

/** Value type of a group code (DXF reference, "Group Code Value Types"). */
function kindOf(code: number): Kind {
  if (code <= 9) return 'str';
  if (code <= 59) return 'f64';
  if (code <= 79) return 'i16';
  if (code <= 99) return 'i32';
  if (code <= 109) return 'str';
  if (code <= 149) return 'f64';
  if (code <= 169) return 'i64';
  if (code <= 179) return 'i16';
  if (code <= 209) return 'i16';
  if (code <= 239) return 'f64';
  if (code <= 269) return 'i16';
  if (code <= 289) return 'i16';
  if (code <= 299) return 'bool';
  if (code <= 309) return 'str';
  if (code <= 319) return 'bin';
  if (code <= 369) return 'str';
  if (code <= 389) return 'i16';
  if (code <= 399) return 'str';
  if (code <= 409) return 'i16';
  if (code <= 419) return 'str';
  if (code <= 429) return 'i32';
  if (code <= 439) return 'str';
  if (code <= 459) return 'i32';
  if (code <= 469) return 'f64';
  if (code <= 481) return 'str';
  if (code === 999) return 'str';
  if (code === 1004) return 'bin';
  if (code >= 1000 && code <= 1009) return 'str';
  if (code >= 1010 && code <= 1059) return 'f64';
  if (code >= 1060 && code <= 1070) return 'i16';
  if (code === 1071) return 'i32';
  return 'str';
}

const CODEPAGES: Record<string, string> = {
  ANSI_936: 'gbk',
  ANSI_950: 'big5',
  ANSI_932: 'shift_jis',
  ANSI_949: 'euc-kr',
  ANSI_1250: 'windows-1250',
  ANSI_1251: 'windows-1251',
  ANSI_1252: 'windows-1252',
  ANSI_1253: 'windows-1253',
  ANSI_1254: 'windows-1254',
  ANSI_1257: 'windows-1257',
};

/** TextDecoder label for a $DWGCODEPAGE value; GBK when unknown (the Chinese CAD programs' default). */
export function codepageEncoding(codepage: string | undefined): string {
  return (codepage && CODEPAGES[codepage.trim().toUpperCase()]) || 'gbk';
}

/** The whole binary file as ASCII DXF text. Throws DxfImportError saying at which byte it broke. */
export function binaryDxfToText(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = SENTINEL.length;
  // R12 writes 1-byte group codes (255 = a 2-byte code follows); R13 and later 2-byte codes. The first
  // group is always 0/SECTION, so a second zero byte means 2-byte codes.
  const wide = bytes[at] === 0 && bytes[at + 1] === 0;
  let decoder = new TextDecoder('utf-8');
  let wantCodepage = false;
  const out: string[] = [];
  const need = (n: number) => {
    if (at + n > bytes.length) throw new DxfImportError(`binary DXF is truncated at byte ${at} of ${bytes.length} / 二进制 DXF 文件不完整（在第 ${at} 字节处中断）`, 'file');
  };
  while (at < bytes.length) {
    let code: number;
    if (wide) {
      need(2);
      code = view.getUint16(at, true);
      at += 2;
    } else {
      need(1);
      code = bytes[at++];
      if (code === 255) {
        need(2);
        code = view.getUint16(at, true);
        at += 2;
      }
    }
    let value: string;
    switch (kindOf(code)) {
      case 'str': {
        let end = at;
        while (end < bytes.length && bytes[end] !== 0) end++;
        if (end >= bytes.length) need(end - at + 1);
        value = decoder.decode(bytes.subarray(at, end));
        at = end + 1;
        break;
      }
      case 'f64':
        need(8);
        value = String(view.getFloat64(at, true));
        at += 8;
        break;
      case 'i16':
        need(2);
        value = String(view.getInt16(at, true));
        at += 2;
        break;
      case 'i32':
        need(4);
        value = String(view.getInt32(at, true));
        at += 4;
        break;
      case 'i64':
        need(8);
        value = String(view.getBigInt64(at, true));
        at += 8;
        break;
      case 'bool':
        need(1);
        value = String(bytes[at]);
        at += 1;
        break;
      case 'bin': {
        need(1);
        const n = bytes[at++];
        need(n);
        let hex = '';
        for (let i = 0; i < n; i++) hex += bytes[at + i].toString(16).padStart(2, '0');
        value = hex.toUpperCase();
        at += n;
        break;
      }
    }
    if (wantCodepage && code === 3) {
      wantCodepage = false;
      // Strings before the code page are ASCII header names, so switching here decodes everything that matters.
      try {
        decoder = new TextDecoder(codepageEncoding(value));
      } catch {
        /* keep UTF-8 */
      }
    }
    if (code === 9 && value === '$DWGCODEPAGE') wantCodepage = true;
    if (code === 9 && value === '$ACADVER') wantCodepage = false;
    // Text groups cannot hold line breaks in ASCII DXF.
    out.push(String(code), value.replace(/\r?\n/g, ' '));
    if (code === 0 && value === 'EOF') break;
  }
  return out.join('\n') + '\n';
}
