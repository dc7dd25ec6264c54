/** What an inspector field holds: one value, or MIXED when the selected elements disagree. */
export const MIXED = Symbol('mixed');
export type FieldValue = unknown | typeof MIXED;

/** The value as the field's text: numbers to a millimetre, nothing for a mixed or missing value. */
export function fieldText(v: FieldValue): string {
  if (v === MIXED || v === undefined || v === null) return '';
  if (typeof v === 'number') return String(Math.round(v * 1000) / 1000);
  return String(v);
}
