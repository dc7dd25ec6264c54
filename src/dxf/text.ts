/** DXF text: bytes to string (code page, UTF-8), and TEXT/MTEXT content without its formatting codes. */
import { codepageEncoding } from './binary';

/** The file's text. R2007+ files are UTF-8; older ones use $DWGCODEPAGE (GBK for Chinese CAD). */
export function decodeDxfBytes(bytes: Uint8Array): { text: string; encoding: string } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 65536)));
  const cp = /\$DWGCODEPAGE\s*\r?\n\s*3\s*\r?\n([^\r\n]*)/.exec(head)?.[1];
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const encoding = codepageEncoding(cp);
    return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
}

/** \U+XXXX escapes (how AutoCAD writes characters outside the code page) and %%-codes. */
function decodeEscapes(s: string): string {
  return s
    .replace(/\\U\+([0-9A-Fa-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/%%[uUoOkK]/g, '')
    .replace(/%%[dD]/g, '°')
    .replace(/%%[pP]/g, '±')
    .replace(/%%[cC]/g, '⌀')
    .replace(/%%%/g, '%');
}

/** Plain text of a TEXT or MTEXT value: paragraph breaks as spaces, fonts, heights, colours and stacking removed. */
export function plainText(raw: string): string {
  let s = decodeEscapes(raw);
  s = s
    .replace(/\\P/g, ' ')
    .replace(/\\~/g, ' ')
    .replace(/\\[fFHWQTACcp][^;\\{}]*;/g, '')
    .replace(/\\S([^;^#/]*)[\^#/]([^;]*);/g, '$1/$2')
    .replace(/\\[LlOoKkNX]/g, '')
    .replace(/\\\\/g, '\\')
    .replace(/[{}]/g, '');
  return s.replace(/\s+/g, ' ').trim();
}
