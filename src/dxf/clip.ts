/** One frame's linework, text and blocks moved to the floor's own origin (the frame's corner) and into metres. */
import { inFrame } from './analyse';
import type { Arc, Drawing, Frame, Insert, Label, LayerRole, Loop, Seg } from './types';

export interface FramePlan {
  segs: Seg[];
  arcs: Arc[];
  labels: Label[];
  loops: Loop[];
  hatches: Loop[];
  /** Every insert of the drawing (indexed as `ins` in the pieces), in floor metres. */
  inserts: Insert[];
  /** Within the frame's box, with a 5 % margin (floor metres). */
  inFrameM: (x: number, y: number) => boolean;
}

/** `origin`: the drawing point that becomes the floor's (0, 0); the frame's corner unless floors are lined up on the grid. */
export function clipToFrame(d: Drawing, frame: Frame, f: number, role: (l: string) => LayerRole, origin: [number, number] = [frame.minX, frame.minY]): FramePlan {
  const [ox, oy] = origin;
  const toX = (x: number) => (x - ox) * f;
  const toY = (y: number) => (y - oy) * f;
  const segs: Seg[] = [];
  for (const s of d.segs)
    if (inFrame(frame, (s.ax + s.bx) / 2, (s.ay + s.by) / 2) && role(s.layer) !== 'ignore') segs.push({ ...s, ax: toX(s.ax), ay: toY(s.ay), bx: toX(s.bx), by: toY(s.by) });
  const arcs: Arc[] = [];
  for (const a of d.arcs) if (inFrame(frame, a.cx, a.cy) && role(a.layer) !== 'ignore') arcs.push({ ...a, cx: toX(a.cx), cy: toY(a.cy), r: a.r * f });
  const labels: Label[] = [];
  for (const l of d.labels) if (inFrame(frame, l.x, l.y)) labels.push({ ...l, x: toX(l.x), y: toY(l.y), height: l.height * f });
  const rings = (list: Loop[]): Loop[] => {
    const out: Loop[] = [];
    for (const l of list)
      if (l.pts.length && inFrame(frame, l.pts[0][0], l.pts[0][1]) && role(l.layer) !== 'ignore')
        out.push({ ...l, pts: l.pts.map(([x, y]) => [toX(x), toY(y)] as [number, number]) });
    return out;
  };
  const loops = rings(d.loops);
  const hatches = rings(d.hatches);
  const inserts = d.inserts.map((i) => ({ ...i, x: toX(i.x), y: toY(i.y) }));
  const fw = (frame.maxX - frame.minX) * f;
  const fh = (frame.maxY - frame.minY) * f;
  const fx = (frame.minX - ox) * f;
  const fy = (frame.minY - oy) * f;
  const inFrameM = (x: number, y: number) => x - fx >= -0.05 * fw && x - fx <= 1.05 * fw && y - fy >= -0.05 * fh && y - fy <= 1.05 * fh;
  return { segs, arcs, labels, loops, hatches, inserts, inFrameM };
}
