/**
 * The rule engine: runs every rule the hall's preset applies at its level and collects findings. The
 * incremental checker re-runs only the rules whose declared reads changed since the previous document.
 */
import type { HallDocument, Floor } from '../core/document';
import { elementDiff } from '../core/element-diff';
import { ALL_RULES } from './registry';
import { resolveParams, resolveRuleSetting } from './preset';
import { expandReads, readKeyOf, type CheckResult, type Finding, type ReadKey, type RuleContext, type RuleDef, type Severity } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(fs: Finding[]): Finding[] {
  return fs.sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.ruleId.localeCompare(b.ruleId) || a.key.localeCompare(b.key));
}

interface Applied {
  rule: RuleDef;
  ctx: Omit<RuleContext, 'floor'>;
}

/** The rules a hall's settings apply, with their settings and parameters, per settings object (edits keep it). */
const settingsMemo = new WeakMap<HallDocument['meta'], { rule: RuleDef; ctx: Omit<Applied['ctx'], 'doc'> }[]>();
function applied(doc: HallDocument): Applied[] {
  let list = settingsMemo.get(doc.meta);
  if (!list) {
    const params = resolveParams(doc.meta.preset, doc.meta.ruleOverrides);
    list = [];
    for (const rule of ALL_RULES) {
      if (doc.meta.disabledRules.includes(rule.id)) continue;
      const setting = resolveRuleSetting(doc.meta.preset, rule.id, doc.meta.level);
      if (!setting) continue;
      list.push({ rule, ctx: { preset: doc.meta.preset, level: doc.meta.level, setting, params } });
    }
    settingsMemo.set(doc.meta, list);
  }
  return list.map(({ rule, ctx }) => ({ rule, ctx: { ...ctx, doc } }));
}

/** Marks a finding that says a rule could not run (its data.couldNotCheck is true). */
export const COULD_NOT_CHECK = 'couldNotCheck';

/**
 * A rule that throws is reported under its own id as an error finding with the cause, so it counts as failed,
 * never as passed (the CLI exits 2 on it, see `couldNotCheck`).
 */
function safeRun(rule: RuleDef, ctx: RuleContext): Finding[] {
  try {
    return rule.check(ctx);
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const cause = raw.length > 300 ? `${raw.slice(0, 300)}…` : raw;
    return [
      {
        key: `${rule.id}|could-not-check|${ctx.floor?.id ?? ''}`,
        ruleId: rule.id,
        severity: 'error',
        clause: ctx.setting.clause,
        elementIds: [],
        floorId: ctx.floor?.id,
        message: { zh: `规则 ${rule.id} 无法检查：${cause}`, en: `rule ${rule.id} could not be checked: ${cause}` },
        data: { [COULD_NOT_CHECK]: true },
      },
    ];
  }
}

/** The findings that say a rule could not run. */
export function couldNotCheck(r: CheckResult): Finding[] {
  return r.findings.filter((f) => f.data?.[COULD_NOT_CHECK] === true);
}

function result(apps: Applied[], findings: Finding[]): CheckResult {
  const failing = new Set(findings.map((f) => f.ruleId));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { findings: sortFindings(findings), applied: apps.map((a) => a.rule.id), passed: apps.map((a) => a.rule.id).filter((id) => !failing.has(id)), counts };
}

function runFloorRule(a: Applied, floor: Floor): Finding[] {
  return safeRun(a.rule, { ...a.ctx, floor });
}

/** Full check of a hall. */
export function checkHall(doc: HallDocument): CheckResult {
  const apps = applied(doc);
  const findings: Finding[] = [];
  for (const a of apps) {
    if (a.rule.scope === 'floor') for (const f of doc.floors) findings.push(...runFloorRule(a, f));
    else findings.push(...safeRun(a.rule, a.ctx));
  }
  return result(apps, findings);
}

/**
 * Which element kinds (points by their kind, see ReadKey) changed between two documents, per floor, and whether
 * floor settings (the floor list, names, levels, outlines) changed. Unchanged elements keep their identity in an
 * immutable document, so the comparison is by reference and costs one pass over the floors that changed.
 */
interface DocChanges {
  floors: boolean;
  kinds: Map<string, Set<ReadKey>>;
}

function sameFloorSettings(a: Floor, b: Floor): boolean {
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.storey === b.storey &&
    a.elevation === b.elevation &&
    a.height === b.height &&
    a.ifcGlobalId === b.ifcGlobalId &&
    (a.outline === b.outline || JSON.stringify(a.outline) === JSON.stringify(b.outline))
  );
}

