/**
 * Lines read straight from the STEP text, in web-ifc's raw form ({ type, value } arguments: 1 text,
 * 3 enum, 4 real as its text, 5 reference, 10 integer; `$` null, `*` left out, lists as arrays), for
 * the importer's line reads: web-ifc builds each line it returns across the wasm boundary, 5–35 µs a
 * line even in a batch, which is a few per cent of a building's whole import.
 *
 * A line is found by binary search over the statements' ids (exporters write them in order; a
 * statement starts a line after a `;` or a comment), checked against web-ifc's own type of that id, and
 * parsed only when everything in it is plain: texts of printable ASCII without escapes (web-ifc decodes
 * escapes and other bytes its own way), numbers, enums, references, `$`, `*` and lists. Anything else
 * (typed values such as IFCLABEL('…'), comments, escapes, a file whose ids are not in order) answers
 * undefined, and the line is read through web-ifc. Left open: a text spanning lines that holds a
 * well-formed statement of the same id and type as a real one could be read in its place.
 */

export interface RawLine {
  ID: number;
  type: number;
  arguments: unknown[];
}

const HASH = 0x23;
const NL = 0x0a;
/** Below this many bytes the search scans statement by statement. */
const SCAN = 512;
/** Give up on the text after this many lines not found with none found (ids not in order). */
const MISSES = 16;

export class StepLines {
  private hits = 0;
  private misses = 0;
  private pos = 0;
  /** Statements met so far, ordered by id (ids and where they start): each search starts between the two known around its id. */
  private knownIds = new Float64Array(256);
  private knownAt = new Float64Array(256);
  private known = 0;
  constructor(
    private readonly bytes: Uint8Array,
    /** Type code of an entity name (upper case), or undefined. */
    private readonly typeCode: (name: string) => number | undefined,
    /** web-ifc's type of a line id (0 when it has none). */
    private readonly typeOf: (id: number) => number,
  ) {}

  /** The raw line of `id`, or undefined to read it through web-ifc. */
  read(id: number): RawLine | undefined {
    if (this.hits === 0 && this.misses >= MISSES) return undefined;
    const at = this.find(id);
    if (at < 0) {
      this.misses++;
      return undefined;
    }
    const line = this.parse(at, id);
    if (line) this.hits++;
    return line;
  }

  /** Offset of the `#` that starts the statement `#id=`, or -1. */
  private find(id: number): number {
    const b = this.bytes;
    let lo = 0;
    let hi = b.length;
    // The known statements just below and above the id bound the search (ids in order).
    const ids = this.knownIds;
    let l = 0;
    let h = this.known;
    while (l < h) {
      const m = (l + h) >>> 1;
      if (ids[m] < id) l = m + 1;
      else h = m;
    }
    if (l < this.known && ids[l] === id) return this.knownAt[l];
    if (l > 0) lo = this.knownAt[l - 1] + 1;
    if (l < this.known) hi = this.knownAt[l];
    while (hi - lo > SCAN) {
      const mid = (lo + hi) >>> 1;
      const s = this.nextStatement(mid, hi);
      if (s < 0) {
        hi = mid;
        continue;
      }
      const sid = this.idAt(s);
      if (sid >= 0) this.remember(sid, s);
      if (sid === id) return s;
      if (sid < id) lo = this.pos;
      else hi = mid;
    }
    for (let s = this.nextStatement(lo, hi + SCAN); s >= 0 && s < hi + SCAN; s = this.nextStatement(this.pos, hi + SCAN)) {
      const sid = this.idAt(s);
      if (sid === id) return s;
      if (sid > id) break;
    }
    return -1;
  }

  /** Adds a statement to the known ones, unless its id is out of order with them (then ids are not in order there: it is left out). */
  private remember(id: number, at: number): void {
    const ids = this.knownIds;
    let l = 0;
    let h = this.known;
    while (l < h) {
      const m = (l + h) >>> 1;
      if (ids[m] < id) l = m + 1;
      else h = m;
    }
    if (l < this.known && ids[l] === id) return;
    if ((l > 0 && this.knownAt[l - 1] > at) || (l < this.known && this.knownAt[l] < at)) return;
    if (this.known === ids.length) {
      const ni = new Float64Array(ids.length * 2);
      ni.set(ids);
      this.knownIds = ni;
      const na = new Float64Array(ids.length * 2);
      na.set(this.knownAt);
      this.knownAt = na;
    }
    this.knownIds.copyWithin(l + 1, l, this.known);
    this.knownAt.copyWithin(l + 1, l, this.known);
    this.knownIds[l] = id;
    this.knownAt[l] = at;
    this.known++;
  }

  /** The first `#` at the start of a line at or after `from` and before `end` (-1 if none); `pos` is set past it. */
  private nextStatement(from: number, end: number): number {
    const b = this.bytes;
    let i = from;
    for (;;) {
      i = b.indexOf(NL, i);
      if (i < 0 || i + 1 >= end) return -1;
      i++;
      if (b[i] === HASH && afterStatement(b, i - 1)) {
        this.pos = i + 1;
        return i;
      }
    }
  }

