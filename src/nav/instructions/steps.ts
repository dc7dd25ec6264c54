/**
 * Turn-by-turn steps from a route, phrased like Valhalla/OSRM and Wayfindr (ITU-T F.921): depart, turns named by
 * the nearest landmark, floor changes by vertical link, arrival with the side. Pure: no DOM, runs in Node.
 */
import type { HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { LINK_KINDS } from '../../core/vocab';
import type { NavPoint } from '../graph';
import { landmarkAt, landmarksOf, type Landmark } from './landmarks';
import { distanceEn, distanceZh, turnKind, TURN_EN, TURN_ZH, type TurnKind } from './speak';

export interface Step {
  kind: 'depart' | 'turn' | 'link' | 'arrive';
  floorId: string;
  at: Vec2;
  /** Metres walked in this step (0 for arrive). */
  distance: number;
  zh: string;
  en: string;
  turn?: TurnKind;
  landmarkId?: string;
  linkId?: string;
}

export interface StepInput {
  points: NavPoint[];
  links: string[];
  /** What the walker starts at and goes to, e.g. { zh: '主入口', en: 'the main entrance' }. */
  from?: { zh: string; en: string };
  to?: { zh: string; en: string; position?: Vec2 };
}

/** Legs shorter than this are folded into the next one: a jog around a pillar is not a turn. */
const SHORT_LEG = 3;

function simplify(pts: Vec2[], tol: number): Vec2[] {
  if (pts.length < 3) return pts.slice();
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = pts[a];
    const dx = pts[b][0] - ax;
    const dy = pts[b][1] - ay;
    const len = Math.hypot(dx, dy) || 1;
    let worst = -1;
    let wd = tol;
    for (let i = a + 1; i < b; i++) {
      const d = Math.abs((pts[i][0] - ax) * dy - (pts[i][1] - ay) * dx) / len;
      if (d > wd) {
        wd = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

const len = (a: Vec2, b: Vec2) => Math.hypot(b[0] - a[0], b[1] - a[1]);
const heading = (a: Vec2, b: Vec2) => Math.atan2(b[1] - a[1], b[0] - a[0]);

function signedTurn(h0: number, h1: number): number {
  let d = ((h1 - h0) * 180) / Math.PI;
  while (d > 180) d -= 360;
  while (d <= -180) d += 360;
  return d;
}

interface Leg {
  from: Vec2;
  to: Vec2;
  length: number;
  /** Turn taken at `from` relative to the previous leg (0 for the first). */
  turn: number;
}

/** Legs of one floor's polyline after removing noise, small turns and short jogs. */
function legsOf(pts: Vec2[]): Leg[] {
  const s = simplify(pts, 0.6);
  const legs: Leg[] = [];
  for (let i = 0; i + 1 < s.length; i++) {
    const l = len(s[i], s[i + 1]);
    if (l < 1e-6) continue;
    const prev = legs[legs.length - 1];
    const turn = prev ? signedTurn(heading(prev.from, prev.to), heading(s[i], s[i + 1])) : 0;
    // A small turn or a short jog continues the current leg rather than starting a new step.
    if (prev && (Math.abs(turn) < 30 || l < SHORT_LEG)) {
      prev.to = s[i + 1];
      prev.length += l;
      continue;
    }
    if (prev && prev.length < SHORT_LEG && legs.length > 1) {
      // The previous leg was a short jog between two turns: fold it into this one.
      legs.pop();
      const before = legs[legs.length - 1];
      const t = signedTurn(heading(before.from, before.to), heading(prev.from, s[i + 1]));
      legs.push({ from: prev.from, to: s[i + 1], length: prev.length + l, turn: t });
      continue;
    }
    legs.push({ from: s[i], to: s[i + 1], length: l, turn });
  }
  // A last few steps after a turn are part of arriving, not a step of their own.
  const last = legs[legs.length - 1];
  if (legs.length > 1 && last.length < 5) {
    legs.pop();
    const prev = legs[legs.length - 1];
    prev.to = last.to;
    prev.length += last.length;
  }
  return legs;
}

function linkStep(doc: HallDocument, linkId: string | undefined, toFloor: string, at: Vec2, fromFloor: string): Step {
  const link = linkId ? doc.floors.flatMap((f) => f.elements).find((e) => e.id === linkId) : undefined;
  const kind = link && link.kind === 'vlink' ? link.linkKind : 'stair';
  const floor = doc.floors.find((f) => f.id === toFloor);
  const from = doc.floors.find((f) => f.id === fromFloor);
  const storey = floor ? String(floor.storey) : toFloor;
  const up = (floor?.storey ?? 0) >= (from?.storey ?? 0);
  const zh = { elevator: `乘电梯到${storey}楼`, escalator: `乘扶梯${up ? '上' : '下'}到${storey}楼`, stair: `走楼梯${up ? '上' : '下'}到${storey}楼`, ramp: `沿坡道到${storey}楼` }[kind];
  const en = {
    elevator: `Take the elevator to floor ${storey}`,
    escalator: `Take the escalator ${up ? 'up' : 'down'} to floor ${storey}`,
    stair: `Take the stairs ${up ? 'up' : 'down'} to floor ${storey}`,
    ramp: `Take the ramp to floor ${storey}`,
  }[kind];
  return { kind: 'link', floorId: fromFloor, at, distance: 0, zh, en, linkId };
}

/** `passed`: the landmark lies behind the walker at the turn ("after X"), else at or ahead of it ("at X"). */
function turnText(t: TurnKind, lm: Landmark | undefined, dist: number, passed: boolean): { zh: string; en: string } {
  const dzh = distanceZh(dist);
  const den = distanceEn(dist);
  if (!lm) return { zh: `${TURN_ZH[t]}，再走${dzh}`, en: `${cap(TURN_EN[t])} and walk ${den}` };
  if (lm.area) return { zh: `在${lm.zh}${TURN_ZH[t]}，再走${dzh}`, en: `${cap(TURN_EN[t])} at ${lm.en} and walk ${den}` };
  if (passed) return { zh: `经过${lm.zh}后${TURN_ZH[t]}，再走${dzh}`, en: `After ${lm.en}, ${TURN_EN[t]} and walk ${den}` };
  return { zh: `在${lm.zh}处${TURN_ZH[t]}，再走${dzh}`, en: `${cap(TURN_EN[t])} at ${lm.en} and walk ${den}` };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Steps for a route; `points` run across floors in walking order and `links` name each floor change in order. */
export function routeSteps(doc: HallDocument, r: StepInput): Step[] {
  const steps: Step[] = [];
  if (r.points.length === 0) return steps;
  // Split into runs on one floor.
  const runs: { floorId: string; pts: Vec2[] }[] = [];
  for (const np of r.points) {
    const last = runs[runs.length - 1];
    if (last && last.floorId === np.floorId) last.pts.push(np.p);
    else runs.push({ floorId: np.floorId, pts: [np.p] });
  }
  let lastDir: [Vec2, Vec2] | undefined;
  runs.forEach((run, ri) => {
    const marks = landmarksOf(doc, run.floorId);
    const legs = legsOf(run.pts);
    legs.forEach((leg, li) => {
      if (li === 0) {
        const d = leg.length;
        if (ri === 0) {
          const zh = r.from ? `从${r.from.zh}出发，向前直行${distanceZh(d)}` : `向前直行${distanceZh(d)}`;
          const en = r.from ? `Head straight from ${r.from.en} for ${distanceEn(d)}` : `Head straight for ${distanceEn(d)}`;
          steps.push({ kind: 'depart', floorId: run.floorId, at: leg.from, distance: d, zh, en });
        } else {
          const prev = steps[steps.length - 1];
          const what = prev.linkId ? linkNoun(doc, prev.linkId) : { zh: '楼梯', en: 'stairs' };
          steps.push({ kind: 'depart', floorId: run.floorId, at: leg.from, distance: d, zh: `出${what.zh}后向前直行${distanceZh(d)}`, en: `Leave the ${what.en} and go straight for ${distanceEn(d)}` });
        }
        return;
      }
      const t = turnKind(leg.turn);
      const lm = landmarkAt(marks, leg.from);
      const inc = legs[li - 1];
      const passed = !!lm && (lm.position[0] - leg.from[0]) * (inc.to[0] - inc.from[0]) + (lm.position[1] - leg.from[1]) * (inc.to[1] - inc.from[1]) < 0;
      steps.push({ kind: 'turn', floorId: run.floorId, at: leg.from, distance: leg.length, turn: t, landmarkId: lm?.id, ...turnText(t, lm, leg.length, passed) });
    });
    if (legs.length) lastDir = [legs[legs.length - 1].from, legs[legs.length - 1].to];
    const next = runs[ri + 1];
    if (next) steps.push(linkStep(doc, r.links[ri], next.floorId, run.pts[run.pts.length - 1], run.floorId));
  });
  const lastRun = runs[runs.length - 1];
  const end = lastRun.pts[lastRun.pts.length - 1];
  let side: 'left' | 'right' | 'ahead' = 'ahead';
  if (r.to?.position && lastDir) {
    const [a, b] = lastDir;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const tx = r.to.position[0] - end[0];
    const ty = r.to.position[1] - end[1];
    const l = Math.hypot(dx, dy) * Math.hypot(tx, ty);
    if (l > 1e-9) {
      const sin = (dx * ty - dy * tx) / l;
      if (sin > 0.5) side = 'left';
      else if (sin < -0.5) side = 'right';
    }
  }
  const name = r.to ? { zh: r.to.zh, en: r.to.en } : { zh: '目的地', en: 'your destination' };
  const sideZh = { left: '左侧', right: '右侧', ahead: '前方' }[side];
  const sideEn = { left: 'on your left', right: 'on your right', ahead: 'ahead' }[side];
  steps.push({
    kind: 'arrive',
    floorId: lastRun.floorId,
    at: end,
    distance: 0,
    zh: `到达${name.zh}，目的地在您${sideZh}`,
    en: `You have arrived at ${name.en}. Your destination is ${sideEn}`,
  });
  return steps;
}

function linkNoun(doc: HallDocument, id: string): { zh: string; en: string } {
  const e = doc.floors.flatMap((f) => f.elements).find((x) => x.id === id);
  if (e?.kind !== 'vlink') return { zh: '楼梯', en: 'stairs' };
  const t = LINK_KINDS[e.linkKind];
  return { zh: t.zh, en: e.linkKind === 'stair' ? 'stairs' : t.en.toLowerCase() };
}
