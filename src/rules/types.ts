/**
 * The rule-engine contract. A rule is a pure function over a document snapshot and the active preset,
 * returning findings. Rules never read the clock, the DOM or global state.
 */
import type { HallDocument, Floor } from '../core/document';
import type { Vec2 } from '../core/geometry/vec';
import type { PresetId } from '../core/presets';
import { POINT_KIND_IDS, type HallLevel, type PointKind, type Term } from '../core/vocab';
import { ELEMENT_KINDS, KINDS, type HallElement } from '../core/kinds/registry';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable across re-checks of the same problem: `${ruleId}|${elementIds sorted}|${discriminator}`. */
  key: string;
  ruleId: string;
  severity: Severity;
  /** Clause of the active preset, e.g. "DB43/T §5.4.3" — always present. */
  clause: string;
  /** The standard's own words (verbatim excerpt) the finding rests on. */
  clauseText?: string;
  /** How the rule reads the clause where it goes beyond its words (shown as 解释 / Interpretation). */
  interpretation?: Term;
  /** Elements involved (ids); may be empty for "missing X" findings. */
  elementIds: string[];
  /** Where to zoom: floor and plan point. */
  floorId?: string;
  at?: Vec2;
  /** Stretches of the plan (on `floorId`) the finding is about where an element is too coarse: 5.8 m of boundary without a wall. */
  stretches?: [Vec2, Vec2][];
  message: Term;
  hint?: Term;
  /** Numbers that explain the finding (measured vs. required), for the inspector and the report. */
  data?: Record<string, number | string | boolean>;
}

/** What a preset says about one rule at the hall's level (after level resolution). */
export interface RuleSetting {
  severity: Severity;
  clause: string;
  /** Verbatim excerpt of the standard in Chinese. */
  clauseText?: string;
  /** How the rule reads the clause where it goes beyond its words. */
  interpretation?: Term;
  /** Rule-specific data from the preset, e.g. required zone lists. */
  options?: Record<string, unknown>;
}

/** Points by their kind: a seat dragged leaves alone the rules that read only AEDs, cameras or ticket machines. */
export type PointRead = `point:${PointKind}`;
export type RuleReads = HallElement['kind'] | 'nav' | PointRead;
/** What the incremental checker tracks changes of: element kinds, points by their kind. */
export type ReadKey = Exclude<HallElement['kind'], 'point'> | PointRead;

/** The kinds 'nav' stands for: every kind with a part in walking (its `walking` role in the kind registry). */
export const NAV_KINDS: readonly HallElement['kind'][] = ELEMENT_KINDS.filter((k) => KINDS[k].walking !== 'none');

const POINT_READS: readonly PointRead[] = POINT_KIND_IDS.map((k): PointRead => `point:${k}`);
const keysOfKind = (k: HallElement['kind'] | PointRead): readonly ReadKey[] => (k === 'point' ? POINT_READS : [k]);

/** The change a rule reading `e` must see: its kind, or for a point its point kind. */
export const readKeyOf = (e: HallElement): ReadKey => (e.kind === 'point' ? `point:${e.pointKind}` : e.kind);

/** Every key a rule's reads stand for ('point' and 'nav' stand for every point kind). */
export function expandReads(reads: readonly RuleReads[]): Set<ReadKey> {
  return new Set(reads.flatMap((r) => (r === 'nav' ? NAV_KINDS.flatMap(keysOfKind) : keysOfKind(r))));
}

export type ParamValue = number | boolean | string;

export interface RuleContext {
  doc: HallDocument;
  preset: PresetId;
  level: HallLevel;
  setting: RuleSetting;
  /** Preset parameters with the hall's overrides applied. */
  params: Readonly<Record<string, ParamValue>>;
  /** Floor being checked (only for rules with scope 'floor'). */
  floor?: Floor;
}

export interface RuleDef {
  id: string;
  group: 'zones' | 'counters' | 'signs' | 'access' | 'safety' | 'queue' | 'facilities';
  title: Term;
  /**
   * 'floor': findings for a floor depend only on that floor (and hall meta/params) → cached per floor
   * object and re-run only for floors an edit touched. 'hall': looks across floors → re-run when an element of a
   * kind it reads changed on any floor, or the hall's settings or floors changed.
   */
  scope: 'floor' | 'hall';
  /**
   * What the findings depend on besides meta and floor settings: element kinds, and 'nav' for walking distances,
   * routes and clear widths (every kind that shapes walkable space). The incremental checker re-runs a rule only
   * when one of these changed; a test perturbs every other kind and fails if the findings move.
   */
  reads: readonly RuleReads[];
  /** Parameter ids this rule reads (shown in the settings UI next to the rule). */
  params: string[];
  check(ctx: RuleContext): Finding[];
}

export interface CheckResult {
  findings: Finding[];
  /** Rule ids the preset applies at this level. */
  applied: string[];
  /** Applied rules with no finding. */
  passed: string[];
  counts: Record<Severity, number>;
}
