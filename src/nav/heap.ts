import { grown } from '../core/grown';

/** Binary min-heap of (node, priority) on typed arrays, for Dijkstra and A*. */
export class MinHeap {
  private nodes: Int32Array;
  private prio: Float64Array;
  size = 0;
  constructor(capacity = 1024) {
    this.nodes = new Int32Array(capacity);
    this.prio = new Float64Array(capacity);
  }
  push(node: number, p: number): void {
    if (this.size === this.nodes.length) {
      this.nodes = grown(this.nodes);
      this.prio = grown(this.prio);
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.prio[parent] <= p) break;
      this.nodes[i] = this.nodes[parent];
      this.prio[i] = this.prio[parent];
      i = parent;
    }
    this.nodes[i] = node;
    this.prio[i] = p;
  }
  /** The lowest priority in the heap (check size first): lets searches skip stale entries without a closed set. */
  get topPriority(): number {
    return this.prio[0];
  }
  /** Pops the node with the lowest priority (check size first). */
  pop(): number {
    const top = this.nodes[0];
    const lastN = this.nodes[--this.size];
    const lastP = this.prio[this.size];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.prio[c + 1] < this.prio[c]) c++;
      if (this.prio[c] >= lastP) break;
      this.nodes[i] = this.nodes[c];
      this.prio[i] = this.prio[c];
      i = c;
    }
    this.nodes[i] = lastN;
    this.prio[i] = lastP;
    return top;
  }
}
