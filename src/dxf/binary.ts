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

/** A cursor over the binary groups; every read checks that the bytes are there and names the byte where they are not. */
class BinaryReader {
  at = SENTINEL.length;
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get more(): boolean {
    return this.at < this.bytes.length;
  }
  need(n: number): void {
    const { at, bytes } = this;
    if (at + n > bytes.length)
      throw new DxfImportError(
        { zh: `二进制 DXF 文件不完整：在第 ${at} 字节处中断（共 ${bytes.length} 字节）`, en: `binary DXF is truncated at byte ${at} of ${bytes.length}` },
        'file',
      );
  }
  u8(): number {
    this.need(1);
    return this.bytes[this.at++];
  }
  u16(): number {
    this.need(2);
    const v = this.view.getUint16(this.at, true);
    this.at += 2;
    return v;
  }
  /** A group code: R12 writes 1-byte codes (255 = a 2-byte code follows); R13 and later 2-byte codes. */
  code(wide: boolean): number {
    if (wide) return this.u16();
    const c = this.u8();
    return c === 255 ? this.u16() : c;
  }
  /** The value of a group of this kind, as ASCII DXF writes it. */
  value(kind: Kind, decoder: { decode(b: Uint8Array): string }): string {
    const { bytes, view } = this;
    let value: string;
    switch (kind) {
      case 'str': {
        let end = this.at;
        while (end < bytes.length && bytes[end] !== 0) end++;
        if (end >= bytes.length) this.need(end - this.at + 1);
        value = decoder.decode(bytes.subarray(this.at, end));
        this.at = end + 1;
        return value;
      }
      case 'f64':
        this.need(8);
        value = String(view.getFloat64(this.at, true));
        this.at += 8;
        return value;
      case 'i16':
        this.need(2);
        value = String(view.getInt16(this.at, true));
        this.at += 2;
        return value;
      case 'i32':
        this.need(4);
        value = String(view.getInt32(this.at, true));
        this.at += 4;
        return value;
      case 'i64':
        this.need(8);
        value = String(view.getBigInt64(this.at, true));
        this.at += 8;
        return value;
      case 'bool':
        return String(this.u8());
      case 'bin': {
        const n = this.u8();
        this.need(n);
        let hex = '';
        for (let i = 0; i < n; i++) hex += bytes[this.at + i].toString(16).padStart(2, '0');
        this.at += n;
        return hex.toUpperCase();
      }
    }
  }
}

/** The whole binary file as ASCII DXF text. Throws DxfImportError saying at which byte it broke. */
export function binaryDxfToText(bytes: Uint8Array): string {
  const r = new BinaryReader(bytes);
  // The first group is always 0/SECTION, so a second zero byte means 2-byte codes.
  const wide = bytes[r.at] === 0 && bytes[r.at + 1] === 0;
  let decoder = new TextDecoder('utf-8');
  let wantCodepage = false;
  const out: string[] = [];
  while (r.more) {
    const code = r.code(wide);
    const value = r.value(kindOf(code), decoder);
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
