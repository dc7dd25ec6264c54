import { LONG_LABEL_UNITS, lineUnits, shortenLines } from '../core/geometry/label-text';
import type { LabelVariant } from './labels-store';

/**
 * The form of a label shown when there is room: very long names are cut even then (the full text is on hover). What
 * the user is drawing (lengths, and the tool's hint by the cursor, "7 个窗口 · 箭头指向市民侧 · X 翻转") is an
 * instruction read while the pointer is busy, so it is never cut. A room tag's lines (number over name) are cut each.
 */
export function displayText(text: string, variant?: LabelVariant): string {
  return variant !== 'measure' && lineUnits(text) > LONG_LABEL_UNITS ? shortenLines(text, LONG_LABEL_UNITS) : text;
}
