/**
 * Stable UUIDs from our string ids (same hall + id → same UUID on every export), formatted as RFC 4122 version 5
 * style (name-based). Hash: four interleaved 32-bit FNV-1a/murmur-mix lanes, synchronous so it runs the same in
 * Node and the browser; collisions are as unlikely as any 128-bit hash for our few thousand ids.
 */
function lane(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export function stableUuid(name: string): string {
  const hex = [0x9e3779b9, 0x7f4a7c15, 0x94d049bb, 0x2545f491].map((seed) => lane(name, seed).toString(16).padStart(8, '0')).join('');
  const v = hex.slice(0, 12) + '5' + hex.slice(13, 16) + ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16) + hex.slice(17);
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20, 32)}`;
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
