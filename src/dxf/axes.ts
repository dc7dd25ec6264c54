/**
 * The structural grid (轴网): axis lines on axis layers named by the labels in their bubbles (1, 2, 3 … across,
 * A, B, C … up, 1/A for secondary axes), and the floors of a drawing set lined up on it. Plans of several storeys
 * drawn side by side share the grid, not the corner of what is drawn (an upper floor is often smaller), so a floor
 * is placed where its named axes fall on the same axes of the lowest chosen floor. Drawing units.
 */
import type { Frame, GridAxis, Label, LayerRole, Seg } from './types';

/** Axis names as drawn in bubbles: 1 … 99, A … ZZ (I, O and Z are skipped by the standard but not refused), 1/A, A-1, 1A. */
const AXIS_NAME = /^(?:\d{1,3}|[A-Z]{1,2}|\d{1,3}\/[A-Z\d]{1,3}|[A-Z]{1,2}\/[A-Z\d]{1,3}|[A-Z]{1,2}-?\d{1,2}|\d{1,2}[A-Z])$/;
/** Within this angle (sine) of vertical or horizontal a line is taken as exactly square to the drawing. */
const SQUARE = Math.sin((1 * Math.PI) / 180);
/** Two axes whose normals are within 1° are parallel (one family of the grid). */
const PARALLEL = Math.cos((1 * Math.PI) / 180);

const isAxisName = (text: string) => AXIS_NAME.test(text.replace(/\s+/g, '').toUpperCase());

interface Candidate {
  /** Unit normal and offset of the line (see GridAxis). */
  nx: number;
  ny: number;
  at: number;
  /** The line's ends along its own direction (−ny, nx), and its length. */
  lo: number;
  hi: number;
  len: number;
}

/**
 * The unit normal of a line from a to b, one per direction: (1, 0) for a vertical line, (0, 1) for a horizontal
 * one, and for a line at an angle the normal pointing right of vertical (nx > 0, or up when nx = 0). Lines within
 * a degree of square are made exactly square, so a drafting wobble does not tilt the grid.
 */
function normalOf(dx: number, dy: number, L: number): [number, number] {
  if (Math.abs(dx) <= SQUARE * L) return [1, 0];
  if (Math.abs(dy) <= SQUARE * L) return [0, 1];
  let nx = dy / L;
  let ny = -dx / L;
  if (nx < 0 || (nx === 0 && ny < 0)) {
    nx = -nx;
    ny = -ny;
  }
  return [nx, ny];
}

/** Lines on axis layers, at any angle, with their midpoint in the frame grown by a tenth. */
function axisLines(segs: Seg[], frame: Frame, role: (l: string) => LayerRole): Candidate[] {
  const gx = (frame.maxX - frame.minX) * 0.1;
  const gy = (frame.maxY - frame.minY) * 0.1;
  const out: Candidate[] = [];
  for (const s of segs) {
    if (role(s.layer) !== 'axis') continue;
    const mx = (s.ax + s.bx) / 2;
    const my = (s.ay + s.by) / 2;
    if (mx < frame.minX - gx || mx > frame.maxX + gx || my < frame.minY - gy || my > frame.maxY + gy) continue;
    const L = Math.hypot(s.bx - s.ax, s.by - s.ay);
    const [nx, ny] = normalOf(s.bx - s.ax, s.by - s.ay, L);
    const ua = -ny * s.ax + nx * s.ay;
    const ub = -ny * s.bx + nx * s.by;
    out.push({ nx, ny, at: nx * mx + ny * my, lo: Math.min(ua, ub), hi: Math.max(ua, ub), len: L });
  }
  return out;
}

/** The key of a grid family (parallel axes) and name: a name found on two lines of one family keeps the first. */
const familyKey = (c: Candidate, name: string) => `${Math.round((Math.atan2(c.ny, c.nx) * 180) / Math.PI) % 180}:${name}`;

/**
 * The named axes of one frame: each axis line takes the axis-name label that sits on its line beyond one of its
 * ends (in its bubble: across at most 1.5 text heights, along at most 4 past the end). Lines shorter than eight
 * text heights are a bubble's own outline or a leader, not an axis. Lines with no label stay unnamed and are left
 * out; a name found on two parallel lines keeps the first.
 */
export function frameAxes(segs: Seg[], labels: Label[], frame: Frame, role: (l: string) => LayerRole): GridAxis[] {
  const lines = axisLines(segs, frame, role);
  if (lines.length === 0) return [];
  const names = labels.filter((l) => isAxisName(l.text));
  const out: GridAxis[] = [];
  const seen = new Set<string>();
  for (const c of lines) {
    for (const l of names) {
      const h = Math.max(l.height, 1e-9);
      if (c.len < 8 * h) continue;
      const across = c.nx * l.x + c.ny * l.y - c.at;
      const along = -c.ny * l.x + c.nx * l.y;
      const past = along > c.hi ? along - c.hi : along < c.lo ? c.lo - along : -1;
      if (Math.abs(across) > 1.5 * h || past < 0 || past > 4 * h) continue;
      const name = l.text.replace(/\s+/g, '').toUpperCase();
      const key = familyKey(c, name);
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ name, nx: c.nx, ny: c.ny, at: c.at, label: [l.x, l.y] });
      }
      break;
    }
  }
  return out;
}

