/**
 * What the compliance report says, before it is laid out as HTML or PDF: the hall, the verdict, counts
 * per severity and per rule (failed, passed, not applicable), the findings of each rule as one entry
 * with a table of its elements named as people name them, the accepted deviations with their reasons,
 * and the markers for one plan per floor. Working notes in clause strings never reach it.
 */
import type { Floor, FindingState, HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { HALL_LEVELS, type PresetId, type Term } from '../../core/vocab';
import type { CheckResult, Finding, Severity } from '../types';
import { RULES_BY_ID } from '../registry';
import { presetRules, resolveRuleSetting } from '../preset';
import { elementLabel, withoutIds } from '../../core/element-label';
import { statusOf } from '../work-items';
import { notApplicable } from './applicability';
import { kindOf } from '../../core/kinds/registry';

export type RuleOutcome = 'fail' | 'pass' | 'na' | 'accepted' | 'onsite';

export interface ReportItem {
  floorId?: string;
  floorName: string;
  at?: Vec2;
  /** The elements, named for people ("A101 Foyer", "3 号窗口", "外门（Foyer—室外，0.92 m）"). */
  elements: Term;
  message: Term;
  status: FindingState['status'];
  reason?: string;
  /** Who accepted it (the name they sign comments with). */
  acceptedBy?: string;
  assignee?: string;
}

export interface ReportGroup {
  /** Entry number, also the number of its markers on the plans. */
  n: number;
  ruleId: string;
  severity: Severity;
  title: Term;
  clause: string;
  clauseText?: string;
  /** How the rule reads the clause where it rests on an interpretation, shown apart from the quoted text. */
  interpretation?: Term;
  hint?: Term;
  items: ReportItem[];
}

export interface ReportModel {
  hall: { name: string; nameEn?: string; preset: Term; presetSource: string; level: Term; floors: string[]; source?: string };
  date: string;
  /** Who prepared the report (the 编制 row of the sign-off), when the front end knows. */
  preparedBy?: string;
  counts: Record<Severity, number>;
  accepted: number;
  rules: { id: string; title: Term; clause: string; outcome: RuleOutcome; findings: number }[];
  applicable: number;
  passed: number;
  notApplicable: number;
  /** 0–100: share of applicable rules without open findings. */
  score: number;
  verdict: Term;
  groups: ReportGroup[];
  acceptedItems: (ReportItem & { ruleId: string; title: Term; clause: string })[];
  /** Each floor with its markers; `preset` names zone and counter types in its labels as the province does. */
  plans: { floor: Floor; preset: PresetId | undefined; markers: { n: number; at: Vec2; severity: Severity }[] }[];
  /** Floors with elements but no room, label or finding (a foundation level), named rather than drawn. */
  notDrawn: string[];
}

/** A count with its English noun, singular for one ("1 note", "2 notes"). */
const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Clause strings as a reader should see them: no notes to ourselves about sources still to check. */
export function publicClause(s: string | undefined): string {
  if (!s) return '';
  return s
    .replace(/RULES\.md\s*排队模型\s*/g, '排队论模型 ')
    .replace(/RULES\.md\s*/g, '')
    .replace(/[（(]\s*条款待核\s*[）)]/g, '')
    .replace(/[（(；;，,]?\s*条款号[据按]章节标题推定[^；;）)]*[）)]?/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const SEV_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One finding as a report row: its elements named for people, the message without ids, and its work status. */
function reportItem(doc: HallDocument, f: Finding): ReportItem {
  const states = doc.meta.findingStates;
  const labels = f.elementIds.map((id) => elementLabel(doc, id)).filter((l): l is Term => !!l);
  const st = states?.[f.key];
  const floorName = f.floorId ? doc.floors.find((fl) => fl.id === f.floorId)?.name : undefined;
  return {
    floorId: f.floorId,
    floorName: f.elementIds.length === 0 && !f.at ? '全馆 Whole hall' : floorName || '',
    at: f.at,
    elements: { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') },
    message: { zh: withoutIds(doc, f.message.zh, 'zh', f.elementIds), en: withoutIds(doc, f.message.en, 'en', f.elementIds) },
    status: statusOf(states, f.key),
    ...(st?.reason ? { reason: st.reason } : {}),
    ...(st?.acceptedBy ? { acceptedBy: st.acceptedBy } : {}),
    ...(st?.assignee ? { assignee: st.assignee } : {}),
  };
}

/** The open findings as one entry per rule, worst severity first, then the most findings. */
function reportGroups(doc: HallDocument, open: Finding[]): ReportGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of open) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const ordered = [...byRule.entries()].sort((a, b) => {
    const sa = Math.min(...a[1].map((f) => SEV_RANK[f.severity]));
    const sb = Math.min(...b[1].map((f) => SEV_RANK[f.severity]));
    return sa - sb || b[1].length - a[1].length || a[0].localeCompare(b[0]);
  });
  return ordered.map(([ruleId, list], i) => {
    const rule = RULES_BY_ID.get(ruleId);
    const setting = resolveRuleSetting(doc.meta.preset, ruleId, doc.meta.level);
    const severity = list.reduce<Severity>((s, f) => (SEV_RANK[f.severity] < SEV_RANK[s] ? f.severity : s), 'info');
    return {
      n: i + 1,
      ruleId,
      severity,
      title: rule?.title ?? { zh: ruleId, en: ruleId },
      clause: publicClause(setting?.clause ?? list[0].clause),
      ...(setting?.clauseText ? { clauseText: publicClause(setting.clauseText) } : {}),
      // The findings' own interpretation: its parameters named and valued as the check used them.
      ...(list[0].interpretation ? { interpretation: list[0].interpretation } : {}),
      ...(list[0].hint ? { hint: list[0].hint } : {}),
      items: list.map((f) => reportItem(doc, f)),
    };
  });
}

/**
 * The requirements a plan cannot show (rules/facilities/off-plan.ts): their note asks for a check on site, so such a
 * rule neither passes nor fails the plan and stays out of the score, whatever the note's status.
 */
const onSite = (ruleId: string) => ruleId.startsWith('offplan.');

/** Every applied rule with its outcome: failed, accepted (only accepted findings), not applicable, on site, or passed. */
function ruleOutcomes(doc: HallDocument, applied: string[], open: Finding[], accepted: Finding[]): ReportModel['rules'] {
  return applied.map((id) => {
    const n = open.filter((f) => f.ruleId === id).length;
    const acc = accepted.filter((f) => f.ruleId === id).length;
    const outcome: RuleOutcome = onSite(id) ? 'onsite' : n > 0 ? 'fail' : acc > 0 ? 'accepted' : notApplicable(doc, id, 0) ? 'na' : 'pass';
    const setting = resolveRuleSetting(doc.meta.preset, id, doc.meta.level);
    return { id, title: RULES_BY_ID.get(id)?.title ?? { zh: id, en: id }, clause: publicClause(setting?.clause), outcome, findings: n };
  });
}

/** The report's opening paragraph: what was checked against what, the counts, and the conclusion. */
function verdictText(
  doc: HallDocument,
  groups: ReportGroup[],
  n: { counts: Record<Severity, number>; applicable: number; passed: number; na: number; accepted: number; onsite: number },
): Term {
  const { counts, applicable, passed, na, accepted, onsite } = n;
  const preset = presetRules(doc.meta.preset);
  const worst = groups.slice(0, 3).map((g) => `${g.title.zh}（${g.items.length}）`);
  const worstEn = groups.slice(0, 3).map((g) => `${g.title.en} (${g.items.length})`);
  const level = HALL_LEVELS[doc.meta.level];
  const conclusion: Term =
    counts.error > 0
      ? { zh: '不符合标准要求，须整改后复核', en: 'does not comply; the errors must be corrected and the hall checked again' }
      : counts.warning > 0
        ? { zh: '基本符合标准要求，建议按警告项改进', en: 'broadly complies; the warnings should be addressed' }
        : { zh: '符合标准要求', en: 'complies' };
  return {
    zh: `本报告按${preset.name.zh}（${level.zh}）对“${doc.meta.name}”的 ${doc.floors.length} 个楼层进行检查。适用的 ${applicable} 条规则中 ${passed} 条通过，另有 ${na} 条因大厅中无相关对象不适用${onsite ? `，${onsite} 条平面图无法核查、须现场核查` : ''}；发现错误 ${counts.error} 项、警告 ${counts.warning} 项、提示 ${counts.info} 项${worst.length ? `，主要集中在${worst.join('、')}` : ''}${accepted ? `；另有 ${accepted} 项经确认接受，理由见“已接受的偏差”` : ''}。结论：${conclusion.zh}。`,
    en: `"${doc.meta.nameEn || doc.meta.name}" (${counted(doc.floors.length, 'floor')}) was checked against ${preset.name.en} at ${level.en} level. Of ${counted(applicable, 'applicable rule')} ${passed} passed; ${na} did not apply as the hall has nothing they check${onsite ? `; ${onsite} cannot be checked from a plan and are left to a check on site` : ''}. Found: ${counted(counts.error, 'error')}, ${counted(counts.warning, 'warning')}, ${counted(counts.info, 'note')}${worstEn.length ? `, mostly ${worstEn.join(', ')}` : ''}${accepted ? `; ${accepted} accepted as ${accepted === 1 ? 'an agreed deviation' : 'agreed deviations'} (see the list)` : ''}. Conclusion: the hall ${conclusion.en}.`,
  };
}

export function buildReport(doc: HallDocument, result: CheckResult, opts: { date?: Date; preparedBy?: string } = {}): ReportModel {
  const states = doc.meta.findingStates;
  const preset = presetRules(doc.meta.preset);
  const open = result.findings.filter((f) => statusOf(states, f.key) !== 'accepted');
  const accepted = result.findings.filter((f) => statusOf(states, f.key) === 'accepted');
  const groups = reportGroups(doc, open);
  const rules = ruleOutcomes(doc, result.applied, open, accepted);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of open) counts[f.severity]++;
  const na = rules.filter((r) => r.outcome === 'na').length;
  const onsite = rules.filter((r) => r.outcome === 'onsite').length;
  const applicable = rules.length - na - onsite;
  const passed = rules.filter((r) => r.outcome === 'pass' || r.outcome === 'accepted').length;
  const score = applicable ? Math.round((100 * passed) / applicable) : 100;
  const drawn = doc.floors.map((floor) => ({
    floor,
    preset: doc.meta.preset,
    markers: groups.flatMap((g) => g.items.filter((it) => it.floorId === floor.id && it.at).map((it) => ({ n: g.n, at: it.at!, severity: g.severity }))),
  }));
  // Beside floors the report speaks of, one with nothing it speaks of (an imported model's foundation level: walls, no
  // room, no finding) would take a page showing only structure: it is named as not drawn instead.
  const speaksOf = (p: (typeof drawn)[number]) => p.markers.length > 0 || p.floor.elements.some((el) => kindOf(el).planLabel?.(el, doc.meta.preset));
  const some = drawn.some(speaksOf);
  const plans = drawn.filter((p) => (some ? speaksOf(p) : p.floor.elements.length > 0));
  const notDrawn = drawn.filter((p) => p.floor.elements.length > 0 && !plans.includes(p)).map((p) => p.floor.name);
  return {
    hall: {
      name: doc.meta.name,
      ...(doc.meta.nameEn ? { nameEn: doc.meta.nameEn } : {}),
      preset: preset.name,
      presetSource: publicClause(preset.source),
      level: HALL_LEVELS[doc.meta.level],
      floors: doc.floors.map((f) => f.name),
      ...(doc.meta.source?.fileName ? { source: doc.meta.source.fileName } : {}),
    },
    date: (opts.date ?? new Date()).toISOString().slice(0, 10),
    ...(opts.preparedBy?.trim() ? { preparedBy: opts.preparedBy.trim() } : {}),
    counts,
    accepted: accepted.length,
    rules,
    applicable,
    passed,
    notApplicable: na,
    score,
    verdict: verdictText(doc, groups, { counts, applicable, passed, na, accepted: accepted.length, onsite }),
    groups,
    acceptedItems: accepted.map((f) => {
      const setting = resolveRuleSetting(doc.meta.preset, f.ruleId, doc.meta.level);
      return {
        ...reportItem(doc, f),
        ruleId: f.ruleId,
        title: RULES_BY_ID.get(f.ruleId)?.title ?? { zh: f.ruleId, en: f.ruleId },
        clause: publicClause(setting?.clause ?? f.clause),
      };
    }),
    plans,
    notDrawn,
  };
}
