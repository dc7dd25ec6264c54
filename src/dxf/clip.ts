/** One frame's linework, text and blocks moved to the floor's own origin and into metres. */
import { inFrame } from './analyse';
import type { Arc, Drawing, Frame, HatchFill, Insert, Label, LayerRole, Loop, Seg } from './types';
import { linkKindOf } from './link-kind';

/** Roles whose fills a floor reads (columns and furniture as obstacles, stairs and lifts as vertical links). */
const FILL_ROLES: ReadonlySet<LayerRole> = new Set(['column', 'furniture', 'stair']);

function nearFrame(f: Frame, x: number, y: number, margin: number): boolean {
  const mx = (f.maxX - f.minX) * margin;
  const my = (f.maxY - f.minY) * margin;
  return x >= f.minX - mx && x <= f.maxX + mx && y >= f.minY - my && y <= f.maxY + my;
}

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
  // Written out rather than spread: a floor copies every segment of the drawing, and a spread copy is several
  // times slower than a literal of a segment's six fields.
  for (const s of d.segs)
    if (inFrame(frame, (s.ax + s.bx) / 2, (s.ay + s.by) / 2) && role(s.layer) !== 'ignore')
      segs.push({ ax: toX(s.ax), ay: toY(s.ay), bx: toX(s.bx), by: toY(s.by), layer: s.layer, ins: s.ins });
  const arcs: Arc[] = [];
  // Axis bubbles sit past the plan's edge: kept within a tenth of the frame so the grid shows its names.
  const keepArc = (a: Arc) => (role(a.layer) === 'axis' ? nearFrame(frame, a.cx, a.cy, 0.1) : inFrame(frame, a.cx, a.cy) && role(a.layer) !== 'ignore');
  for (const a of d.arcs) if (keepArc(a)) arcs.push({ ...a, cx: toX(a.cx), cy: toY(a.cy), r: a.r * f });
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
  // Only fills someone reads have their boundaries read: on a fill layer, or in a block placed as a stair or lift.
  const wanted = (h: HatchFill) => (h.ins < 0 ? FILL_ROLES.has(role(h.layer)) : linkKindOf(d.inserts[h.ins].name) !== undefined || role(d.inserts[h.ins].layer) === 'stair');
  const hatches = rings(d.hatches.filter(wanted).flatMap((h) => h.loops()));
  const inserts = d.inserts.map((i) => ({ ...i, x: toX(i.x), y: toY(i.y) }));
  const fw = (frame.maxX - frame.minX) * f;
  const fh = (frame.maxY - frame.minY) * f;
  const fx = (frame.minX - ox) * f;
  const fy = (frame.minY - oy) * f;
  const inFrameM = (x: number, y: number) => x - fx >= -0.05 * fw && x - fx <= 1.05 * fw && y - fy >= -0.05 * fh && y - fy <= 1.05 * fh;
  return { segs, arcs, labels, loops, hatches, inserts, inFrameM };
}
