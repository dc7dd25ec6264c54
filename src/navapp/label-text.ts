/** Shorter and two-line forms of a place's name, for a map label that does not fit its room on one line. */
import { bare } from './words';

/**
 * The name on two lines: at the space nearest the middle, or, in Chinese, at the even character nearest the middle
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
  const at = Math.max(2, 2 * Math.round((mid - 0.01) / 2));
  if (at >= chars.length) return undefined;
  return `${chars.slice(0, at).join('')}\n${chars.slice(at).join('')}`;
}

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
