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

/** The widest line of a label in character units (a label's lines are separated by "\n"). */
export function lineUnits(s: string): number {
  let most = 0;
  for (const line of s.split('\n')) most = Math.max(most, textUnits(line));
  return most;
}

/** Each line of a label cut to `units` as shortenLabel cuts one: a room tag keeps its number whole above its cut name. */
export function shortenLines(s: string, units: number): string {
  return s
    .split('\n')
    .map((line) => shortenLabel(line, units))
    .join('\n');
}

/**
 * A room's tag as drawings write it (Revit's room tag): the number over the name. A name that starts with its number
 * (an imported "A101 Foyer") does not repeat it.
 */
export function roomTag(number: string | undefined, name: string): string {
  if (!number) return name;
  const rest = name.startsWith(number) ? name.slice(number.length).trim() : name;
  return rest ? `${number}\n${rest}` : number;
}

/**
 * A name on two lines: at the space nearest the middle, or, in Chinese, at the even character nearest the middle
 * (most words are two characters: "自助|服务区", "综合窗口|服务区", "24小时|自助服务区").
 */
export function twoLines(text: string): string | undefined {
  const t = text.trim();
  const chars = [...t];
  if (chars.length < 3) return undefined;
  const mid = chars.length / 2;
  if (t.includes(' ')) {
    let best = -1;
    for (let i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) if (best < 0 || Math.abs(i - t.length / 2) < Math.abs(best - t.length / 2)) best = i;
    return `${t.slice(0, best).trim()}\n${t.slice(best + 1).trim()}`;
  }
  // An English word is broken only after its hyphen ("Self-|service"), never inside ("Comp|laints").
  if (/[A-Za-z]/.test(t) && !/[\u3400-\u9fff]/.test(t)) {
    const hy = t.lastIndexOf('-', t.length - 2);
    return hy > 0 ? `${t.slice(0, hy + 1)}\n${t.slice(hy + 1)}` : undefined;
  }
  // A name joined by a middle dot or slash ("值班室·仓储") breaks after it, not inside a word ("值班|室·仓储").
  const joins = chars.flatMap((c, i) => (/[·・/／、]/.test(c) && i > 0 && i < chars.length - 1 ? [i] : []));
  if (joins.length) {
    const j = joins.reduce((b, i) => (Math.abs(i + 1 - mid) < Math.abs(b + 1 - mid) ? i : b));
    return `${chars.slice(0, j + 1).join('')}\n${chars.slice(j + 1).join('')}`;
  }
  const at = Math.max(2, 2 * Math.round((mid - 0.01) / 2));
  if (at >= chars.length) return undefined;
  return `${chars.slice(0, at).join('')}\n${chars.slice(at).join('')}`;
}

/** A label with its last line (a room's name) broken in two (twoLines), for a room too narrow for it on one line. */
export function wrapLastLine(s: string): string | undefined {
  const lines = s.split('\n');
  const last = twoLines(lines[lines.length - 1]);
  return last ? [...lines.slice(0, -1), last].join('\n') : undefined;
}
