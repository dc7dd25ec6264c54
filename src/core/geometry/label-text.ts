/**
 * Short forms of plan labels, tried when the full text finds no room: long names (IFC room names such as
 * "一层-政务服务大厅-综合受理区 (Space 0012)") keep their head and end in "…"; the full text shows on hover.
 */

/** Display width in "character units": CJK and full-width characters count 2, others 1. */
export function textUnits(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

/** A name of at most `units` (see textUnits), cut at the end with "…"; unchanged when it already fits. */
export function shortenLabel(s: string, units: number): string {
  // bracketed tails such as "(Space 0012)" or "（北）" say least, so they go first
  const trimmed = s.replace(/\s*[(（][^()（）]*[)）]\s*$/, '');
  const base = trimmed.length > 0 && trimmed !== s && textUnits(s) > units ? trimmed : s;
  if (textUnits(base) <= units) return base;
  let out = '';
  let n = 0;
  for (const ch of base) {
    const w = textUnits(ch);
    if (n + w > units - 1) break;
    out += ch;
    n += w;
  }
  return out.trimEnd() + '…';
}

/** Labels longer than this start out shortened (the full text on hover): a hall name, not a paragraph. */
export const LONG_LABEL_UNITS = 24;
/** The short form tried when the full text has no room. */
export const SHORT_LABEL_UNITS = 10;
