/**
 * Byte search for an ASCII needle (no string conversion of a large file). Boyer–Moore–Horspool: it
 * skips up to the needle's length at each step, where a scan for the first character would stop at
 * every quote of the file (IFC is full of them).
 */
export function containsAscii(hay: Uint8Array, needle: string): boolean {
  const n = needle.length;
  if (n === 0) return true;
  const pat = new Uint8Array(n);
  for (let k = 0; k < n; k++) pat[k] = needle.charCodeAt(k);
  const skip = new Int32Array(256).fill(n);
  for (let k = 0; k < n - 1; k++) skip[pat[k]] = n - 1 - k;
  const last = pat[n - 1];
  for (let i = n - 1; i < hay.length; i += skip[hay[i]]) {
    if (hay[i] !== last) continue;
    let k = n - 2;
    while (k >= 0 && hay[i - (n - 1 - k)] === pat[k]) k--;
    if (k < 0) return true;
  }
  return false;
}
