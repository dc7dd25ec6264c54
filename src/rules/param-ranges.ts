/**
 * Every preset parameter once (presets/param-ranges.json): the bounds a preset's value and a hall's override must
 * lie in, with the unit, and the label a reader names it by (src/rules/param-labels.ts). They are physical sense, not the standard's values, and they keep every
 * check's work bounded (a sample step of 0.0001 m would never finish).
 */
import { z } from 'zod';
import table from '../../presets/param-ranges.json';

const Term = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
/** How a reader names the parameter (a finding's interpretation writes it as `{paramId}`). */
const Named = { label: Term.optional() };
const NumericRange = z.object({ min: z.number(), max: z.number(), unit: z.enum(['m', 'm²', '°', 'min', '/h', 'ratio', 'fraction', 'count']), ...Named }).strict();
const Choice = z.object({ choices: z.array(z.string()).min(1), ...Named, valueLabels: z.record(z.string(), Term).optional() }).strict();
const ListOf = z.object({ listOf: z.literal('counterTypes'), ...Named }).strict();
export const ParamRangesSchema = z.object({
  $comment: z.string().optional(),
  params: z.record(z.string(), z.union([NumericRange, Choice, ListOf])),
  /** Pairs [low, high] where the first may not exceed the second (a minimum and its maximum). */
  ordered: z.array(z.tuple([z.string(), z.string()])),
});
export type ParamRange = z.infer<typeof ParamRangesSchema>['params'][string];

const RANGES = ParamRangesSchema.parse(table);

/** The declared range of a parameter, or undefined for an id the table does not know. */
export function paramRange(id: string): ParamRange | undefined {
  return Object.hasOwn(RANGES.params, id) ? RANGES.params[id] : undefined;
}

/** Every parameter with a declared range. */
export function rangedParams(): string[] {
  return Object.keys(RANGES.params);
}

/** The [low, high] pairs whose order is checked. */
export function orderedPairs(): readonly (readonly [string, string])[] {
  return RANGES.ordered;
}

/** How a range reads in a message: "between 0.25 and 10 m", "a whole number between 1 and 20". */
export function describeRange(r: Extract<ParamRange, { min: number }>): string {
  const unit = r.unit === 'count' || r.unit === 'ratio' || r.unit === 'fraction' ? '' : ` ${r.unit}`;
  return `${r.unit === 'count' ? 'a whole number ' : ''}between ${r.min} and ${r.max}${unit}`;
}
