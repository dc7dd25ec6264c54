/** A memo table of yes/no answers in typed arrays (open addressing), for the hot loop of sight lines. */

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
function mix(h: number, x: number): number {
  // x + 0 turns -0 into 0: the keys compare equal, so they must hash alike (a random fuzz seed found it).
  bits[0] = x + 0;
  h = Math.imul(h ^ words[0], 0x9e3779b1);
  return Math.imul(h ^ words[1], 0x85ebca6b) ^ (h >>> 13);
}

/**
 * Yes/no answers keyed by four numbers (two plan points), in typed arrays: sight lines are asked by their end
 * points, and a string key made of four decimal coordinates cost more than the answer. Keys are compared
 * exactly (0 and -0 alike, as a string key did).
 */
export class QuadMemo {
  private k = new Float64Array(4 * 512);
  /** 0 empty, 1 no, 2 yes. */
  private v = new Uint8Array(512);
  private used = 0;

  private slot(a: number, b: number, c: number, d: number): number {
    const mask = this.v.length - 1;
    let i = mix(mix(mix(mix(0x811c9dc5, a), b), c), d) & mask;
    const k = this.k;
    while (this.v[i] !== 0 && (k[4 * i] !== a || k[4 * i + 1] !== b || k[4 * i + 2] !== c || k[4 * i + 3] !== d)) i = (i + 1) & mask;
    return i;
  }

  get(a: number, b: number, c: number, d: number): boolean | undefined {
    const v = this.v[this.slot(a, b, c, d)];
    return v === 0 ? undefined : v === 2;
  }

  set(a: number, b: number, c: number, d: number, yes: boolean): void {
    if (2 * (this.used + 1) > this.v.length) this.grow();
    const i = this.slot(a, b, c, d);
    if (this.v[i] === 0) this.used++;
    this.k[4 * i] = a;
    this.k[4 * i + 1] = b;
    this.k[4 * i + 2] = c;
    this.k[4 * i + 3] = d;
    this.v[i] = yes ? 2 : 1;
  }

  get size(): number {
    return this.used;
  }

  clear(): void {
    this.v.fill(0);
    this.used = 0;
  }

  private grow(): void {
    const { k, v } = this;
    this.k = new Float64Array(2 * k.length);
    this.v = new Uint8Array(2 * v.length);
    for (let i = 0; i < v.length; i++) {
      if (v[i] === 0) continue;
      const j = this.slot(k[4 * i], k[4 * i + 1], k[4 * i + 2], k[4 * i + 3]);
      this.k.set(k.subarray(4 * i, 4 * i + 4), 4 * j);
      this.v[j] = v[i];
    }
  }
}
