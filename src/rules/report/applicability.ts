/**
 * Whether a rule had anything to check in this hall. A rule about counters' one-metre lines in a building
 * without counters did not pass: it was not applicable, and the report says so. Rules that require
 * something to exist (zones, counters, exits, AEDs) always apply: their absence is the finding.
 */
import type { HallDocument } from '../../core/document';
import type { HallElement } from '../../core/kinds/registry';
import { zoneSide } from '../../core/vocab';
import { liftFloors, mainEntrance } from '../util';
import { resolveRuleSetting } from '../preset';

type El = HallElement;
const count = (doc: HallDocument, pred: (e: El) => boolean) => doc.floors.reduce((n, f) => n + f.elements.filter(pred).length, 0);
const zoneOf = (t: string) => (e: El) => e.kind === 'zone' && (e.type === t || e.also.includes(t as never));

/** Rule id → how many things in the hall it checks. Rules not listed always apply. */
const SUBJECTS: Record<string, (e: El) => boolean> = {
  // The consultation desk is exempt from the line (oneMetreLineExempt) and is not a 窗口 work top.
  'counter.one-metre-line': (e) => e.kind === 'counter' && e.type !== 'consultation-desk',
  'counter.desk-height': (e) => e.kind === 'counter' && !e.low && e.type !== 'consultation-desk',
  'counter.desk-size': (e) => e.kind === 'counter' && e.type !== 'consultation-desk',
  'counter.uniform': (e) => e.kind === 'counter' && !e.low && e.type !== 'consultation-desk',
  'counter.numbered': (e) => e.kind === 'counter',
  'counter.evaluator': (e) => e.kind === 'counter',
  'queue.utilisation': (e) => e.kind === 'counter',
  'zone.counter-backoffice-link': zoneOf('counter-service'),
  'zone.waiting-per-floor': (e) => e.kind === 'counter' && e.type !== 'consultation-desk',
  'access.wheelchair-spaces': zoneOf('waiting'),
  'sign.floor-directory': (e) => e.kind === 'vlink',
  'sign.elevator-notice': (e) => e.kind === 'vlink' && (e.linkKind === 'elevator' || e.linkKind === 'escalator'),
  'sign.electronic-clearance': (e) => e.kind === 'sign' && e.electronic,
  'sign.bilingual': (e) => e.kind === 'sign',
  'sign.complaint': zoneOf('complaint'),
  'sign.disclosure': (e) => zoneOf('gov-disclosure')(e) || (e.kind === 'counter' && e.type === 'gov-disclosure'),
  'sign.zone': (e) => e.kind === 'zone' && e.type !== 'unclassified' && e.type !== 'circulation',
  'access.ramp': (e) => e.kind === 'vlink' && e.linkKind === 'ramp',
  'access.toilet': zoneOf('accessible-toilet'),
  'access.route-width': (e) => e.kind === 'route',
  'access.door-width': (e) => e.kind === 'opening',
  'access.priority-seats': zoneOf('waiting'),
  'zone.waiting-adjacent': zoneOf('waiting'),
  'zone.waiting-capacity': zoneOf('waiting'),
  'zone.form-filling': zoneOf('form-filling'),
  'zone.24h-independent': zoneOf('self-service-24h'),
  'zone.specialist-max': (e) => zoneOf('specialist')(e) || (e.kind === 'counter' && e.type === 'specialist'),
  'zone.classified': (e) => e.kind === 'zone',
  // Areas compared only where some are drawn (zone.required reports a hall with none).
  'zone.public-over-staff': (e) => e.kind === 'zone' && e.type !== 'unclassified',
  'safety.exit-width': (e) => e.kind === 'opening',
  // Exits are counted on floors with zones, escape distances measured from public zones: none drawn, nothing to check.
  'safety.exits': (e) => e.kind === 'zone',
  'safety.travel-distance': (e) => e.kind === 'zone' && zoneSide(e.type) === 'public' && e.type !== 'unclassified',
};

const hasMain = (doc: HallDocument) => doc.floors.some((f) => f.elements.some((e) => e.kind === 'opening' && (e.entrance === 'main' || e.entrance === 'secondary')));

/**
 * Rules whose clause is conditional on the hall as a whole: 如场所为多楼层 (a lift only where there are floors to
 * join); a route from the main entrance only where there is one (access.entrance reports its absence); AED
 * coverage and signposting only where an AED stands (safety.aed-present reports its absence).
 */
const HALL_SUBJECTS: Record<string, (doc: HallDocument) => number> = {
  'access.elevator': (doc) => (liftFloors(doc, resolveRuleSetting(doc.meta.preset, 'access.elevator', doc.meta.level)?.options?.wholePlace === true).length >= 2 ? 1 : 0),
  'access.route-connects': (doc) => (hasMain(doc) ? 1 : 0),
  // Measured from the main entrance: without one there is nothing to measure (access.entrance says so).
  'zone.consultation-near-entrance': (doc) => (mainEntrance(doc) ? 1 : 0),
  // The routes walked are the main entrance's: without one there is no route to sign (access.entrance says so).
  'sign.continuity': (doc) => (hasMain(doc) ? 1 : 0),
  'safety.aed-coverage': (doc) => count(doc, (e) => e.kind === 'point' && e.pointKind === 'aed'),
  // Signposted from the main entrance: without an AED or an entrance there is nothing to sign from or to.
  'safety.aed-signed': (doc) => (hasMain(doc) ? count(doc, (e) => e.kind === 'point' && e.pointKind === 'aed') : 0),
};

/** Number of things the rule checks in this hall; undefined for rules that always apply. */
export function subjectCount(doc: HallDocument, ruleId: string): number | undefined {
  const hall = HALL_SUBJECTS[ruleId];
  if (hall) return hall(doc);
  const pred = SUBJECTS[ruleId];
  return pred ? count(doc, pred) : undefined;
}

export function notApplicable(doc: HallDocument, ruleId: string, findings: number): boolean {
  return findings === 0 && subjectCount(doc, ruleId) === 0;
}
