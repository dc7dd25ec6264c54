import type { Term } from '../vocab';

/**
 * A command's label in its two languages. Labels are written "中文 / English" in one string (a full-width bracket may stand right before the slash), as the undo history keeps
 * them; a label without the separator reads the same in both.
 */
export function labelTerm(label: string): Term {
  const parts = label.split(/\s*\/\s+/);
  return parts.length === 2 ? { zh: parts[0], en: parts[1] } : { zh: label, en: label };
}
