/** Signs at stairs, elevators and escalators: floor directories at every landing, elevator notices, and no screens crowding them. */
import { inFrontOf, type LinkMouth, linkMouths, standingPoint } from '../../core/kinds/vlink/mouths';
import { distToSegment, type Vec2 } from '../../core/geometry/vec';
import { lineOfSight } from '../../nav';
import { LINK_KINDS } from '../../core/vocab';
import type { Finding } from '../types';
import { defineRule } from '../define';
import { all, atLeast, atMost, finding, fmtLimit, fmtMeasured, num } from '../util';

/** Every landing: (floor id, link) for each floor a link serves. */
function landings(doc: Parameters<typeof all>[0]) {
  const out: { floorId: string; link: ReturnType<typeof all<'vlink'>>[number]['el'] }[] = [];
  for (const { floor, el } of all(doc, 'vlink')) for (const id of new Set([floor.id, ...el.floors])) if (doc.floors.some((f) => f.id === id)) out.push({ floorId: id, link: el });
  return out;
}

export const signFloorDirectory = defineRule({
  id: 'sign.floor-directory',
  group: 'signs',
  title: { zh: '楼层索引', en: 'Floor directories' },
  scope: 'hall',
  reads: ['sign', 'vlink'],
  params: ['verticalSignMaxM', 'toleranceM'],
  check(ctx) {
    const max = num(ctx, 'verticalSignMaxM');
    const signs = all(ctx.doc, 'sign').filter(({ el }) => el.signKind === 'floor-directory');
    const out: Finding[] = [];
    for (const { floorId, link } of landings(ctx.doc)) {
      if (link.linkKind === 'ramp') continue;
      // 各楼层入口处: measured to where people step off (the lift's door, a stair's or escalator's ends), not to
      // the middle of the shaft or flight, which a long escalator puts metres away from either end.
      const mouths = linkMouths(link);
      const toMouth = (p: Vec2) => Math.min(...mouths.map((m) => distToSegment(p, m.a, m.b)));
      if (signs.some(({ floor, el }) => floor.id === floorId && atMost(ctx, toMouth(el.position), max))) continue;
      const fname = ctx.doc.floors.find((f) => f.id === floorId)?.name ?? floorId;
      out.push(
        finding('sign.floor-directory', ctx, {
          elementIds: [link.id],
          floorId,
          at: mouths[0].mid,
          disc: floorId,
          zh: `${fname}的${link.name ?? LINK_KINDS[link.linkKind].zh}旁 ${max} m 内没有楼层索引牌`,
          en: `No floor directory within ${max} m of the ${LINK_KINDS[link.linkKind].en} on ${fname}`,
        }),
      );
    }
    return out;
  },
});

/**
 * The face a notice serves at a landing: an elevator's door; an escalator's end people step on from this floor (the
 * south end on its lowest floor, the north end above: one rides it north at rotation 0).
 */
function noticeMouth(doc: Parameters<typeof all>[0], floorId: string, link: ReturnType<typeof all<'vlink'>>[number]['el']): LinkMouth | undefined {
  const [south, north] = linkMouths(link);
  if (link.linkKind === 'elevator' || !north) return south;
  const elevation = (id: string) => doc.floors.find((f) => f.id === id)?.elevation ?? 0;
  const lowest = Math.min(...link.floors.map(elevation));
  return elevation(floorId) <= lowest ? south : north;
}

/**
 * 在电梯入口处 (hunan §6.1): a notice within `verticalSignMaxM` of the elevator's door face, on its side (not behind
 * its plane beyond `toleranceM`), and in sight of someone waiting a step (`entranceInsideM`) in front of the door.
 * 电梯设施 are lifts and escalators alike (the special-equipment catalogue's 电梯 include 自动扶梯): an escalator's
 * notice stands at the end one steps on from.
 */
