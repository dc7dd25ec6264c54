/**
 * One pass over a STEP file's bytes before web-ifc sees them, for what web-ifc gets wrong silently:
 * - an entity id defined twice (a duplicated DATA section, a botched merge): web-ifc keeps one of them at random
 *   and may then loop forever on the placements; the file is refused, saying where;
 * - an id that is not a number (`#=`, `#x=`): refused;
 * - a string longer than web-ifc's 16-bit length (65,535 bytes): web-ifc drops the whole entity (a wall with a
 *   very long description vanished); such strings are shortened in a copy of the bytes, with a warning.
 * Only `'`, `#` and `/` bytes are visited one by one (found with indexOf), so the pass costs little next to
 * web-ifc's own parse.
 */

/** Strings at least this long (bytes between the quotes) are shortened. */
export const LONG_STRING = 60_000;
/** What a shortened string keeps (bytes). */
const KEEP = 4_000;

export interface StepScan {
  /** Content ranges [start, end) of strings longer than LONG_STRING, with the id of the entity holding them. */
  long: { start: number; end: number; id: number }[];
  /** The first id defined twice, with the offsets of both definitions. */
  duplicate?: { id: number; first: number; second: number };
  /** Offset of the first `#` that starts a definition with a malformed id. */
  broken?: number;
  /** Entity definitions seen. */
  entities: number;
}

const QUOTE = 0x27;
const CLOSE_RUN = new Uint8Array([0x5c, 0x58, 0x30, 0x5c]);
const HASH = 0x23;
const SLASH = 0x2f;
const STAR = 0x2a;

export function scanStep(b: Uint8Array): StepScan {
  const out: StepScan = { long: [], entities: 0 };
  const ids = new IdsSeen();
  const firstAt = new Map<number, number>();
  let currentId = -1;
  let nextQuote = b.indexOf(QUOTE);
  let nextHash = b.indexOf(HASH);
  let nextSlash = b.indexOf(SLASH);
  let i = 0;
  const n = b.length;
  for (;;) {
    if (nextQuote >= 0 && nextQuote < i) nextQuote = b.indexOf(QUOTE, i);
    if (nextHash >= 0 && nextHash < i) nextHash = b.indexOf(HASH, i);
    if (nextSlash >= 0 && nextSlash < i) nextSlash = b.indexOf(SLASH, i);
    let at = n;
    if (nextQuote >= 0) at = nextQuote;
    if (nextHash >= 0 && nextHash < at) at = nextHash;
    if (nextSlash >= 0 && nextSlash < at) at = nextSlash;
    if (at >= n) break;
    const c = b[at];
    if (c === SLASH) {
      i = b[at + 1] === STAR ? commentEnd(b, at) : at + 1;
      continue;
    }
    if (c === QUOTE) {
      const end = stringEnd(b, at);
      if (end - at - 1 > LONG_STRING) out.long.push({ start: at + 1, end, id: currentId });
      i = end + 1;
      continue;
    }
    // '#': a definition when digits are followed by '=', else a reference.
    let k = at + 1;
    let id = 0;
    let digits = 0;
    while (k < n && b[k] >= 0x30 && b[k] <= 0x39) {
      id = id * 10 + (b[k] - 0x30);
      k++;
      digits++;
    }
    let e = k;
    while (b[e] === 0x20 || b[e] === 0x09 || b[e] === 0x0d || b[e] === 0x0a) e++;
    if (b[e] === 0x3d) {
      if (digits === 0 || digits > 15) {
        out.broken ??= at;
      } else {
        out.entities++;
        currentId = id;
        const seen = ids.add(id);
        if (seen && !out.duplicate) out.duplicate = { id, first: firstAt.get(id) ?? -1, second: at };
        // Offsets are kept only for the first ids (for the message); a later duplicate is found again below.
        if (!seen && out.entities <= 1 << 20) firstAt.set(id, at);
      }
    } else if (digits === 0 && b[at + 1] !== 0x20) {
      // '#' outside a string with no digits after it cannot be a reference either.
      out.broken ??= at;
    }
    i = Math.max(k, at + 1);
  }
  if (out.duplicate && out.duplicate.first < 0) out.duplicate.first = findDefinition(b, out.duplicate.id);
  return out;
}