function docChanges(prev: HallDocument, next: HallDocument): DocChanges {
  const kinds = new Map<string, Set<ReadKey>>();
  let floors = prev.floors.length !== next.floors.length;
  next.floors.forEach((f, i) => {
    const p = prev.floors[i];
    if (p === f) return;
    if (!p || !sameFloorSettings(p, f)) floors = true;
    if (!p || p.id !== f.id) return;
    const changed = new Set<ReadKey>();
    const diff = elementDiff(p.elements, f.elements);
    // A point changed in kind is removed as one kind and added as the other: both see the change.
    for (const e of diff.added) changed.add(readKeyOf(e));
    for (const e of diff.removed) changed.add(readKeyOf(e));
    // Same elements in another order: treat every kind there as changed (rules may pick the first of a kind).
    if (diff.reordered) for (const e of f.elements) changed.add(readKeyOf(e));
    if (changed.size) kinds.set(f.id, changed);
  });
  return { floors, kinds };
}

const KINDS_OF = new WeakMap<RuleDef, ReadKey[]>();
const kindsOf = (r: RuleDef): ReadKey[] => {
  let k = KINDS_OF.get(r);
  if (!k) KINDS_OF.set(r, (k = [...expandReads(r.reads)].sort()));
  return k;
};

/**
 * An incremental checker: same findings as checkHall (a property test holds it to that), but a rule runs again
 * only when something it reads changed — a hall rule when any element of its kinds changed anywhere, a floor rule
 * when one changed on that floor. Moving a sign re-runs the sign rules; moving a seat re-runs the rules that read
 * seats or walking distances (and those reuse repaired distance fields, src/nav/fields.ts).
 */
export function createChecker(): { check(doc: HallDocument): CheckResult } {
  let settingsKey = '';
  let prev: HallDocument | undefined;
  let floorsVersion = 0;
  const hallVersion = new Map<ReadKey, number>();
  const floorVersion = new Map<string, Map<ReadKey, number>>();
  const cache = new Map<string, { stamp: number; findings: Finding[] }>();
  const bump = (floorId: string, kind: ReadKey) => {
    hallVersion.set(kind, (hallVersion.get(kind) ?? 0) + 1);
    let m = floorVersion.get(floorId);
    if (!m) floorVersion.set(floorId, (m = new Map()));
    m.set(kind, (m.get(kind) ?? 0) + 1);
  };
  const run = (a: Applied, key: string, stamp: number, floor?: Floor): Finding[] => {
    const hit = cache.get(key);
    if (hit && hit.stamp === stamp) return hit.findings;
    const findings = floor ? runFloorRule(a, floor) : safeRun(a.rule, a.ctx);
    cache.set(key, { stamp, findings });
    return findings;
  };
  return {
    check(doc) {
      const key = prev && prev.meta === doc.meta ? settingsKey : JSON.stringify(doc.meta);
      if (key !== settingsKey || !prev) {
        cache.clear();
        settingsKey = key;
      } else if (prev !== doc) {
        const ch = docChanges(prev, doc);
        if (ch.floors) floorsVersion++;
        for (const [floorId, kinds] of ch.kinds) for (const k of kinds) bump(floorId, k);
      }
      prev = doc;
      const apps = applied(doc);
      const findings: Finding[] = [];
      for (const a of apps) {
        const kinds = kindsOf(a.rule);
        // A rule's stamp: the floor-settings version and the versions of the kinds it reads. Versions only grow,
        // so the sum changes whenever any of them does (and never comes back to an earlier value).
        if (a.rule.scope !== 'floor') {
          let stamp = floorsVersion * 2 ** 32;
          for (const k of kinds) stamp += hallVersion.get(k) ?? 0;
          findings.push(...run(a, a.rule.id, stamp));
          continue;
        }
        for (const f of doc.floors) {
          const fv = floorVersion.get(f.id);
          let stamp = floorsVersion * 2 ** 32;
          if (fv) for (const k of kinds) stamp += fv.get(k) ?? 0;
          findings.push(...run(a, `${a.rule.id}|${f.id}`, stamp, f));
        }
      }
      return result(apps, findings);
    },
  };
}

/** The score line users quote. */
export function score(r: CheckResult): { errors: number; warnings: number; infos: number; passed: number; applied: number } {
  return { errors: r.counts.error, warnings: r.counts.warning, infos: r.counts.info, passed: r.passed.length, applied: r.applied.length };
}