export interface FrameOrigins {
  /** Per chosen frame, the drawing point that becomes the floor's (0, 0). */
  origins: [number, number][];
  /** Axis names the floors were lined up on (empty when no two floors share a named axis). */
  shared: string[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** One family of parallel shared axes: its normal and the median shift along it that puts the frame's axes on the reference's. */
interface Family {
  nx: number;
  ny: number;
  shifts: number[];
}

/** The shared axes of a frame and the reference, grouped by family, with the shift each asks for along its normal. */
function sharedFamilies(f: Frame, ref: Frame, shared: Set<string> | undefined): Family[] {
  const families: Family[] = [];
  for (const a of f.axes ?? []) {
    const r = ref.axes?.find((b) => b.name === a.name && Math.abs(b.nx * a.nx + b.ny * a.ny) >= PARALLEL);
    if (!r) continue;
    // The reference's normal may point the other way along the same family.
    const sign = r.nx * a.nx + r.ny * a.ny < 0 ? -1 : 1;
    const shift = sign * r.at - a.at;
    shared?.add(a.name);
    const fam = families.find((x) => Math.abs(x.nx * a.nx + x.ny * a.ny) >= PARALLEL);
    if (fam) fam.shifts.push(fam.nx * a.nx + fam.ny * a.ny < 0 ? -shift : shift);
    else families.push({ nx: a.nx, ny: a.ny, shifts: [shift] });
  }
  return families;
}

/**
 * The translation t that moves a frame's shared axes onto the reference's: n·t = the family's median shift, for the
 * two families with most axes when they cross (any angle); with one family (or only parallel ones), t is fixed
 * along that normal and the frame's corner lines up with the reference's across it.
 */
function frameShift(families: Family[], corner: [number, number]): [number, number] {
  const fams = [...families].sort((a, b) => b.shifts.length - a.shifts.length);
  const first = fams[0];
  if (!first) return corner;
  const d1 = median(first.shifts);
  const second = fams.find((f) => Math.abs(f.nx * first.ny - f.ny * first.nx) > SQUARE);
  if (second) {
    const d2 = median(second.shifts);
    const det = first.nx * second.ny - first.ny * second.nx;
    return [(d1 * second.ny - d2 * first.ny) / det, (first.nx * d2 - second.nx * d1) / det];
  }
  const off = d1 - (first.nx * corner[0] + first.ny * corner[1]);
  return [corner[0] + off * first.nx, corner[1] + off * first.ny];
}

/**
 * Floor origins for the chosen frames: each frame shifted onto the first one by the median offset of the axes
 * they share by name (per family of parallel axes, at any angle, only where they share one), then one common
 * origin at the corner of all shifted frames, so every floor's coordinates stay positive and the grid has the same
 * coordinates on each.
 */
export function alignFrames(frames: Frame[]): FrameOrigins {
  const ref = frames[0];
  const shared = new Set<string>();
  const shifts = frames.map((f, k): [number, number] =>
    // Not on the grid: the floor keeps its own corner, lined up with the reference's.
    frameShift(sharedFamilies(f, ref, k > 0 ? shared : undefined), [ref.minX - f.minX, ref.minY - f.minY]),
  );
  const ox = Math.min(...frames.map((f, k) => f.minX + shifts[k][0]));
  const oy = Math.min(...frames.map((f, k) => f.minY + shifts[k][1]));
  return { origins: shifts.map(([sx, sy]) => [ox - sx, oy - sy]), shared: [...shared].sort(axisOrder) };
}

/** One collator for every comparison: localeCompare with options builds a new one per call. */
const NUMERIC = new Intl.Collator('en', { numeric: true });

/** Numbers first in numeric order, then letters. */
function axisOrder(a: string, b: string): number {
  const na = /^\d/.test(a);
  const nb = /^\d/.test(b);
  if (na !== nb) return na ? -1 : 1;
  return NUMERIC.compare(a, b);
}

/** Axis names for a message, consecutive runs shortened: "1–8, A–F". */
export function axisRuns(names: string[]): string {
  const key = (n: string) => (/^\d+$/.test(n) ? Number(n) : /^[A-Z]$/.test(n) ? 1000 + n.charCodeAt(0) : Number.NaN);
  const out: string[] = [];
  let i = 0;
  while (i < names.length) {
    let j = i;
    while (j + 1 < names.length && key(names[j + 1]) === key(names[j]) + 1) j++;
    out.push(j - i >= 2 ? `${names[i]}–${names[j]}` : names.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return out.join(', ');
}
