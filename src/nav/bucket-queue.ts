import { grown } from '../core/grown';

/**
 * A bucket queue (buckets one cell wide) for ordering nodes by distance where the order within a bucket does not
 * matter: the repair walks the nodes it examines through one.
 */
export class Buckets {
  /** First entry of each bucket (-1 = empty); entries form singly linked lists in typed arrays (no garbage). */
  private heads = new Int32Array(256).fill(-1);
  private nodes = new Int32Array(1024);
  private links = new Int32Array(1024);
  private used = 0;
  private k = 0;
  private top = -1;
  private inv = 1;
  /** Empties the queue for another search (its arrays are kept). A distance v goes in bucket (v / width) | 0. */
  reset(width: number): this {
    if (this.top >= 0) this.heads.fill(-1, 0, this.top + 1);
    this.used = 0;
    this.k = 0;
    this.top = -1;
    this.taken = -1;
    this.inv = 1 / width;
    return this;
  }
  push(n: number, v: number): void {
    const i = (v * this.inv) | 0;
    if (i >= this.heads.length) {
      this.heads = grown(this.heads, Math.max(i + 1, this.heads.length * 2), -1);
    }
    if (this.used === this.nodes.length) {
      this.nodes = grown(this.nodes);
      this.links = grown(this.links);
    }
    const e = this.used++;
    this.nodes[e] = n;
    this.links[e] = this.heads[i];
    this.heads[i] = e;
    if (i < this.k) this.k = i;
    if (i > this.top) this.top = i;
  }
  /** Index of the next non-empty bucket (taken off the queue), or -1. Walk it with taken/after/node. */
  nextBucket(): number {
    while (this.k <= this.top) {
      const k = this.k++;
      if (this.heads[k] >= 0) {
        this.taken = this.heads[k];
        this.heads[k] = -1;
        return k;
      }
    }
    return -1;
  }
  /** First entry of the bucket nextBucket just took. */
  taken = -1;
  after(e: number): number {
    return this.links[e];
  }
  node(e: number): number {
    return this.nodes[e];
  }
}
