/**
 * Append-only typed-array storage for the import's hot loop. Growing one array by doubling allocates
 * (and zero-fills) about three times the final size, copying as it goes; here numbers go into chunks that
 * are never moved and are copied once into an array of the exact size at the end. Writers ask for room
 * for a whole geometry at a time and then fill `buf` from `at` directly, so the per-vertex loops stay
 * plain typed-array stores.
 */
type Typed = Float32Array | Float64Array | Uint32Array;

/** Chunks start small (a group of a few objects should not cost a large allocation) and double up to MAX. */
const FIRST = 1 << 12;
const MAX = 1 << 16;

export class Chunks<T extends Typed> {
  private full: { buf: T; n: number }[] = [];
  /** The chunk being written and how much of it is used. */
  buf: T;
  at = 0;
  /** Numbers before `buf` (in the full chunks). */
  private before = 0;

  private next = FIRST;

  constructor(private readonly make: (n: number) => T) {
    this.buf = make(0);
  }

  get length(): number {
    return this.before + this.at;
  }

  /** Makes `buf` have room for k more numbers at `at` (a geometry never straddles two chunks). */
  room(k: number): void {
    if (this.at + k <= this.buf.length) return;
    if (this.at > 0) {
      this.full.push({ buf: this.buf, n: this.at });
      this.before += this.at;
    }
    this.buf = this.make(Math.max(k, this.next));
    this.next = Math.min(this.next * 2, MAX);
    this.at = 0;
  }

  /** Everything in one array of its own, sized to fit (the context arrays are transferred whole). */
  done(): T {
    const out = this.make(this.length);
    let o = 0;
    for (const c of this.full) {
      out.set(c.buf.subarray(0, c.n), o);
      o += c.n;
    }
    out.set(this.buf.subarray(0, this.at), o);
    return out;
  }
}

/** A growable list of doubles (small lists: a space's plan triangles). */
export class F64List {
  buf: Float64Array;
  n = 0;
  constructor(capacity = 64) {
    this.buf = new Float64Array(capacity);
  }
  reserve(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.n + k) cap *= 2;
    const nb = new Float64Array(cap);
    nb.set(this.buf.subarray(0, this.n));
    this.buf = nb;
  }
  /**
   * Appends four, six or eight numbers (a plan segment, a triangle's three plan points, a vertex run and its box) with
   * one room check: the import writes millions of them.
   */
  push(a: number, b: number, c: number, d: number, e?: number, f?: number, g?: number, h?: number): void {
    const k = g !== undefined ? 8 : e !== undefined ? 6 : 4;
    this.reserve(k);
    const x = this.buf;
    const o = this.n;
    x[o] = a;
    x[o + 1] = b;
    x[o + 2] = c;
    x[o + 3] = d;
    if (k > 4) {
      x[o + 4] = e!;
      x[o + 5] = f!;
    }
    if (k > 6) {
      x[o + 6] = g!;
      x[o + 7] = h!;
    }
    this.n = o + k;
  }
  view(): Float64Array {
    return this.buf.subarray(0, this.n);
  }
}
