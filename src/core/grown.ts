type Typed = Int32Array | Float64Array | Uint8Array;

/**
 * A typed array of at least `n` elements (twice as long when not given) holding the old contents; the new tail is
 * `fill` when given (list heads use -1 for "empty"). Amortised growth for the flat typed-array structures the
 * nav, DXF and sign code keep instead of arrays of objects.
 */
export function grown<T extends Typed>(a: T, n = a.length * 2, fill?: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(1, n, a.length));
  b.set(a);
  if (fill !== undefined) b.fill(fill, a.length);
  return b;
}
