/**
 * HATCH entities for dxf-parser, which has no reader of its own for them: registered as an entity handler on the
 * parser (its documented extension point) rather than a fork. Only the boundary paths are kept, as closed rings
 * in the hatch's own coordinates: a filled stair, lift shaft or column is drawn in Chinese CAD as a hatch inside
 * (or instead of) its outline. Pattern lines and seed points are read past. The parser only keeps a hatch's
 * groups: its paths are read when a floor asks for them, and only on the layers that use them (most hatches of a
 * drawing are wall and floor patterns nobody reads).
 */
import type DxfParser from 'dxf-parser';

export interface Group {
  code: number;
  value: unknown;
}

interface Scanner {
  next(): Group;
  isEOF(): boolean;
}

export interface HatchEntity {
  type: 'HATCH';
  layer: string;
  handle?: string;
  inPaperSpace?: boolean;
  extrusionDirectionZ?: number;
  pattern: string;
  solid: boolean;
  /** The groups of its boundary paths, read by hatchPaths when they are wanted. */
  pathGroups: Group[];
}

/** Straight pieces per full turn of an arc edge. */
const ARC_STEPS = 24;
/** A hatch whose boundary claims more points than this is not a plan element; reading stops there. */
const MAX_POINTS = 100_000;

const numAt = (g: Group | undefined): number => (g && typeof g.value === 'number' && Number.isFinite(g.value) ? g.value : 0);

/** Reads the groups of one hatch in order: counts given in the file say how many of what follow. */
class Cursor {
  i = 0;
  points = 0;
  constructor(readonly g: Group[]) {}
  get done(): boolean {
    return this.i >= this.g.length || this.points > MAX_POINTS;
  }
  /** The value of the next group with this code, skipping others that come before it (undefined at the end). */
  take(code: number): number | undefined {
    while (this.i < this.g.length) {
      const g = this.g[this.i++];
      if (g.code === code) return numAt(g);
    }
    return undefined;
  }
  /** The next group's value if it has this code, without moving otherwise. */
  optional(code: number): number | undefined {
    const g = this.g[this.i];
    if (g?.code !== code) return undefined;
    this.i++;
    return numAt(g);
  }
  point(code: number): [number, number] {
    const x = this.take(code) ?? 0;
    const y = this.take(code + 10) ?? 0;
    this.points++;
    return [x, y];
  }
}

function arcRing(out: [number, number][], cx: number, cy: number, rx: [number, number], ratio: number, a0: number, a1: number, ccw: boolean): void {
  // Angles in degrees; clockwise edges store their angles mirrored (AutoCAD's convention for flag 73 = 0).
  let s = (a0 * Math.PI) / 180;
  let e = (a1 * Math.PI) / 180;
  if (!ccw) {
    s = -s;
    e = -e;
  }
  let sweep = ccw ? e - s : s - e;
  while (sweep <= 0) sweep += 2 * Math.PI;
  const n = Math.max(2, Math.ceil((ARC_STEPS * sweep) / (2 * Math.PI)));
  const [mx, my] = rx;
  for (let k = 0; k <= n; k++) {
    const t = s + ((ccw ? 1 : -1) * (sweep * k)) / n;
    const c = Math.cos(t);
    const sn = Math.sin(t);
    out.push([cx + mx * c - my * ratio * sn, cy + my * c + mx * ratio * sn]);
  }
}

function polylinePath(c: Cursor): [number, number][] {
  const hasBulge = (c.take(72) ?? 0) !== 0;
  c.take(73);
  const n = c.take(93) ?? 0;
  const pts: [number, number][] = [];
  const bulges: number[] = [];
  for (let k = 0; k < n && !c.done; k++) {
    pts.push(c.point(10));
    bulges.push(hasBulge ? (c.optional(42) ?? 0) : 0);
  }
  const out: [number, number][] = [];
  for (let k = 0; k < pts.length; k++) {
    const a = pts[k];
    out.push(a);
    const bulge = bulges[k];
    if (Math.abs(bulge) < 1e-9) continue;
    const b = pts[(k + 1) % pts.length];
    const theta = 4 * Math.atan(bulge);
    const chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (chord === 0) continue;
    const r = chord / (2 * Math.sin(Math.abs(theta) / 2));
    const h = r * Math.cos(Math.abs(theta) / 2);
    const sgn = theta > 0 ? 1 : -1;
    const cx = (a[0] + b[0]) / 2 - (sgn * (b[1] - a[1]) * h) / chord;
    const cy = (a[1] + b[1]) / 2 + (sgn * (b[0] - a[0]) * h) / chord;
    const sa = Math.atan2(a[1] - cy, a[0] - cx);
    for (let j = 1; j < 8; j++) out.push([cx + r * Math.cos(sa + (theta * j) / 8), cy + r * Math.sin(sa + (theta * j) / 8)]);
  }
  return out;
}

