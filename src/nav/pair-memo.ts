/**
 * Yes/no answers keyed by a pair of non-negative integers, in typed arrays (open addressing). String-pulling
 * keeps thousands of line answers per field; a Map keyed by a×span+b boxes each key past 2^30 and grows by
 * rehashing a table of heap objects.
 */
export class PairMemo {
  // A field's paths ask a few thousand lines: start at a size that needs few doublings.
  private a = new Int32Array(2048);
  private b = new Int32Array(2048);
  /** 0 empty, 1 no, 2 yes. */
  private v = new Uint8Array(2048);
  private used = 0;

  private slot(a: number, b: number): number {
    const mask = this.v.length - 1;
    let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    while (this.v[i] !== 0 && (this.a[i] !== a || this.b[i] !== b)) i = (i + 1) & mask;
    return i;
  }

  /** The answer kept for (a, b), or undefined. */
  get(a: number, b: number): boolean | undefined {
    const v = this.v[this.slot(a, b)];
    return v === 0 ? undefined : v === 2;
  }

  set(a: number, b: number, yes: boolean): void {
    if (2 * (this.used + 1) > this.v.length) this.grow();
    const i = this.slot(a, b);
    if (this.v[i] === 0) this.used++;
    this.a[i] = a;
    this.b[i] = b;
    this.v[i] = yes ? 2 : 1;
  }

  get size(): number {
    return this.used;
  }

  private grow(): void {
    const { a, b, v } = this;
    const n = v.length * 2;
    this.a = new Int32Array(n);
    this.b = new Int32Array(n);
    this.v = new Uint8Array(n);
    for (let i = 0; i < v.length; i++) {
      if (v[i] === 0) continue;
      const j = this.slot(a[i], b[i]);
      this.a[j] = a[i];
      this.b[j] = b[i];
      this.v[j] = v[i];
    }
  }
}
