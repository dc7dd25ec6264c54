/**
 * Turn-by-turn steps from a route, phrased the way a person at the information desk would give them: every turn is
 * classified from the route geometry (bands in speak.ts); the first step is relative to how the walker faces at the
 * start (coming in through a door, or reading a sign); a turn is named by a landmark the walker can see from it;
 * a floor change names the lift or stairs and the turn on leaving it. Each step also carries short audio prompts
 * after Wayfindr (ITU-T F.921): one instruction per prompt, a reassurance prompt half-way along a long straight,
 * and arrival with the side the destination is on. Pure: no DOM, runs in Node and in the phone app.
 */
import type { HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import type { NavPoint } from '../graph';
import { inSight, landmarkAt, SOME_STAIRS, wallsOf, type Landmark, type Wayfinding } from './landmarks';
import { distanceEn, distanceZh, turnKind, TURN_BANDS, TURN_EN, TURN_ZH, type TurnKind } from './speak';

export interface Prompt {
  zh: string;
  en: string;
}

export interface Step {
  kind: 'depart' | 'turn' | 'link' | 'arrive';
  floorId: string;
  at: Vec2;
  /** Metres walked in this step (0 for link and arrive). */
  distance: number;
  zh: string;
  en: string;
  turn?: TurnKind;
  landmarkId?: string;
  linkId?: string;
  /** What the voice says for this step, in order (the instruction, then a reassurance on a long straight). */
  prompts: Prompt[];
}

export interface StepFrom {
  zh: string;
  en: string;
  /** How the walker stands at the start: coming in through a door, or facing a sign they scanned. */
  via?: 'entrance' | 'sign';
  /** Unit vector the walker faces at the start (plan axes). Without it the first step names what to head for. */
  facing?: Vec2;
}

export interface StepInput {
  points: NavPoint[];
  links: string[];
  /** What the walker starts at, e.g. { zh: '主入口', en: 'the main entrance', via: 'entrance', facing: [0, 1] }. */
  from?: StepFrom;
  to?: { zh: string; en: string; position?: Vec2 };
}

/** Legs shorter than this between two turns are a jog around a pillar, not a step of their own. */
const SHORT_LEG = 3;
/** A bear-off shorter than this that the path bears straight back from is an S-bend, not a step. */
const S_BEND = 8;
/** A last leg shorter than this is part of arriving. */
const LAST_LEG = 4;
/** Straights longer than this get a reassurance prompt half-way. */
const REASSURE_AFTER = 20;

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

/** Signed angle in degrees from heading h0 to h1 (radians), in (-180, 180]; positive turns left. */
export function signedTurn(h0: number, h1: number): number {
  let d = ((h1 - h0) * 180) / Math.PI;
  while (d > 180) d -= 360;
  while (d <= -180) d += 360;
  return d;
}

export interface Leg {
  from: Vec2;
  to: Vec2;
  length: number;
  /** Heading (radians) the walker sets off on, and the one they have at the end of the leg. */
  h0: number;
  h1: number;
  /** Turn taken at `from` relative to the end of the previous leg, degrees (0 for the first). */
  turn: number;
}

/**
 * Legs of one floor's polyline. Bends under the straight band continue a leg as long as the leg as a whole has not
 * drifted past the band either (so five 15° bends still make a turn); a short jog between two turns is folded into
 * the leg after it; a short last leg is part of arriving.
 */
export function legsOf(pts: Vec2[]): Leg[] {
  const s = simplify(pts, 0.5);
  let legs: Leg[] = [];
  for (let i = 0; i + 1 < s.length; i++) {
    const l = len(s[i], s[i + 1]);
    if (l < 1e-6) continue;
    const h = heading(s[i], s[i + 1]);
    const prev = legs[legs.length - 1];
    if (prev) {
      const t = signedTurn(prev.h1, h);
      if (Math.abs(t) < TURN_BANDS.straight && Math.abs(signedTurn(prev.h0, h)) < TURN_BANDS.straight) {
        prev.to = s[i + 1];
        prev.length += l;
        prev.h1 = h;
        continue;
      }
      legs.push({ from: s[i], to: s[i + 1], length: l, h0: h, h1: h, turn: t });
    } else legs.push({ from: s[i], to: s[i + 1], length: l, h0: h, h1: h, turn: 0 });
  }
  // Fold short jogs into the following leg until none is left (each pass removes one leg).
  for (let i = 0; i + 1 < legs.length; ) {
    if (legs[i].length >= SHORT_LEG) {
      i++;
      continue;
    }
    const a = legs[i];
    const b = legs[i + 1];
    const h0 = heading(a.from, b.to);
    const merged: Leg = { from: a.from, to: b.to, length: a.length + b.length, h0, h1: b.h1, turn: i > 0 ? signedTurn(legs[i - 1].h1, h0) : 0 };
    legs.splice(i, 2, merged);
    if (i > 0 && Math.abs(merged.turn) < TURN_BANDS.straight) {
      const p = legs[i - 1];
      legs.splice(i - 1, 2, { from: p.from, to: merged.to, length: p.length + merged.length, h0: p.h0, h1: merged.h1, turn: p.turn });
      i--;
    }
  }
  // An S-bend — a short bear one way straight after which the path bears back — is walking on, not two steps.
  for (let i = 1; i + 1 < legs.length; ) {
    const a = legs[i];
    const b = legs[i + 1];
    const slight = (t: number) => Math.abs(t) >= TURN_BANDS.straight && Math.abs(t) < TURN_BANDS.slight;
    if (a.length < S_BEND && slight(a.turn) && slight(b.turn) && Math.sign(a.turn) !== Math.sign(b.turn) && Math.abs(a.turn + b.turn) < TURN_BANDS.straight) {
      const p = legs[i - 1];
      legs.splice(i - 1, 3, { from: p.from, to: b.to, length: p.length + a.length + b.length, h0: p.h0, h1: b.h1, turn: p.turn });
      continue;
    }
    i++;
  }
  const last = legs[legs.length - 1];
  if (legs.length > 1 && last.length < LAST_LEG) {
    legs = legs.slice(0, -1);
    const p = legs[legs.length - 1];
    legs[legs.length - 1] = { ...p, to: last.to, length: p.length + last.length };
  }
  return legs;
}

/** Going on at the start of a walk, by the turn from the way the walker faces: "向左前方走约20米". */
const GO_ZH: Record<TurnKind, string> = {
  straight: '直行',
  'slight-left': '向左前方走',
  left: '左转，再走',
  'sharp-left': '向左后方转，再走',
  'slight-right': '向右前方走',
  right: '右转，再走',
  'sharp-right': '向右后方转，再走',
  'u-turn': '向后转，再走',
};
const GO_EN: Record<TurnKind, string> = {
  straight: 'walk straight ahead',
  'slight-left': 'bear left and walk',
  left: 'turn left and walk',
  'sharp-left': 'turn sharp left and walk',
  'slight-right': 'bear right and walk',
  right: 'turn right and walk',
  'sharp-right': 'turn sharp right and walk',
  'u-turn': 'turn around and walk',
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const unit = (h: number): Vec2 => [Math.cos(h), Math.sin(h)];

function departText(from: StepFrom | undefined, leg: Leg, ahead: Landmark | undefined): Prompt {
  const d = leg.length;
  if (from?.facing && (from.via === 'entrance' || from.via === 'sign')) {
    const t = turnKind(signedTurn(Math.atan2(from.facing[1], from.facing[0]), leg.h0));
    if (from.via === 'entrance') return { zh: `从${from.zh}进门后${GO_ZH[t]}${distanceZh(d)}`, en: `Come in through ${from.en}, ${GO_EN[t]} ${distanceEn(d)}` };
    if (t === 'u-turn') return { zh: `背对${from.zh}直行${distanceZh(d)}`, en: `With ${from.en} behind you, walk straight ahead ${distanceEn(d)}` };
    return { zh: `面向${from.zh}，${GO_ZH[t]}${distanceZh(d)}`, en: `Facing ${from.en}, ${GO_EN[t]} ${distanceEn(d)}` };
  }
  // No known facing: say what to head for, as a person pointing would.
  const start = from ? { zh: `从${from.zh}出发，`, en: `From ${from.en}, ` } : { zh: '', en: '' };
  if (ahead) return { zh: `${start.zh}朝${ahead.zh}方向走${distanceZh(d)}`, en: `${start.en}${from ? 'h' : 'H'}ead towards ${ahead.en} for ${distanceEn(d)}` };
  return { zh: `${start.zh}沿地图上的路线走${distanceZh(d)}`, en: `${start.en}${from ? 'f' : 'F'}ollow the line on the map for ${distanceEn(d)}` };
}

/** `passed`: the landmark lies behind the walker at the turn ("after X"), else at or ahead of it ("at X"). */
function turnText(t: TurnKind, lm: Landmark | undefined, dist: number, passed: boolean): Prompt {
  const dzh = distanceZh(dist);
  const den = distanceEn(dist);
  if (!lm) return { zh: `${TURN_ZH[t]}，再走${dzh}`, en: `${cap(TURN_EN[t])} and walk ${den}` };
  if (lm.area) return { zh: `在${lm.zh}${TURN_ZH[t]}，再走${dzh}`, en: `${cap(TURN_EN[t])} at ${lm.en} and walk ${den}` };
  if (passed) return { zh: `经过${lm.zh}后${TURN_ZH[t]}，再走${dzh}`, en: `After ${lm.en}, ${TURN_EN[t]} and walk ${den}` };
  return { zh: `在${lm.zh}处${TURN_ZH[t]}，再走${dzh}`, en: `${cap(TURN_EN[t])} at ${lm.en} and walk ${den}` };
}

function floorLabel(doc: HallDocument, floorId: string): { storey: number; label: string } {
  const f = doc.floors.find((x) => x.id === floorId);
  return { storey: f?.storey ?? 0, label: f ? String(f.storey) : floorId };
}

function linkStep(doc: HallDocument, way: Wayfinding, linkId: string | undefined, fromFloor: string, toFloor: string, at: Vec2): Step {
  const n = linkId ? way.link(linkId) : SOME_STAIRS;
  const to = floorLabel(doc, toFloor);
  const up = to.storey >= floorLabel(doc, fromFloor).storey;
  const zh =
    {
      elevator: `乘${n.zh}到${to.label}楼`,
      escalator: `乘${n.zh}${up ? '上' : '下'}到${to.label}楼`,
      stair: `走${n.zh}${up ? '上' : '下'}到${to.label}楼`,
      ramp: `沿${n.zh}到${to.label}楼`,
    }[n.kind] ?? `到${to.label}楼`;
  const en =
    {
      elevator: `Take ${n.en} to floor ${to.label}`,
      escalator: `Take ${n.en} ${up ? 'up' : 'down'} to floor ${to.label}`,
      stair: `Take ${n.en} ${up ? 'up' : 'down'} to floor ${to.label}`,
      ramp: `Take ${n.en} to floor ${to.label}`,
    }[n.kind] ?? `Go to floor ${to.label}`;
  return { kind: 'link', floorId: fromFloor, at, distance: 0, zh, en, linkId, prompts: [{ zh, en }] };
}

/**
 * The way a walker faces stepping off a link, from the way they walked in. A lift is left through the door it was
 * entered by, so facing back the way they came; so are the usual dog-leg stairs (two flights, turning on the
 * landing). Escalators and ramps run straight on.
 */
function exitHeading(kind: string, entry: number): number {
  return kind === 'escalator' || kind === 'ramp' ? entry : entry + Math.PI;
}

/** Landmark the first leg heads for: a visible point landmark near its end, else the zone it ends in. */
function aheadOf(marks: Landmark[], walls: readonly [Vec2, Vec2][], leg: Leg): Landmark | undefined {
  const lm = landmarkAt(marks, leg.to, 5, walls);
  return lm && (lm.area || inSight(walls, leg.from, lm.position)) ? lm : undefined;
}

function reassurance(leg: Leg): Prompt[] {
  if (leg.length <= REASSURE_AFTER) return [];
  const rest = leg.length / 2;
  return [{ zh: `继续直行，还有${distanceZh(rest)}`, en: `Keep going straight, ${distanceEn(rest)} to go` }];
}

/**
 * Steps for a route; `points` run across floors in walking order and `links` name each floor change in order. `way`
 * names the landmarks and links (src/nav/instructions/landmarks-of.ts `docWayfinding`, or the phone map's data).
 */
export function routeSteps(doc: HallDocument, r: StepInput, way: Wayfinding): Step[] {
  const steps: Step[] = [];
  if (r.points.length === 0) return steps;
  const runs: { floorId: string; pts: Vec2[] }[] = [];
  for (const np of r.points) {
    const last = runs[runs.length - 1];
    if (last && last.floorId === np.floorId) last.pts.push(np.p);
    else runs.push({ floorId: np.floorId, pts: [np.p] });
  }
  let lastLeg: Leg | undefined;
  runs.forEach((run, ri) => {
    const marks = way.marks(run.floorId);
    const walls = wallsOf(doc, run.floorId);
    const legs = legsOf(run.pts);
    legs.forEach((leg, li) => {
      if (li === 0) {
        let text: Prompt;
        if (ri === 0) text = departText(r.from, leg, aheadOf(marks, walls, leg));
        else {
          const linkId = r.links[ri - 1];
          const n = linkId ? way.link(linkId) : SOME_STAIRS;
          const t = lastLeg ? turnKind(signedTurn(exitHeading(n.kind, lastLeg.h1), leg.h0)) : 'straight';
          text = { zh: `出${n.zh}后${GO_ZH[t]}${distanceZh(leg.length)}`, en: `Leave ${n.en}, ${GO_EN[t]} ${distanceEn(leg.length)}` };
        }
        steps.push({ kind: 'depart', floorId: run.floorId, at: leg.from, distance: leg.length, ...text, prompts: [text, ...reassurance(leg)] });
        return;
      }
      const t = turnKind(leg.turn);
      const lm = landmarkAt(marks, leg.from, 4, walls);
      const inc = legs[li - 1];
      const back = unit(inc.h1);
      const passed = !!lm && !lm.area && (lm.position[0] - leg.from[0]) * back[0] + (lm.position[1] - leg.from[1]) * back[1] < 0;
      const text = turnText(t, lm, leg.length, passed);
      steps.push({ kind: 'turn', floorId: run.floorId, at: leg.from, distance: leg.length, turn: t, landmarkId: lm?.id, ...text, prompts: [text, ...reassurance(leg)] });
    });
    if (legs.length) lastLeg = legs[legs.length - 1];
    const next = runs[ri + 1];
    // The walk before a floor change ends at the lift or stairs: say so ("…约40米到无障碍电梯").
    const before = steps[steps.length - 1];
    if (next && before && (before.kind === 'depart' || before.kind === 'turn') && r.links[ri]) {
      const n = way.link(r.links[ri]);
      before.zh += `到${n.zh}`;
      before.en += ` to ${n.en}`;
      before.prompts[0] = { zh: before.zh, en: before.en };
    }
    if (next) steps.push(linkStep(doc, way, r.links[ri], run.floorId, next.floorId, run.pts[run.pts.length - 1]));
  });
  const lastRun = runs[runs.length - 1];
  const end = lastRun.pts[lastRun.pts.length - 1];
  let side: 'left' | 'right' | 'ahead' = 'ahead';
  if (r.to?.position && lastLeg) {
    const [dx, dy] = unit(lastLeg.h1);
    const tx = r.to.position[0] - end[0];
    const ty = r.to.position[1] - end[1];
    const l = Math.hypot(tx, ty);
    if (l > 1e-9) {
      const sin = (dx * ty - dy * tx) / l;
      if (sin > 0.5) side = 'left';
      else if (sin < -0.5) side = 'right';
    }
  }
  const name = r.to ? { zh: r.to.zh, en: r.to.en } : { zh: '目的地', en: 'your destination' };
  const sideZh = { left: '左侧', right: '右侧', ahead: '前方' }[side];
  const sideEn = { left: 'on your left', right: 'on your right', ahead: 'ahead of you' }[side];
  steps.push({
    kind: 'arrive',
    floorId: lastRun.floorId,
    at: end,
    distance: 0,
    zh: `到达${name.zh}，目的地在您${sideZh}`,
    en: `You have arrived at ${name.en}. Your destination is ${sideEn}`,
    prompts: [{ zh: `已到达${name.zh}，在您${sideZh}`, en: `${cap(name.en)} is ${sideEn}. You have arrived` }],
  });
  return steps;
}

/** The whole route as the voice says it. */
export function routePrompts(steps: readonly Step[], lang: 'zh' | 'en'): string[] {
  return steps.flatMap((s) => s.prompts.map((p) => p[lang]));
}