function edgePath(c: Cursor): [number, number][] {
  const edges = c.take(93) ?? 0;
  const out: [number, number][] = [];
  for (let k = 0; k < edges && !c.done; k++) {
    const type = c.take(72);
    if (type === 1) {
      out.push(c.point(10), c.point(11));
    } else if (type === 2 || type === 3) {
      const [cx, cy] = c.point(10);
      const axis: [number, number] = type === 3 ? c.point(11) : [0, 0];
      const r40 = c.take(40) ?? 0;
      const a0 = c.take(50) ?? 0;
      const a1 = c.take(51) ?? 0;
      const ccw = (c.take(73) ?? 1) !== 0;
      if (type === 2) arcRing(out, cx, cy, [r40, 0], 1, a0, a1, ccw);
      else arcRing(out, cx, cy, axis, r40, a0, a1, ccw);
    } else if (type === 4) {
      // A spline edge: its control points stand in for the curve (close enough for a footprint).
      c.take(94);
      c.optional(73);
      c.optional(74);
      const knots = c.take(95) ?? 0;
      const ctrl = c.take(96) ?? 0;
      for (let j = 0; j < knots && !c.done; j++) c.take(40);
      for (let j = 0; j < ctrl && !c.done; j++) out.push(c.point(10));
    } else break;
  }
  return out;
}

/** The hatch's boundary paths from its groups (everything up to the next entity). */
export function hatchPaths(groups: Group[]): [number, number][][] {
  const c = new Cursor(groups);
  const count = c.take(91) ?? 0;
  const paths: [number, number][][] = [];
  for (let p = 0; p < count && !c.done; p++) {
    const flags = c.take(92) ?? 0;
    // Bit 2: a polyline path; else a list of edges.
    const raw = flags & 2 ? polylinePath(c) : edgePath(c);
    const sources = c.optional(97) ?? 0;
    for (let k = 0; k < sources; k++) c.optional(330);
    // Edge paths repeat each shared corner (one edge's end is the next one's start).
    const ring = raw.filter((q, k) => k === 0 || q[0] !== raw[k - 1][0] || q[1] !== raw[k - 1][1]);
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (ring.length > 3 && first[0] === last[0] && first[1] === last[1]) ring.pop();
    if (ring.length >= 3) paths.push(ring);
  }
  return paths;
}

/** The handler dxf-parser calls at each `0 / HATCH`; it must stop on the next entity's `0` group. */
class HatchHandler {
  ForEntityName = 'HATCH';
  parseEntity(scanner: Scanner, curr: Group): HatchEntity {
    const groups: Group[] = [];
    let g = scanner.next();
    while (!scanner.isEOF() && g.code !== 0) {
      groups.push(g);
      g = scanner.next();
    }
    const e: HatchEntity = { type: 'HATCH', layer: '0', pattern: '', solid: false, pathGroups: [] };
    void curr;
    // The entity's own groups come before the boundary count (91); those after it belong to the paths.
    const firstPath = groups.findIndex((x) => x.code === 91);
    const head = firstPath < 0 ? groups : groups.slice(0, firstPath);
    for (const x of head) {
      if (x.code === 8) e.layer = String(x.value);
      else if (x.code === 5) e.handle = String(x.value);
      else if (x.code === 67) e.inPaperSpace = x.value === 1;
      else if (x.code === 230) e.extrusionDirectionZ = numAt(x);
      else if (x.code === 2) e.pattern = String(x.value);
      else if (x.code === 70) e.solid = x.value === 1;
    }
    if (firstPath >= 0) e.pathGroups = groups.slice(firstPath);
    return e;
  }
}

/** Teach a parser to read HATCH boundaries. */
export function registerHatch(parser: DxfParser): void {
  parser.registerEntityHandler(HatchHandler as unknown as Parameters<DxfParser['registerEntityHandler']>[0]);
}
