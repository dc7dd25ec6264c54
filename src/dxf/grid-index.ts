/**
 * A uniform bucket grid over axis-aligned boxes: which items lie near a point or a box, without an O(n²) scan.
 * A query marks the items it has returned with its own number in one array (no set built and cleared per query):
 * imports ask hundreds of thousands of queries, and the garbage of a set each was a large share of their time.
 */
export class GridIndex {
  private cells = new Map<number, number[]>();
  private stamp = new Int32Array(64);
  private queryNo = 0;
  constructor(
    private readonly cell: number,
    private readonly ox: number,
    private readonly oy: number,
  ) {}

  private key(ix: number, iy: number): number {
    return ix * 1_000_003 + iy;
  }

  insert(id: number, minX: number, minY: number, maxX: number, maxY: number): void {
    if (id >= this.stamp.length) {
      const grown = new Int32Array(Math.max(id + 1, this.stamp.length * 2));
      grown.set(this.stamp);
      this.stamp = grown;
    }
    const x0 = Math.floor((minX - this.ox) / this.cell);
    const x1 = Math.floor((maxX - this.ox) / this.cell);
    const y0 = Math.floor((minY - this.oy) / this.cell);
    const y1 = Math.floor((maxY - this.oy) / this.cell);
    // A pathological item spanning a huge box is kept in a bounded number of cells (its ends, by its box corners).
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > 4096) {
      for (const [ix, iy] of [
        [x0, y0],
        [x1, y1],
        [x0, y1],
        [x1, y0],
      ])
        this.add(this.key(ix, iy), id);
      return;
    }
    for (let ix = x0; ix <= x1; ix++) for (let iy = y0; iy <= y1; iy++) this.add(this.key(ix, iy), id);
  }

  private add(k: number, id: number) {
    const list = this.cells.get(k);
    if (list) list.push(id);
    else this.cells.set(k, [id]);
  }

  /** Ids of items whose cells meet the box (each once, in the order first met: cells by column, then row). */
  query(minX: number, minY: number, maxX: number, maxY: number): number[] {
    const out: number[] = [];
    this.queryInto(out, minX, minY, maxX, maxY);
    return out;
  }

  /**
   * As query, the ids written to the front of `out` and their count returned; what lies past them is stale. A
   * caller asking thousands of queries reuses one list, which keeps its storage (emptying it would free that, and
   * each query would grow a new one).
   */
  queryInto(out: number[], minX: number, minY: number, maxX: number, maxY: number): number {
    const q = ++this.queryNo;
    const stamp = this.stamp;
    let count = 0;
    const x0 = Math.floor((minX - this.ox) / this.cell);
    const x1 = Math.floor((maxX - this.ox) / this.cell);
    const y0 = Math.floor((minY - this.oy) / this.cell);
    const y1 = Math.floor((maxY - this.oy) / this.cell);
    for (let ix = x0; ix <= x1; ix++)
      for (let iy = y0; iy <= y1; iy++) {
        const list = this.cells.get(this.key(ix, iy));
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const id = list[k];
          if (stamp[id] === q) continue;
          stamp[id] = q;
          if (count < out.length) out[count] = id;
          else out.push(id);
          count++;
        }
      }
    return count;
  }
}
