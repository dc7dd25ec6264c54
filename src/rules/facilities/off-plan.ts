/**
 * Requirements a floor plan cannot show: parking and tactile paths outside the building, emergency lighting on the
 * ceiling and the power behind it. A reviewer holding the standard does not pass them unseen nor fail a plan for
 * them: the checker says, as information, that the clause exists, how strong it is at this level, and that it is
 * checked on site. The rule runs only where the preset names the clause, so the note carries its words.
 */
import type { Term } from '../../core/vocab';
import { defineRule } from '../define';
import type { Finding, RuleContext, RuleDef, Severity } from '../types';
import { finding, hallFloorId } from '../util';

/** The force the preset gives the clause at this level, in the words a reviewer uses. */
const FORCE: Record<Severity, Term> = {
  error: { zh: '应（错误级）', en: 'shall (error)' },
  warning: { zh: '宜或参照执行（警告级）', en: 'should, or by reference (warning)' },
  info: { zh: '可（提示级）', en: 'may (information)' },
};

function notCheckable(ctx: RuleContext, ruleId: string, what: Term): Finding[] {
  const force = FORCE[ctx.setting.severity];
  return [
    {
      ...finding(ruleId, ctx, {
        floorId: hallFloorId(ctx.doc),
        zh: `无法从平面图核查：${what.zh}。该条要求为“${force.zh}”，须现场核查`,
        en: `Not checkable from the plan: ${what.en}. The clause reads ${force.en}: check on site`,
        hintZh: '现场核查后，可在问题面板中将本条标记为已核查',
        hintEn: 'Once checked on site, mark this item as checked in the findings panel',
        data: { requiredSeverity: ctx.setting.severity },
      }),
      severity: 'info',
    },
  ];
}

function offPlanRule(subject: string, title: Term, what: Term): RuleDef {
  const id = `offplan.${subject}`;
  return defineRule({ id, group: 'facilities', title, scope: 'hall', reads: [], params: [], check: (ctx) => notCheckable(ctx, id, what) });
}

export const OFF_PLAN_RULES: RuleDef[] = [
  offPlanRule('parking', { zh: '停车场', en: 'Car park' }, { zh: '停车场（在建筑外，平面图不含）', en: 'the car park (outside the building, not on the plan)' }),
  offPlanRule(
    'accessible-parking',
    { zh: '无障碍停车位', en: 'Accessible parking' },
    { zh: '无障碍停车位（在建筑外，平面图不含）', en: 'accessible parking spaces (outside the building, not on the plan)' },
  ),
  offPlanRule(
    'tactile-path-outside',
    { zh: '场所外盲道', en: 'Tactile paths outside' },
    { zh: '场所外的盲道（在建筑外，平面图不含）', en: 'tactile paths outside the place (not on the plan)' },
  ),
  offPlanRule(
    'emergency-lighting',
    { zh: '应急照明', en: 'Emergency lighting' },
    { zh: '应急照明及其电源（灯具在顶棚，平面图不含）', en: 'emergency lighting and its power supply (on the ceiling, not on the plan)' },
  ),
];
