/**
 * The treads of a stair flight in loose linework: lines as long as a flight is wide, parallel, of one length,
 * one tread apart. A stair drawn in plan always shows them; the ledges, arrows and outlines also kept on a
 * STAIRS layer do not.
 */

/** A flight is at least this wide (metres): shorter lines are no treads. */
const MIN_FLIGHT_M = 0.8;
/** A tread's going, metres: from a steep old stair to a gentle public one. */
const MIN_GOING_M = 0.2;
const MAX_GOING_M = 0.4;
/** Treads in a row that make a flight. */
const MIN_TREADS = 3;
/** Parallel: the sine of the angle between two treads at most this (about 2°). */
const PARALLEL_SIN = 0.035;
/** One length: two treads differ by at most this share. */
const SAME_LENGTH = 0.1;

interface Line {
  mx: number;
  my: number;
  ux: number;
  uy: number;
  len: number;
}

function lineOf(ax: number, ay: number, bx: number, by: number): Line | undefined {
  const len = Math.hypot(bx - ax, by - ay);
  if (len < MIN_FLIGHT_M) return undefined;
  // Directions folded onto one half-turn so two treads drawn either way read the same.
  const s = bx - ax < 0 || (bx - ax === 0 && by - ay < 0) ? -1 : 1;
  return { mx: (ax + bx) / 2, my: (ay + by) / 2, ux: (s * (bx - ax)) / len, uy: (s * (by - ay)) / len, len };
}

/** Lines of `a`'s direction and length that face it across, with their offsets from `a` along its normal. */
function facing(a: Line, lines: Line[]): { off: number; l: Line }[] {
  const out: { off: number; l: Line }[] = [];
  for (const b of lines) {
    if (Math.abs(a.ux * b.uy - a.uy * b.ux) > PARALLEL_SIN) continue;
    if (Math.abs(a.len - b.len) > SAME_LENGTH * a.len) continue;
    // Side by side, not end to end: the midpoints are within half a tread's length along it.
    if (Math.abs((b.mx - a.mx) * a.ux + (b.my - a.my) * a.uy) > a.len / 2) continue;
    out.push({ off: (b.mx - a.mx) * -a.uy + (b.my - a.my) * a.ux, l: b });
  }
  return out.sort((p, q) => p.off - q.off);
}

/**
 * The centre of the longest run of treads among the lines (flat x1, y1, x2, y2), or undefined when none has
 * `MIN_TREADS` treads one going apart.
 */
export function treadRunCentre(flat: readonly number[]): [number, number] | undefined {
  const lines: Line[] = [];
  for (let i = 0; i + 3 < flat.length; i += 4) {
    const l = lineOf(flat[i], flat[i + 1], flat[i + 2], flat[i + 3]);
    if (l) lines.push(l);
  }
  let best: Line[] = [];
  for (const a of lines) {
    const row = facing(a, lines);
    let run: Line[] = [];
    let last = Number.NEGATIVE_INFINITY;
    for (const { off, l } of row) {
      const gap = off - last;
      if (gap >= MIN_GOING_M && gap <= MAX_GOING_M) run.push(l);
      else if (gap >= MIN_GOING_M || run.length === 0) run = [l];
      else continue;
      last = off;
      if (run.length > best.length) best = run;
    }
  }
  if (best.length < MIN_TREADS) return undefined;
  let x = 0;
  let y = 0;
  for (const l of best) {
    x += l.mx;
    y += l.my;
  }
  return [x / best.length, y / best.length];
}
