/**
 * Versions of one per-node array that share one buffer (Baker's trick for persistent arrays): the newest version
 * holds the array, each older one holds the writes that turn the newer one back into it. Reading an older version
 * moves the buffer to it, turning the newer one into a diff in the same pass. A repair that changes a few hundred
 * cells of a 32,000-cell field then costs a few hundred writes, not a 256 KB copy (and the garbage collection that
 * came with it) — and undoing back to an old document still reads exact values. Distances of a field and the
 * fields repaired from it are one lineage; a search space's mask and step bits and those of the spaces derived
 * from it after an edit are others (mask.ts).
 */
export class Versioned<A extends Float64Array | Uint8Array> {
  private data: A | null;
  /** The version this one is a diff against (when it holds no data). */
  private next: Versioned<A> | null = null;
  /** Writes that turn `next`'s values into this version's, applied from last to first (bytes fit a double exactly). */
  private idx: Int32Array | null = null;
  private vals: Float64Array | null = null;

  constructor(data: A) {
    this.data = data;
  }

  /** This version's values, moved here if another version held them. Valid until another version is read. */
  get(): A {
    if (this.data) return this.data;
    const chain: Versioned<A>[] = [];
    let v: Versioned<A> = this;
    while (!v.data) {
      chain.push(v);
      v = v.next!;
    }
    for (let k = chain.length - 1; k >= 0; k--) {
      const w = chain[k];
      const data = v.data!;
      const idx = w.idx!;
      const vals = w.vals!;
      // Apply w's writes, keeping what they overwrite: that is v's diff against w, in reverse order.
      for (let i = idx.length - 1; i >= 0; i--) {
        const j = idx[i];
        const t = data[j];
        data[j] = vals[i];
        vals[i] = t;
      }
      idx.reverse();
      vals.reverse();
      v.data = null;
      v.next = w;
      v.idx = idx;
      v.vals = vals;
      w.data = data;
      w.next = null;
      w.idx = null;
      w.vals = null;
      v = w;
    }
    return this.data!;
  }

  /**
   * A new version holding this one's buffer after writes made to it in place (by whoever called get()), logged as
   * interleaved (index, value before) pairs in the order written. This version keeps its values as the diff.
   */
  commit(log: readonly number[]): Versioned<A> {
    const data = this.get();
    const n = log.length >> 1;
    const idx = new Int32Array(n);
    const vals = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      idx[i] = log[2 * i];
      vals[i] = log[2 * i + 1];
    }
    const out = new Versioned(data);
    this.data = null;
    this.next = out;
    this.idx = idx;
    this.vals = vals;
    return out;
  }
}

/** A walking-distance field's values (field.ts). */
export type Distances = Versioned<Float64Array>;