/** Just past the end of the comment opened at `at` (the end of the bytes when it is not closed). */
function commentEnd(b: Uint8Array, at: number): number {
  let k = at + 2;
  for (;;) {
    k = b.indexOf(STAR, k);
    if (k < 0 || b[k + 1] === SLASH) break;
    k++;
  }
  return k < 0 ? b.length : k + 2;
}

/** The closing quote of the string opened at `at` ('' inside is a quote), or the end of the bytes. */
function stringEnd(b: Uint8Array, at: number): number {
  let k = at + 1;
  for (;;) {
    k = b.indexOf(QUOTE, k);
    if (k < 0) return b.length;
    if (b[k + 1] !== QUOTE) return k;
    k += 2;
  }
}

/** Ids seen: a bitset while ids are small, a Set beyond. */
class IdsSeen {
  private bits = new Uint8Array(1 << 16);
  private readonly big = new Set<number>();
  /** Adds the id; whether it was there already. */
  add(id: number): boolean {
    if (id >= 1 << 24) {
      const seen = this.big.has(id);
      this.big.add(id);
      return seen;
    }
    if (id >> 3 >= this.bits.length) {
      const nb = new Uint8Array(Math.max(this.bits.length * 2, (id >> 3) + 1));
      nb.set(this.bits);
      this.bits = nb;
    }
    const seen = (this.bits[id >> 3] & (1 << (id & 7))) !== 0;
    this.bits[id >> 3] |= 1 << (id & 7);
    return seen;
  }
}

/** Offset of the first definition `#id=` (slow path, for a message). */
function findDefinition(b: Uint8Array, id: number): number {
  const pat = new TextEncoder().encode(`#${id}=`);
  let k = 0;
  for (;;) {
    k = b.indexOf(HASH, k);
    if (k < 0) return -1;
    let ok = true;
    for (let j = 1; j < pat.length && ok; j++) ok = b[k + j] === pat[j];
    if (ok) return k;
    k++;
  }
}

/** 1-based line number of a byte offset. */
export function lineOf(b: Uint8Array, at: number): number {
  let line = 1;
  for (let k = b.indexOf(0x0a); k >= 0 && k < at; k = b.indexOf(0x0a, k + 1)) line++;
  return line;
}

/** A copy of the bytes with every long string cut to KEEP bytes, at a boundary that leaves its escapes whole. */
export function shortenLongStrings(b: Uint8Array, long: StepScan['long']): Uint8Array {
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const s of long) {
    parts.push(b.subarray(from, s.start));
    const { cut, close } = safeCut(b, s.start, s.start + KEEP);
    parts.push(b.subarray(s.start, cut));
    if (close) parts.push(CLOSE_RUN);
    from = s.end;
  }
  parts.push(b.subarray(from));
  const total = parts.reduce((t, p) => t + p.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * Where to cut a string's content at or before `end` so that no escape is split: a doubled quote, \S\c, \X\hh, or a
 * \X2\…\X0\ / \X4\…\X0\ run (cut between two code units and closed again). Returns the end and what to append.
 */
function safeCut(b: Uint8Array, start: number, end: number): { cut: number; close: boolean } {
  const BS = 0x5c;
  let j = start;
  let lastSafe = start;
  while (j < end) {
    if (b[j] === QUOTE) {
      if (j + 2 > end) break;
      j += 2;
    } else if (b[j] === BS && (b[j + 1] === 0x58 || b[j + 1] === 0x78) && (b[j + 2] === 0x32 || b[j + 2] === 0x34) && b[j + 3] === BS) {
      const w = b[j + 2] === 0x32 ? 4 : 8;
      const runStart = j;
      j += 4;
      while (j + w <= end && b[j] !== BS) j += w;
      if (b[j] === BS && j + 4 <= end)
        j += 4; // \X0\
      else return { cut: j > runStart + 4 ? j : runStart, close: j > runStart + 4 };
    } else if (b[j] === BS) {
      // \S\c (4 bytes), \X\hh (5 bytes), \\ (2 bytes); anything else as one byte.
      const len = b[j + 1] === 0x53 ? 4 : b[j + 1] === 0x58 ? 5 : b[j + 1] === BS ? 2 : 1;
      if (j + len > end) break;
      j += len;
    } else j++;
    lastSafe = j;
  }
  return { cut: lastSafe, close: false };
}
