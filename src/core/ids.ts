/** Element ids and IFC GlobalIds. */

/** A short readable id unique within `taken`: `counter-7`, `zone-12` … */
export function nextId(prefix: string, taken: ReadonlySet<string>): string {
  let n = taken.size + 1;
  let id = `${prefix}-${n}`;
  while (taken.has(id)) id = `${prefix}-${++n}`;
  return id;
}

const IFC_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$';

/** FNV-1a 32-bit, used to derive stable GlobalIds from our ids. */
function fnv1a(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A deterministic IFC GlobalId (22 chars of IFC base64) derived from a seed string: the same element
 * exported twice gets the same GlobalId, which is what Solibri/BIMcollab need to follow an issue.
 */
export function stableGlobalId(seed: string): string {
  const bytes: number[] = [];
  for (let k = 0; k < 4; k++) {
    const h = fnv1a(seed, k * 0x9e3779b9);
    bytes.push((h >>> 24) & 255, (h >>> 16) & 255, (h >>> 8) & 255, h & 255);
  }
  // 128 bits -> 22 base64 chars: first char holds 2 bits, then 21 chars of 6 bits.
  let big = 0n;
  for (const b of bytes) big = (big << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 22; i++) {
    const shift = BigInt((21 - i) * 6);
    out += IFC_CHARS[Number((big >> shift) & 63n)];
  }
  return out;
}

/** A deterministic RFC 4122-shaped UUID (version 5 bits) derived from a seed, for BCF topics and IMDF features. */
export function stableUuid(seed: string): string {
  const hex: string[] = [];
  for (let k = 0; k < 4; k++)
    hex.push(
      fnv1a(seed, k * 0x9e3779b9 + 7)
        .toString(16)
        .padStart(8, '0'),
    );
  const h = hex.join('').split('');
  h[12] = '5';
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}
