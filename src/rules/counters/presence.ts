/** Which windows a hall has, and that each is numbered, signed and has an evaluation device. */
import { counterTypeTerm, zoneTypeTerm } from '../../core/terms';
import type { CounterType, ZoneType } from '../../core/vocab';
import { dist } from '../../core/geometry/vec';
import type { ElementOf } from '../../core/kinds/registry';
import type { Finding, RuleContext, Severity } from '../types';
import { defineRule } from '../define';
import { all, atMost, finding, missingEquipment, num, pointsOf, zonesOfType, hallFloorId } from '../util';

/** A kind of window several counter types make (`anyOf` in a preset's counter.required options). */
interface AnyOfGroup {
  id: string;
  name: { zh: string; en: string };
  types: CounterType[];
  severity?: Severity;
}

export const counterRequired = defineRule({
  id: 'counter.required',
  group: 'counters',
  title: { zh: '必设窗口', en: 'Required counters' },
  scope: 'hall',
  reads: ['counter'],
  params: [],
  check(ctx) {
    const o = ctx.setting.options ?? {};
    const have = new Set(all(ctx.doc, 'counter').map(({ el }) => el.type));
    const out: Finding[] = [];
    const lists: [unknown, Severity | undefined][] = [
      [o.required, undefined],
      [o.expected, 'warning'],
      [o.optional, 'info'],
    ];
    const preset = ctx.doc.meta.preset;
    // Types a clause the level does not merely refer to requires (hunan §6.5 咨询服务台 beside §5.4's 可参考执行).
    const strict = new Set(Array.isArray(o.errorTypes) ? (o.errorTypes as CounterType[]) : []);
    for (const [list, sev] of lists)
      for (const t of (Array.isArray(list) ? list : []) as CounterType[]) {
        if (have.has(t)) continue;
        const f = finding('counter.required', ctx, {
          disc: t,
          floorId: hallFloorId(ctx.doc),
          zh: `缺少${counterTypeTerm(t, preset).zh}`,
          en: `No ${counterTypeTerm(t, preset).en} counter`,
          data: { counterType: t },
        });
        if (sev) f.severity = sev;
        else if (strict.has(t)) f.severity = 'error';
        out.push(f);
      }
    // A kind of window any of several types makes (hainan §6.1.3.1 可设置…特色窗口, 包括但不限于 five types): one
    // finding when the hall has none of them, at the group's severity.
    for (const g of (Array.isArray(o.anyOf) ? o.anyOf : []) as AnyOfGroup[]) {
      if (g.types.some((t) => have.has(t))) continue;
      const names = g.types.map((t) => counterTypeTerm(t, preset));
      const f = finding('counter.required', ctx, {
        disc: `any:${g.id}`,
        floorId: hallFloorId(ctx.doc),
        zh: `缺少${g.name.zh}（${names.map((n) => n.zh).join('、')}等）`,
        en: `No ${g.name.en} counter (${names.map((n) => n.en).join(', ')} …)`,
      });
      if (g.severity) f.severity = g.severity;
      out.push(f);
    }
    // "A window or a zone" (e.g. hunan §5.4.6 政务公开窗口或政务公开区).
    for (const t of (Array.isArray(o.windowOrZone) ? o.windowOrZone : []) as (CounterType & ZoneType)[]) {
      if (have.has(t) || zonesOfType(ctx.doc, t).length) continue;
      out.push(
        finding('counter.required', ctx, {
          disc: `or-zone:${t}`,
          floorId: hallFloorId(ctx.doc),
          zh: `缺少${counterTypeTerm(t, preset).zh}或${zoneTypeTerm(t, preset).zh}`,
          en: `No ${counterTypeTerm(t, preset).en} counter or zone`,
        }),
      );
    }
    return out;
  },
});

