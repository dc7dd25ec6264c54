/** Signs at stairs, elevators and escalators: floor directories at every landing, elevator notices, and no screens crowding them. */
import { kindOf } from '../../core/kinds/registry';
import { distToPolygon } from '../../core/geometry/polygon';
import { dist } from '../../core/geometry/vec';
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
      if (signs.some(({ floor, el }) => floor.id === floorId && atMost(ctx, dist(el.position, link.position), max))) continue;
      const fname = ctx.doc.floors.find((f) => f.id === floorId)?.name ?? floorId;
      out.push(
        finding('sign.floor-directory', ctx, {
          elementIds: [link.id],
          floorId,
          at: link.position,
          disc: floorId,
          zh: `${fname}的${link.name ?? LINK_KINDS[link.linkKind].zh}旁 ${max} m 内没有楼层索引牌`,
          en: `No floor directory within ${max} m of the ${LINK_KINDS[link.linkKind].en} on ${fname}`,
        }),
      );
    }
    return out;
  },
});

export const signElevatorNotice = defineRule({
  id: 'sign.elevator-notice',
  group: 'signs',
  title: { zh: '乘梯须知', en: 'Elevator notices' },
  scope: 'hall',
  reads: ['sign', 'vlink'],
  params: ['verticalSignMaxM', 'toleranceM'],
  check(ctx) {
    const max = num(ctx, 'verticalSignMaxM');
    const signs = all(ctx.doc, 'sign').filter(({ el }) => el.signKind === 'elevator-notice');
    return landings(ctx.doc)
      .filter(({ link }) => link.linkKind === 'elevator')
      .filter(({ floorId, link }) => !signs.some(({ floor, el }) => floor.id === floorId && atMost(ctx, dist(el.position, link.position), max)))
      .map(({ floorId, link }) =>
        finding('sign.elevator-notice', ctx, {
          elementIds: [link.id],
          floorId,
          at: link.position,
          disc: floorId,
          zh: `电梯“${link.name ?? link.id}”在该层没有乘梯须知`,
          en: `Elevator "${link.name ?? link.id}" has no notice at this landing`,
        }),
      );
  },
});

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
        const d = distToPolygon(el.position, kindOf(link).footprint(link)!);
        if (!atLeast(ctx, d, clear))
          out.push(
            finding('sign.electronic-clearance', ctx, {
              elementIds: [el.id, link.id],
              floorId,
              at: el.position,
              zh: `电子标识距${LINK_KINDS[link.linkKind].zh}口 ${fmtMeasured(d, clear)} m（应不小于 ${fmtLimit(clear)} m）`,
              en: `Electronic sign is ${fmtMeasured(d, clear)} m from the ${LINK_KINDS[link.linkKind].en} (min ${fmtLimit(clear)} m)`,
              data: { distanceM: d, minM: clear },
            }),
          );
      }
    }
    return out;
  },
});
