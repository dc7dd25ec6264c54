/**
 * Public safety signs (jiangxi §5.1.7 “应在醒目位置张贴公共安全标志…包括但不限于：提示类标志：如“安全出口”…”): the text
 * names the 安全出口 sign and no place beyond 醒目位置 inside and outside the centre, so one in the centre meets it;
 * how many and where each exit is marked is GB 2894's business (not supplied).
 */
import type { RuleDef } from '../types';
import { defineRule } from '../define';
import { all, finding, hallFloorId } from '../util';

export const safetyExitSigns: RuleDef = defineRule({
  id: 'safety.exit-sign',
  group: 'safety',
  title: { zh: '安全出口标志', en: 'Emergency exit signs' },
  scope: 'hall',
  reads: ['sign'],
  params: [],
  check: (ctx) =>
    all(ctx.doc, 'sign').some(({ el }) => el.signKind === 'safety-exit')
      ? []
      : [
          finding('safety.exit-sign', ctx, {
            floorId: hallFloorId(ctx.doc),
            zh: '中心内没有“安全出口”标志',
            en: 'No emergency exit (安全出口) sign in the centre',
            hintZh: '在安全出口处张贴“安全出口”标志',
            hintEn: 'Put an emergency exit sign at the exits',
          }),
        ],
});
