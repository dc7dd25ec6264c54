/** A tiny ISO 10303-21 (STEP physical file) writer: entity lines and value encoding. */

/** IFC string literal: quotes doubled, backslash escaped, non-ASCII as \X2\…\X0\ (UTF-16 hex). */
export function s(text: string | undefined | null): string {
  if (text === undefined || text === null) return '$';
  let out = '';
  let wide = '';
  const flush = () => {
    if (wide) out += `\\X2\\${wide}\\X0\\`;
    wide = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      flush();
      const ch = text[i];
      out += ch === "'" ? "''" : ch === '\\' ? '\\\\' : ch;
    } else if (c >= 0x80 || c === 0x0a || c === 0x0d || c === 0x09) wide += c.toString(16).toUpperCase().padStart(4, '0');
  }
  flush();
  return `'${out}'`;
}

/** REAL: always with a decimal point, exponent in upper case. */
export function f(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} as an IFC REAL`);
  const x = Object.is(n, -0) ? 0 : n;
  let t = String(x);
  if (t.includes('e')) {
    const [m, e] = t.split('e');
    t = `${m.includes('.') ? m : m + '.'}E${e}`;
  } else if (!t.includes('.')) t += '.';
  return t;
}

export const e = (v: string) => `.${v}.`;
export const b = (v: boolean) => (v ? '.T.' : '.F.');
export const r = (id: number) => `#${id}`;
export const list = (items: string[]) => `(${items.join(',')})`;
export const refList = (ids: number[]) => list(ids.map(r));

export class StepWriter {
  readonly lines: string[] = [];
  constructor(public next: number) {}
  add(type: string, ...args: string[]): number {
    const id = this.next++;
    this.lines.push(`#${id}=${type}(${args.join(',')});`);
    return id;
  }
}

/** IfcCompoundPlaneAngleMeasure for decimal degrees: (deg, min, sec, millionths), one sign throughout. */
export function compound(d: number): string {
  const sign = d < 0 ? -1 : 1;
  let micro = Math.round(Math.abs(d) * 3600 * 1e6);
  const deg = Math.floor(micro / 3600e6);
  micro -= deg * 3600e6;
  const min = Math.floor(micro / 60e6);
  micro -= min * 60e6;
  const sec = Math.floor(micro / 1e6);
  micro -= sec * 1e6;
  return list([deg, min, sec, micro].map((v) => String(sign * v === 0 ? 0 : sign * v)));
}
