import { LONG_LABEL_UNITS, shortenLabel, textUnits } from '../core/geometry/label-text';

/** The form of a label shown when there is room: very long names are cut even then (the full text is on hover). */
export function displayText(text: string): string {
  return textUnits(text) > LONG_LABEL_UNITS ? shortenLabel(text, LONG_LABEL_UNITS) : text;
}
