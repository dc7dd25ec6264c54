/**
 * Label placement with priorities and collision avoidance, shared by the editor's plan, the report's plans and the
 * phone map, so the three lay labels out by the same rules.
 *
 * Greedy in priority order (as map renderers such as Mapbox GL place symbols): each label tries its candidate
 * positions around its anchor and takes the first whose box overlaps no box already placed and stays inside the
 * viewport; a label with a short form tries that next; otherwise it is hidden. Boxes are axis-aligned, in screen units.
 * A uniform grid keeps the overlap test near constant time, so thousands of labels place in a few milliseconds.
 */

/** Where the box sits relative to its anchor. */
export type LabelAnchor = 'center' | 'top' | 'bottom' | 'left' | 'right';

export interface LabelRequest {
  /** Stable key, returned with the placement. */
  key: string;
  /** Lower places first (0 = most important). Ties keep the input order. */
  priority: number;
  /** Anchor point in screen units. */
  x: number;
  y: number;
  /** Box size in screen units for the full text. */
  width: number;
  height: number;
  /** Optional abbreviated form's width, tried when no position fits the full text. */
  shortWidth?: number;
  /** Candidate positions in order; default `['center']`. */
  anchors?: readonly LabelAnchor[];
  /** Gap between the anchor and the box for non-centre anchors; default 2. */
  offset?: number;
  /**
   * Further places tried in order, each with every anchor, when neither form fits at x/y: other points inside a
   * room for its name, each with the size of the form of the text drawn there (the full size when not given).
   */
  alternatives?: readonly LabelAlternative[];
}

export interface LabelAlternative {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

export interface LabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelPlacement {
  key: string;
  /** False when no candidate fits: the caller hides the label. */
  visible: boolean;
  /** True when the abbreviated form was placed. */
  short: boolean;
  anchor: LabelAnchor;
  /** The placed box (meaningless when not visible). */
  box: LabelBox;
  /** Index of the request's alternative placed, when one was. */
  alternative?: number;
}

export interface PlaceOptions {
  /** Viewport bounds; boxes reaching outside are rejected. Omit to accept any position. */
  bounds?: LabelBox;
  /** Extra clearance kept around every placed box; default 1. */
  padding?: number;
  /** Boxes that labels must avoid (icons, the you-are-here dot …). */
  obstacles?: readonly LabelBox[];
}

/** The box a label of this size takes at an anchor. */
export function boxAt(x: number, y: number, w: number, h: number, anchor: LabelAnchor, offset: number): LabelBox {
  switch (anchor) {
    case 'top':
      return { x0: x - w / 2, y0: y - offset - h, x1: x + w / 2, y1: y - offset };
    case 'bottom':
      return { x0: x - w / 2, y0: y + offset, x1: x + w / 2, y1: y + offset + h };
    case 'left':
      return { x0: x - offset - w, y0: y - h / 2, x1: x - offset, y1: y + h / 2 };
    case 'right':
      return { x0: x + offset, y0: y - h / 2, x1: x + offset + w, y1: y + h / 2 };
    default:
      return { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
  }
}

export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** A uniform grid of placed boxes. */
class BoxGrid {
  private readonly cells = new Map<number, LabelBox[]>();
  constructor(private readonly cell: number) {}

  private range(b: LabelBox): [number, number, number, number] {
    const c = this.cell;
    return [Math.floor(b.x0 / c), Math.floor(b.y0 / c), Math.floor(b.x1 / c), Math.floor(b.y1 / c)];
  }

  // Cells are keyed by a pairing of two integers; screens are far smaller than the 2^20 cells per axis this allows.
  private static key(i: number, j: number): number {
    return (i + 0x80000) * 0x100000 + (j + 0x80000);
  }

  hits(b: LabelBox): boolean {
    const [i0, j0, i1, j1] = this.range(b);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const list = this.cells.get(BoxGrid.key(i, j));
        if (list?.some((o) => boxesOverlap(o, b))) return true;
      }
    }
    return false;
  }

  add(b: LabelBox): void {
    const [i0, j0, i1, j1] = this.range(b);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const k = BoxGrid.key(i, j);
        const list = this.cells.get(k);
        if (list) list.push(b);
        else this.cells.set(k, [b]);
      }
    }
  }
}

function grow(b: LabelBox, p: number): LabelBox {
  return { x0: b.x0 - p, y0: b.y0 - p, x1: b.x1 + p, y1: b.y1 + p };
}

function inside(b: LabelBox, bounds: LabelBox | undefined): boolean {
  return !bounds || (b.x0 >= bounds.x0 && b.y0 >= bounds.y0 && b.x1 <= bounds.x1 && b.y1 <= bounds.y1);
}

/** Places labels; the result is in the input order. No two visible boxes overlap (padding included). */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions = {}): LabelPlacement[] {
  const padding = options.padding ?? 1;
  const typical = requests.length ? requests.reduce((s, r) => s + r.height, 0) / requests.length : 16;
  const grid = new BoxGrid(Math.max(8, typical * 4));
  for (const o of options.obstacles ?? []) grid.add(o);

  const order = requests.map((_, i) => i).sort((a, b) => requests[a].priority - requests[b].priority || a - b);
  const out: LabelPlacement[] = new Array(requests.length);
  for (const i of order) {
    const r = requests[i];
    const anchors = r.anchors?.length ? r.anchors : (['center'] as const);
    const offset = r.offset ?? 2;
    const tries: { x: number; y: number; w: number; h: number; short: boolean; alt?: number }[] = [{ x: r.x, y: r.y, w: r.width, h: r.height, short: false }];
    if (r.shortWidth !== undefined && r.shortWidth < r.width) tries.push({ x: r.x, y: r.y, w: r.shortWidth, h: r.height, short: true });
    r.alternatives?.forEach((a, alt) => tries.push({ x: a.x, y: a.y, w: a.width ?? r.width, h: a.height ?? r.height, short: false, alt }));
    let placed: LabelPlacement | undefined;
    for (const t of tries) {
      for (const anchor of anchors) {
        const box = boxAt(t.x, t.y, t.w, t.h, anchor, offset);
        if (!inside(box, options.bounds)) continue;
        const padded = grow(box, padding / 2);
        if (grid.hits(padded)) continue;
        grid.add(padded);
        placed = { key: r.key, visible: true, short: t.short, anchor, box, ...(t.alt === undefined ? {} : { alternative: t.alt }) };
        break;
      }
      if (placed) break;
    }
    out[i] = placed ?? { key: r.key, visible: false, short: false, anchor: anchors[0], box: boxAt(r.x, r.y, r.width, r.height, anchors[0], offset) };
  }
  return out;
}