export const signElevatorNotice = defineRule({
  id: 'sign.elevator-notice',
  group: 'signs',
  title: { zh: '乘梯须知', en: 'Elevator notices' },
  scope: 'hall',
  reads: ['nav', 'sign', 'vlink'],
  params: ['verticalSignMaxM', 'entranceInsideM', 'toleranceM'],
  check(ctx) {
    const max = num(ctx, 'verticalSignMaxM');
    const tol = num(ctx, 'toleranceM');
    const step = num(ctx, 'entranceInsideM');
    const signs = all(ctx.doc, 'sign').filter(({ el }) => el.signKind === 'elevator-notice');
    const out: Finding[] = [];
    for (const { floorId, link } of landings(ctx.doc)) {
      if (link.linkKind !== 'elevator' && link.linkKind !== 'escalator') continue;
      const door = noticeMouth(ctx.doc, floorId, link);
      if (!door) continue;
      const here = signs.filter(({ floor }) => floor.id === floorId).map(({ el }) => ({ el, d: distToSegment(el.position, door.a, door.b) }));
      const seen = (p: Vec2) => inFrontOf(door, p) >= -tol && lineOfSight(ctx.doc, floorId, standingPoint(door, step), p);
      if (here.some(({ el, d }) => atMost(ctx, d, max) && seen(el.position))) continue;
      const near = here.filter(({ d }) => atMost(ctx, d, max)).sort((x, y) => x.d - y.d)[0];
      out.push(
        finding('sign.elevator-notice', ctx, {
          elementIds: [link.id, ...(near ? [near.el.id] : [])],
          floorId,
          at: door.mid,
          disc: floorId,
          ...noticeMessage(link, max, near?.d),
          data: near ? { distanceM: near.d, maxM: max } : { maxM: max },
        }),
      );
    }
    return out;
  },
});

/** What a landing without its notice is told: an elevator's door, an escalator's end. */
function noticeMessage(link: ReturnType<typeof all<'vlink'>>[number]['el'], max: number, d: number | undefined): { zh: string; en: string } {
  const name = link.name ?? link.id;
  if (link.linkKind === 'escalator')
    return d !== undefined
      ? {
          zh: `扶梯“${name}”的乘梯须知距梯口 ${fmtMeasured(d, max)} m，但不在梯口前可见处（应在入口处）`,
          en: `The notice of escalator "${name}" is ${fmtMeasured(d, max)} m from its end but not seen from in front of it (must be at the entrance)`,
        }
      : { zh: `扶梯“${name}”在该层梯口 ${fmtLimit(max)} m 内没有乘梯须知`, en: `Escalator "${name}" has no notice within ${fmtLimit(max)} m of its end at this landing` };
  return d !== undefined
    ? {
        zh: `电梯“${name}”的乘梯须知距门 ${fmtMeasured(d, max)} m，但不在门前一侧可见处（应在电梯入口处）`,
        en: `The notice of elevator "${name}" is ${fmtMeasured(d, max)} m from its door but not seen from in front of the door (must be at the entrance)`,
      }
    : { zh: `电梯“${name}”在该层门前 ${fmtLimit(max)} m 内没有乘梯须知`, en: `Elevator "${name}" has no notice within ${fmtLimit(max)} m of its door at this landing` };
}

export const signElectronicClearance = defineRule({
  id: 'sign.electronic-clearance',
  group: 'signs',
  title: { zh: '电子标识避让电梯楼梯口', en: 'Screens clear of stairs and elevators' },
  scope: 'hall',
  reads: ['sign', 'vlink'],
  params: ['eSignClearM', 'toleranceM'],
  check(ctx) {
    const clear = num(ctx, 'eSignClearM');
    const out: Finding[] = [];
    const ls = landings(ctx.doc);
    for (const { floor, el } of all(ctx.doc, 'sign')) {
      if (!el.electronic) continue;
      for (const { floorId, link } of ls) {
        if (floorId !== floor.id || link.linkKind === 'ramp') continue;
        // 出入口: the elevator's door or the landing ends, not the side of a long escalator or stair
        const d = Math.min(...linkMouths(link).map((m) => distToSegment(el.position, m.a, m.b)));
        if (!atLeast(ctx, d, clear))
          out.push(
            finding('sign.electronic-clearance', ctx, {
              elementIds: [el.id, link.id],
              floorId,
              at: el.position,
              zh: `电子标识距${LINK_KINDS[link.linkKind].zh}出入口 ${fmtMeasured(d, clear)} m（应不小于 ${fmtLimit(clear)} m）`,
              en: `Electronic sign is ${fmtMeasured(d, clear)} m from the ${LINK_KINDS[link.linkKind].en}'s way on or off (min ${fmtLimit(clear)} m)`,
              data: { distanceM: d, minM: clear },
            }),
          );
      }
    }
    return out;
  },
});