export const counterNumbered = defineRule({
  id: 'counter.numbered',
  group: 'counters',
  title: { zh: '窗口编号与标牌', en: 'Counter numbers and signs' },
  scope: 'hall',
  reads: ['sign', 'counter'],
  params: ['counterSignMaxM', 'toleranceM'],
  check(ctx) {
    const out: Finding[] = [];
    const counters = all(ctx.doc, 'counter');
    // Hunan §5.5 asks for a sign in Chinese at each window and says nothing of numbers (`numbers: false`).
    const numbered = ctx.setting.options?.numbers !== false;
    const byNumber = new Map<string, string[]>();
    for (const { el } of counters) if (el.number) byNumber.set(el.number, [...(byNumber.get(el.number) ?? []), el.id]);
    // A counter sign says something only with Chinese text on it (中文标识).
    const signs = all(ctx.doc, 'sign').filter(({ el }) => el.signKind === 'counter' && el.text.zh.trim().length > 0);
    // Signs aimed at a counter, looked up by it (every counter asks; most halls aim every sign).
    const targeted = new Set(signs.map((s) => s.el.target));
    const max = num(ctx, 'counterSignMaxM');
    for (const { floor, el } of counters) {
      if (numbered) out.push(...numberFindings(ctx, floor.id, el, byNumber));
      // A sign aimed at another counter is that counter's, however close.
      const near = (s: (typeof signs)[number]) => !s.el.target && s.floor.id === floor.id && atMost(ctx, dist(s.el.position, el.position), max);
      const signed = targeted.has(el.id) || signs.some((s) => near(s) && (!numbered || (!!el.number && s.el.text.zh.includes(el.number))));
      if (!signed)
        out.push(
          finding('counter.numbered', ctx, {
            elementIds: [el.id],
            floorId: floor.id,
            at: el.position,
            disc: 'no-sign',
            ...(numbered
              ? { zh: `${el.number || el.id}号窗口没有显示编号和类型的窗口标牌`, en: `Counter ${el.number || el.id} has no counter sign showing its number and type` }
              : { zh: `窗口“${el.number || el.name || el.id}”没有中文窗口标识`, en: `Counter "${el.number || el.name || el.id}" has no counter sign in Chinese` }),
            hintZh: '放置一块“窗口标牌”并指向该窗口',
            hintEn: 'Place a counter sign targeting it',
          }),
        );
    }
    return out;
  },
});

/** A counter without a number, or the first of several sharing one. */
function numberFindings(ctx: RuleContext, floorId: string, el: ElementOf<'counter'>, byNumber: Map<string, string[]>): Finding[] {
  if (!el.number)
    return [
      finding('counter.numbered', ctx, {
        elementIds: [el.id],
        floorId,
        at: el.position,
        disc: 'no-number',
        zh: `窗口“${el.name ?? el.id}”没有编号`,
        en: `Counter "${el.name ?? el.id}" has no number`,
      }),
    ];
  const dup = byNumber.get(el.number)!;
  if (dup.length < 2 || dup[0] !== el.id) return [];
  return [
    finding('counter.numbered', ctx, {
      elementIds: dup,
      floorId,
      at: el.position,
      disc: 'duplicate',
      zh: `窗口编号 ${el.number} 重复（${dup.length} 个）`,
      en: `Counter number ${el.number} is used ${dup.length} times`,
    }),
  ];
}

export const counterEvaluator = defineRule({
  id: 'counter.evaluator',
  group: 'counters',
  title: { zh: '评价器', en: 'Evaluation devices' },
  scope: 'hall',
  reads: ['point:evaluator', 'counter'],
  params: ['evaluatorMaxM', 'toleranceM'],
  // An evaluator bound to a counter (counterId) counts only for that counter; a loose one for any counter near it.
  // Where the text asks per place, not per counter (hainan §9.3.1.1 在各级政务服务场所配置), one in the hall does.
  check(ctx) {
    const ev = pointsOf(ctx.doc, 'evaluator');
    if (ctx.setting.options?.perCounter === false)
      return ev.length ? [] : [finding('counter.evaluator', ctx, { floorId: hallFloorId(ctx.doc), zh: '大厅没有配置评价器', en: 'The hall has no evaluation device' })];
    const max = num(ctx, 'evaluatorMaxM');
    const bound = new Set(ev.map((e) => e.el.counterId));
    const loose = ev.filter((e) => !e.el.counterId);
    // Counter types outside the clause's scope (jiangxi §6.4.3 stands under 窗口服务区; the 咨询导办台 is §6.2's).
    const exempt = ctx.setting.options?.exempt;
    const isExempt = (t: string) => Array.isArray(exempt) && exempt.includes(t);
    return all(ctx.doc, 'counter')
      .filter(({ floor, el }) => !isExempt(el.type) && !bound.has(el.id) && !loose.some((e) => e.floor.id === floor.id && atMost(ctx, dist(e.el.position, el.position), max)))
      .map(({ floor, el }) =>
        finding('counter.evaluator', ctx, {
          elementIds: [el.id],
          floorId: floor.id,
          at: el.position,
          zh: `${el.number || el.id}号窗口没有评价器`,
          en: `Counter ${el.number || el.id} has no evaluation device`,
        }),
      );
  },
});

// hunan part 1 §6.5 应配备…排队取号机等服务设备, hainan §6.2.1.1 业务办理类 应配备服务柜台、取号机…: the place has one.
export const counterTicketMachine = defineRule({
  id: 'counter.ticket-machine',
  group: 'counters',
  title: { zh: '排队取号机', en: 'Queue ticket machine' },
  scope: 'hall',
  reads: ['point:ticket-machine'],
  params: [],
  check: (ctx) => missingEquipment(ctx, 'counter.ticket-machine', 'ticket-machine', '没有配置排队取号机', 'No queue ticket machine'),
});
