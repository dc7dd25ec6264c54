/** Shorter and two-line forms of a place's name, for a map label that does not fit its room on one line. */
import { twoLines } from '../core/geometry/label-text';
import { bare } from './words';

/** The name on three lines, for a tall narrow room: its two-line form with the longer line broken again. */
export function threeLines(text: string): string | undefined {
  const two = twoLines(text);
  if (!two) return undefined;
  const [a, b] = two.split('\n');
  const longer = [...b].length > [...a].length ? b : a;
  // A word is broken only between words (at a space), after an English word's hyphen, or between Chinese characters
  // leaving two on each line.
  if (!longer.includes(' ') && (/[A-Za-z]/.test(longer) ? !longer.slice(0, -1).includes('-') : [...longer].length < 4)) return undefined;
  const split = twoLines(longer);
  if (!split) return undefined;
  return longer === b ? `${a}\n${split}` : `${split}\n${b}`;
}

/** The forms to try, longest first: the name, without its bracketed note, then that on two lines and on three. */
export function labelForms(name: string): string[] {
  const short = bare(name);
  const forms = [name, short, twoLines(short), threeLines(short)].filter((f): f is string => !!f);
  return [...new Set(forms)];
}