  /** The id written after the `#` at `s` (-1 when it is not digits followed by `=`). */
  private idAt(s: number): number {
    const b = this.bytes;
    let i = s + 1;
    let n = 0;
    let digits = 0;
    while (i < b.length && b[i] >= 0x30 && b[i] <= 0x39) {
      n = n * 10 + (b[i] - 0x30);
      i++;
      digits++;
    }
    while (b[i] === 0x20) i++;
    return digits > 0 && digits < 16 && b[i] === 0x3d ? n : -1;
  }

  private parse(s: number, id: number): RawLine | undefined {
    const b = this.bytes;
    let i = b.indexOf(0x3d, s) + 1;
    while (b[i] === 0x20) i++;
    const nameStart = i;
    while ((b[i] >= 0x41 && b[i] <= 0x5a) || (b[i] >= 0x30 && b[i] <= 0x39) || b[i] === 0x5f) i++;
    if (i === nameStart || b[i] !== 0x28) return undefined;
    let name = '';
    for (let k = nameStart; k < i; k++) name += String.fromCharCode(b[k]);
    const type = this.typeCode(name);
    if (type === undefined || this.typeOf(id) !== type) return undefined;
    this.pos = i;
    const args = this.list();
    if (!args) return undefined;
    i = this.pos;
    while (b[i] === 0x20) i++;
    return b[i] === 0x3b ? { ID: id, type, arguments: args } : undefined;
  }

  /** The list whose `(` is at `pos`; `pos` is left after its `)`. undefined when something in it is not plain. */
  private list(): unknown[] | undefined {
    const b = this.bytes;
    let i = this.pos + 1;
    const out: unknown[] = [];
    for (;;) {
      while (b[i] === 0x20 || b[i] === NL || b[i] === 0x0d) i++;
      const c = b[i];
      if (c === 0x29 && out.length === 0) {
        this.pos = i + 1;
        return out;
      }
      if (c === 0x24) {
        out.push(null);
        i++;
      } else if (c === 0x2a) {
        // web-ifc leaves derived attributes out of the arguments.
        i++;
      } else if (c === HASH) {
        let n = 0;
        let k = i + 1;
        while (b[k] >= 0x30 && b[k] <= 0x39) n = n * 10 + (b[k++] - 0x30);
        if (k === i + 1 || k - i > 16) return undefined;
        out.push({ type: 5, value: n });
        i = k;
      } else if (c === 0x27) {
        let v = '';
        let k = i + 1;
        for (;;) {
          const x = b[k];
          if (x === 0x27) {
            if (b[k + 1] !== 0x27) break;
            v += "'";
            k += 2;
            continue;
          }
          // Escapes and anything outside printable ASCII: web-ifc's decoding decides.
          if (x === undefined || x < 0x20 || x > 0x7e || x === 0x5c) return undefined;
          v += String.fromCharCode(x);
          k++;
        }
        out.push({ type: 1, value: v });
        i = k + 1;
      } else if (c === 0x2e) {
        let k = i + 1;
        let v = '';
        while ((b[k] >= 0x41 && b[k] <= 0x5a) || (b[k] >= 0x30 && b[k] <= 0x39) || b[k] === 0x5f) v += String.fromCharCode(b[k++]);
        if (b[k] !== 0x2e || v === '') return undefined;
        out.push({ type: 3, value: v });
        i = k + 1;
      } else if (c === 0x2d || c === 0x2b || (c >= 0x30 && c <= 0x39)) {
        let k = i;
        let t = '';
        while ((b[k] >= 0x30 && b[k] <= 0x39) || b[k] === 0x2e || b[k] === 0x2d || b[k] === 0x2b || b[k] === 0x45 || b[k] === 0x65) t += String.fromCharCode(b[k++]);
        if (INTEGER.test(t)) out.push({ type: 10, value: Number(t) });
        else if (REAL.test(t)) out.push({ type: 4, value: t });
        else return undefined;
        i = k;
      } else if (c === 0x28) {
        this.pos = i;
        const inner = this.list();
        if (!inner) return undefined;
        out.push(inner);
        i = this.pos;
      } else return undefined;
      while (b[i] === 0x20 || b[i] === NL || b[i] === 0x0d) i++;
      if (b[i] === 0x2c) {
        i++;
        continue;
      }
      if (b[i] === 0x29) {
        this.pos = i + 1;
        return out;
      }
      return undefined;
    }
  }
}

/** Whether the text before the line break at `nl` ends a statement (`;`) or a comment: a `#` after it starts a statement, not a line of a text. */
function afterStatement(b: Uint8Array, nl: number): boolean {
  let k = nl - 1;
  while (k >= 0 && (b[k] === 0x20 || b[k] === 0x0d || b[k] === NL || b[k] === 0x09)) k--;
  return k >= 0 && (b[k] === 0x3b || (b[k] === 0x2f && b[k - 1] === 0x2a));
}

const INTEGER = /^[+-]?\d+$/;
const REAL = /^[+-]?\d+\.\d*(?:[Ee][+-]?\d+)?$/;
