/**
 * Finds which element kinds a rule's findings depend on, by perturbing one kind at a time (removing all its
 * elements; shifting them a little) and seeing whether the rule's findings change. Used by reads.test.ts to hold
 * each rule to the dependencies it declares (the incremental checker skips a rule when none of them changed).
 */
import type { HallDocument } from '../../../src/core/document';
import { ELEMENT_KINDS as REGISTERED, kindOf, type HallElement } from '../../../src/core/kinds/registry';
import { resolveParams, resolveRuleSetting } from '../../../src/rules/preset';
import { expandReads, readKeyOf, type Finding, type ReadKey, type RuleDef } from '../../../src/rules/types';

/** Every registered kind, points by their kind: a new kind is probed without anyone adding it here. */
const READ_KEYS: readonly ReadKey[] = [...expandReads(REGISTERED)];

export function runRule(rule: RuleDef, doc: HallDocument, floorIds?: string[]): Finding[] {
  const setting = resolveRuleSetting(doc.meta.preset, rule.id, doc.meta.level);
  if (!setting) return [];
  const ctx = { doc, preset: doc.meta.preset, level: doc.meta.level, setting, params: resolveParams(doc.meta.preset, doc.meta.ruleOverrides) };
  try {
    if (rule.scope === 'floor') return doc.floors.filter((f) => !floorIds || floorIds.includes(f.id)).flatMap((floor) => rule.check({ ...ctx, floor }));
    return rule.check(ctx);
  } catch (e) {
    return [{ key: `crash:${e instanceof Error ? e.message : e}` } as Finding];
  }
}

const sig = (fs: Finding[]) => JSON.stringify(fs.map((f) => [f.key, f.message.en, f.data, f.at]).sort());

function perturbations(doc: HallDocument, key: ReadKey): HallDocument[] {
  const map = (fn: (e: HallElement) => HallElement | null): HallDocument => ({
    ...doc,
    floors: doc.floors.map((f) => ({ ...f, elements: f.elements.flatMap((e) => (readKeyOf(e) === key ? (fn(e) ? [fn(e)!] : []) : [e])) })),
  });
  return [map(() => null), map((e) => kindOf(e).translate(e, [0.37, -0.23])), map((e) => kindOf(e).translate(e, [-2.1, 1.7]))];
}

/** Kinds (points by their kind) whose perturbation changes the rule's findings on `doc`. */
export function observedReads(rule: RuleDef, doc: HallDocument): ReadKey[] {
  const base = sig(runRule(rule, doc));
  return READ_KEYS.filter((k) => perturbations(doc, k).some((d) => sig(runRule(rule, d)) !== base));
}

/** For a floor rule: whether its findings on one floor change when other floors change. */
export function readsOtherFloors(rule: RuleDef, doc: HallDocument): boolean {
  const f0 = doc.floors[0].id;
  const base = sig(runRule(rule, doc, [f0]));
  const emptied = { ...doc, floors: doc.floors.map((f) => (f.id === f0 ? f : { ...f, elements: [] })) };
  return sig(runRule(rule, emptied, [f0])) !== base;
}
