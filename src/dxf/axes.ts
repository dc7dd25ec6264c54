/**
 * The structural grid (轴网): axis lines on axis layers named by the labels in their bubbles (1, 2, 3 … across,
 * A, B, C … up, 1/A for secondary axes), and the floors of a drawing set lined up on it. Plans of several storeys
 * drawn side by side share the grid, not the corner of what is drawn (an upper floor is often smaller), so a floor
 * is placed where its named axes fall on the same axes of the lowest chosen floor. Drawing units.
 */
import type { Frame, GridAxis, Label, LayerRole, Seg } from './types';

/** Axis names as drawn in bubbles: 1 … 99, A … ZZ (I, O and Z are skipped by the standard but not refused), 1/A, A-1, 1A. */
const AXIS_NAME = /^(?:\d{1,3}|[A-Z]{1,2}|\d{1,3}\/[A-Z\d]{1,3}|[A-Z]{1,2}\/[A-Z\d]{1,3}|[A-Z]{1,2}-?\d{1,2}|\d{1,2}[A-Z])$/;
/** Within this angle (sine) of vertical or horizontal a line is an axis of the grid. */
const SQUARE = Math.sin((1 * Math.PI) / 180);

const isAxisName = (text: string) => AXIS_NAME.test(text.replace(/\s+/g, '').toUpperCase());

interface Candidate {
  along: 'x' | 'y';
  at: number;
  /** The line's ends along its own direction. */
  lo: number;
  hi: number;
}

/** Axis-parallel lines on axis layers with their midpoint in the frame grown by a tenth. */
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
    if (Math.abs(s.bx - s.ax) <= SQUARE * L) out.push({ along: 'x', at: mx, lo: Math.min(s.ay, s.by), hi: Math.max(s.ay, s.by) });
    else if (Math.abs(s.by - s.ay) <= SQUARE * L) out.push({ along: 'y', at: my, lo: Math.min(s.ax, s.bx), hi: Math.max(s.ax, s.bx) });
  }
  return out;
}

/**
 * The named axes of one frame: each axis line takes the axis-name label that sits on its line beyond one of its
 * ends (in its bubble: across at most 1.5 text heights, along at most 4 past the end). Lines with no label stay
 * unnamed and are left out; a name found on two different lines keeps the first.
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
      const across = c.along === 'x' ? l.x - c.at : l.y - c.at;
      const along = c.along === 'x' ? l.y : l.x;
      const past = along > c.hi ? along - c.hi : along < c.lo ? c.lo - along : -1;
      if (Math.abs(across) > 1.5 * h || past < 0 || past > 4 * h) continue;
      const name = l.text.replace(/\s+/g, '').toUpperCase();
      const key = `${c.along}:${name}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ name, along: c.along, at: c.at, label: [l.x, l.y] });
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

/**
 * Floor origins for the chosen frames: each frame shifted onto the first one by the median offset of the axes
 * they share by name (per direction, only where they share one), then one common origin at the corner of all
 * shifted frames, so every floor's coordinates stay positive and the grid has the same coordinates on each.
 */
export function alignFrames(frames: Frame[]): FrameOrigins {
  const ref = frames[0];
  const shared = new Set<string>();
  const shifts = frames.map((f, k): [number, number] => {
    const by = (along: 'x' | 'y') => {
      const d: number[] = [];
      for (const a of f.axes ?? []) {
        if (a.along !== along) continue;
        const r = ref.axes?.find((b) => b.along === along && b.name === a.name);
        if (!r) continue;
        d.push(r.at - a.at);
        if (k > 0) shared.add(a.name);
      }
      return d.length ? median(d) : undefined;
    };
    const dx = by('x');
    const dy = by('y');
    // Not on the grid: the floor keeps its own corner, lined up with the reference's.
    return [dx ?? ref.minX - f.minX, dy ?? ref.minY - f.minY];
  });
  const ox = Math.min(...frames.map((f, k) => f.minX + shifts[k][0]));
  const oy = Math.min(...frames.map((f, k) => f.minY + shifts[k][1]));
  return { origins: shifts.map(([sx, sy]) => [ox - sx, oy - sy]), shared: [...shared].sort(axisOrder) };
}

/** Numbers first in numeric order, then letters. */
function axisOrder(a: string, b: string): number {
  const na = /^\d/.test(a);
  const nb = /^\d/.test(b);
  if (na !== nb) return na ? -1 : 1;
  return a.localeCompare(b, 'en', { numeric: true });
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
