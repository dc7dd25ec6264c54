/**
 * Lines of files that write `*` where an attribute is not derived (some authoring tools write it for
 * OwnerHistory, a storey's Elevation, a placement's Axis …). web-ifc leaves every `*` out of a line's
 * arguments, as if the attribute were derived, so each attribute after it is read one place too early:
 * a storey's ObjectPlacement and Elevation come back null and its Name is its CompositionType. Here a
 * statement's arguments are read from the text with every position kept (`*` as STAR, texts with their
 * escapes decoded), so the reader can line them up with the attributes itself.
 */

/**
 * A STEP text's escapes decoded (ISO 10303-21 §6.4.3): `\X2\…\X0\` (UTF-16) and `\X4\…\X0\` (UTF-32) runs, `\X\hh`
 * (ISO 8859-1), `\S\c` (the upper half of the page) and `\\`. These lines are read from the text, not by web-ifc,
 * so nothing else decodes them; done once, left to right, so a decoded backslash is never read as an escape again.
 */
export function decodeStepText(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(
    /\\X2\\((?:[0-9A-Fa-f]{4})*)\\X0\\|\\X4\\((?:[0-9A-Fa-f]{8})*)\\X0\\|\\X\\([0-9A-Fa-f]{2})|\\S\\([\s\S])|\\\\/g,
    (m, x2?: string, x4?: string, x?: string, sc?: string) => {
      if (x2 !== undefined) return String.fromCharCode(...(x2.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
      if (x4 !== undefined) return String.fromCodePoint(...(x4.match(/.{8}/g) ?? []).map((h) => Number.parseInt(h, 16)));
      if (x !== undefined) return String.fromCharCode(Number.parseInt(x, 16));
      if (sc !== undefined) return String.fromCharCode(sc.charCodeAt(0) + 128);
      return m === '\\\\' ? '\\' : m;
    },
  );
}

export const STAR = Object.freeze({ type: 0, star: true as const });

export interface FullLine {
  ID: number;
  /** Entity name as written, upper case (IFCBUILDINGSTOREY). */
  name: string;
  arguments: unknown[];
}

/**
 * Whether any statement writes `*` as an argument where the attribute is not one that is commonly
 * derived (IfcSIUnit's Dimensions, a sub-context's inherited attributes): only then are lines re-read.
 * One byte search for `*`, which the files that do not need it have a handful of.
 */
export function hasNonDerivedStars(bytes: Uint8Array): boolean {
  const DERIVED_TYPES = /^(IFCSIUNIT|IFCGEOMETRICREPRESENTATIONSUBCONTEXT|IFCORIENTEDEDGE|IFCSURFACESTYLERENDERING)$/;
  let i = bytes.indexOf(0x2a);
  while (i >= 0) {
    const before = prevNonSpace(bytes, i);
    const after = nextNonSpace(bytes, i);
    // `*` as an argument: after `(` or `,`, before `,` or `)` (not a comment's `/*` or `*/`).
    if ((bytes[before] === 0x2c || bytes[before] === 0x28) && (bytes[after] === 0x2c || bytes[after] === 0x29)) {
      const name = statementName(bytes, i);
      if (name && !DERIVED_TYPES.test(name)) return true;
    }
    i = bytes.indexOf(0x2a, i + 1);
  }
  return false;
}

function prevNonSpace(b: Uint8Array, i: number): number {
  let k = i - 1;
  while (k >= 0 && (b[k] === 0x20 || b[k] === 0x0a || b[k] === 0x0d || b[k] === 0x09)) k--;
  return k;
}
function nextNonSpace(b: Uint8Array, i: number): number {
  let k = i + 1;
  while (k < b.length && (b[k] === 0x20 || b[k] === 0x0a || b[k] === 0x0d || b[k] === 0x09)) k++;
  return k;
}

/** The entity name of the statement around offset `i` (the word after the last `=` before it on its statement). */
function statementName(b: Uint8Array, i: number): string | undefined {
  let k = i;
  while (k > 0 && b[k] !== 0x3d && b[k] !== 0x3b) k--;
  if (b[k] !== 0x3d) return undefined;
  k = nextNonSpace(b, k);
  let name = '';
  while ((b[k] >= 0x41 && b[k] <= 0x5a) || (b[k] >= 0x30 && b[k] <= 0x39) || b[k] === 0x5f) name += String.fromCharCode(b[k++]);
  return name || undefined;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

export class StarLines {
  private at = new Map<number, number>();
  constructor(private readonly bytes: Uint8Array) {
    // Every statement `#id=` that starts a line (after a `;` or at the file's start), indexed once.
    const b = bytes;
    let i = b.indexOf(0x23);
    while (i >= 0) {
      const p = prevNonSpace(b, i);
      if (p < 0 || b[p] === 0x3b || (b[p] === 0x2f && b[p - 1] === 0x2a)) {
        let n = 0;
        let k = i + 1;
        while (isDigit(b[k])) n = n * 10 + (b[k++] - 0x30);
        k = nextNonSpace(b, k - 1);
        if (k > i + 1 && b[k] === 0x3d) this.at.set(n, i);
      }
      i = b.indexOf(0x23, i + 1);
    }
  }

  get size(): number {
    return this.at.size;
  }

  /** The statement `#id`, every argument in its place; undefined when it is not found or not readable. */
  read(id: number): FullLine | undefined {
    const s = this.at.get(id);
    if (s === undefined) return undefined;
    const b = this.bytes;
    let i = nextNonSpace(b, b.indexOf(0x3d, s));
    let name = '';
    while ((b[i] >= 0x41 && b[i] <= 0x5a) || isDigit(b[i]) || b[i] === 0x5f) name += String.fromCharCode(b[i++]);
    i = i - 1;
    i = nextNonSpace(b, i);
    if (!name || b[i] !== 0x28) return undefined;
    const p = new Parser(b, i);
    const args = p.list();
    return args ? { ID: id, name, arguments: args } : undefined;
  }
}

/** STEP arguments in web-ifc's raw shapes: 1 text (escapes kept), 3 enum, 4 real as text, 5 reference, 10 integer, 2 typed value. */
class Parser {
  constructor(
    private readonly b: Uint8Array,
    public pos: number,
  ) {}

  private skip(): void {
    const b = this.b;
    while (b[this.pos] === 0x20 || b[this.pos] === 0x0a || b[this.pos] === 0x0d || b[this.pos] === 0x09) this.pos++;
  }

  list(): unknown[] | undefined {
    const b = this.b;
    this.pos++;
    const out: unknown[] = [];
    this.skip();
    if (b[this.pos] === 0x29) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skip();
      const v = this.value();
      if (v === undefined) return undefined;
      out.push(v);
      this.skip();
      if (b[this.pos] === 0x2c) {
        this.pos++;
        continue;
      }
      if (b[this.pos] === 0x29) {
        this.pos++;
        return out;
      }
      return undefined;
    }
  }

  private value(): unknown {
    const b = this.b;
    const c = b[this.pos];
    if (c === 0x24) {
      this.pos++;
      return null;
    }
    if (c === 0x2a) {
      this.pos++;
      return STAR;
    }
    if (c === 0x23) {
      let n = 0;
      let k = this.pos + 1;
      while (isDigit(b[k])) n = n * 10 + (b[k++] - 0x30);
      if (k === this.pos + 1) return undefined;
      this.pos = k;
      return { type: 5, value: n };
    }
    if (c === 0x27) {
      const bytes: number[] = [];
      let k = this.pos + 1;
      for (;;) {
        const x = b[k];
        if (x === undefined) return undefined;
        if (x === 0x27) {
          if (b[k + 1] !== 0x27) break;
          bytes.push(0x27);
          k += 2;
          continue;
        }
        bytes.push(x);
        k++;
      }
      this.pos = k + 1;
      return { type: 1, value: decodeStepText(new TextDecoder().decode(new Uint8Array(bytes))) };
    }
    if (c === 0x2e) {
      let k = this.pos + 1;
      let v = '';
      while ((b[k] >= 0x41 && b[k] <= 0x5a) || isDigit(b[k]) || b[k] === 0x5f) v += String.fromCharCode(b[k++]);
      if (b[k] !== 0x2e || v === '') return undefined;
      this.pos = k + 1;
      return { type: 3, value: v };
    }
    if (c === 0x2d || c === 0x2b || isDigit(c)) {
      let k = this.pos;
      let t = '';
      while (isDigit(b[k]) || b[k] === 0x2e || b[k] === 0x2d || b[k] === 0x2b || b[k] === 0x45 || b[k] === 0x65) t += String.fromCharCode(b[k++]);
      this.pos = k;
      if (/^[+-]?\d+$/.test(t)) return { type: 10, value: Number(t) };
      if (/^[+-]?\d+\.\d*(?:[Ee][+-]?\d+)?$/.test(t)) return { type: 4, value: t };
      return undefined;
    }
    if (c === 0x28) return this.list();
    if (c >= 0x41 && c <= 0x5a) {
      // A typed value: IFCLABEL('…'), IFCLENGTHMEASURE(2.5).
      let label = '';
      while ((b[this.pos] >= 0x41 && b[this.pos] <= 0x5a) || isDigit(b[this.pos]) || b[this.pos] === 0x5f) label += String.fromCharCode(b[this.pos++]);
      this.skip();
      if (b[this.pos] !== 0x28) return undefined;
      const inner = this.list();
      if (inner?.length !== 1) return undefined;
      const v = inner[0] as { type?: number; value?: unknown } | null;
      const value = typeof v === 'object' && v !== null && 'value' in v ? (v.type === 4 ? Number(v.value) : v.value) : v;
      return { type: 2, label, value };
    }
    return undefined;
  }
}
