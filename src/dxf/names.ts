import type { Label } from './types';

/** The longest zone name a drawing's labels make. */
const MAX_NAME = 120;

/** Which drawing texts name rooms: not dimensions, areas, door and window tags, grid bubbles or levels. */
export function isRoomName(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 40) return false;
  // Room numbers (A101, 1-203) name rooms too; tags with fewer digits are doors and windows (M1, C2, W1).
  if (/^[A-Z]-?\d{3}$|^\d-\d{3}$/i.test(t)) return true;
  // Abbreviations written with stops name rooms too (W.I.C., a walk-in closet).
  if (!/[\u4e00-\u9fff]|[A-Za-z]{2,}|^(?:[A-Za-z]\.){2,}$/.test(t)) return false;
  if (/sq\.?\s*ft|m2\b|m²|㎡|平方米|平米/i.test(t)) return false;
  if (/^[A-Z]{0,2}\d{1,2}[A-Z]?$|^[-\d.]+$|^\d{4,}\b/i.test(t)) return false;
  // 天正 door and window numbers: a type's letters, then width and height in decimetres (M1021, FM1021, GC1206, MLC2724).
  if (/^[A-Z]{0,3}[CM]-?\d{4}[A-Z]?$/i.test(t)) return false;
  if (/\d+\s*['"]|^\d+\s*[x×]\s*\d+|^\(|^±|^EL\b|^@|^[±+-]?\d+\.\d{2,3}$/i.test(t)) return false;
  if (/^(type|nts|scale|note|notes|detail|section|title|drawn|date|project|sheet|rev)\b/i.test(t)) return false;
  if (/:$|\bmin\.|\btyp\b|o\.c\.|\bnote|provide|\bsee\b|注[:：]|详见/i.test(t)) return false;
  if (t.split(/\s+/).length > 4) return false;
  // Equipment call-outs (a gas furnace, a water heater on its platform) sit in rooms without naming them.
  if (/\b(gas|fau|w\.?h\.?|hvac|furnace|platform)\b|设备平台/i.test(t)) return false;
  if (/平面图|立面图|剖面图|详图|比例|说明|plan$|elevation$/i.test(t)) return false;
  return true;
}

/** Block attributes that name rooms by their tag (a room tag's NAME, 房间名称); others are grid bubbles, wall types, callouts. */
const ROOM_TAG = /name|room|房间|名称/i;

/** A label that names a room: a text that reads as a room name, or an attribute tagged as one. */
export function namesRoom(label: { text: string; tag?: string }): boolean {
  if (label.tag !== undefined && !ROOM_TAG.test(label.tag)) return false;
  return isRoomName(label.text);
}

/** A line of running text: a note's sentence, never a room's name (names are at most four words). */
const isProse = (text: string): boolean => text.trim().split(/\s+/).length > 4;

/**
 * Whether `a` and `b` are lines of one paragraph written as separate TEXTs (how AutoCAD users stack a note): same
 * layer and height, next to each other within two line heights, overlapping across.
 */
function sameParagraph(a: Label, b: Label): boolean {
  if (a.layer !== b.layer) return false;
  const h = Math.max(a.height, b.height);
  if (Math.abs(a.height - b.height) > 0.1 * h || Math.abs(a.y - b.y) > 2 * h || a.y === b.y) return false;
  // Half a line's width, as the anchor of a left-aligned TEXT estimates it.
  const half = (l: Label) => 0.4 * l.height * l.text.length;
  return Math.abs(a.x - b.x) < half(a) + half(b);
}

/**
 * The labels that name rooms. A line that reads as a name alone but stands in a note (the last line of "…ON BEARING
 * WALLS / FOR ROOFS. R-309.2" under a garage) is part of the note, not the room's name.
 */
export function roomNameLabels<L extends Label>(labels: readonly L[]): L[] {
  const names = labels.filter(namesRoom);
  const prose = labels.filter((l) => isProse(l.text));
  if (prose.length === 0) return names;
  return names.filter((n) => !prose.some((p) => sameParagraph(n, p)));
}

/**
 * Room-name labels in one region joined in reading order (top to bottom, left to right), e.g. "LIVING DINING". An
 * open plan holding several rooms keeps every room's name (an entry left out reads as if the plan had none), whole
 * names only, as many as the name's 120 characters hold.
 */
export function joinNames(labels: { x: number; y: number; text: string; height: number }[]): string {
  // Room names are written larger than notes beside them.
  const tallest = Math.max(...labels.map((l) => l.height));
  const sorted = labels.filter((l) => l.height >= 0.7 * tallest).sort((a, b) => (Math.abs(a.y - b.y) > 0.5 * Math.max(a.height, b.height) ? b.y - a.y : a.x - b.x));
  const parts: string[] = [];
  let length = -1;
  for (const text of new Set(sorted.map((l) => l.text))) {
    if (parts.length > 0 && length + 1 + text.length > MAX_NAME) break;
    parts.push(text);
    length += 1 + text.length;
  }
  return parts.join(' ').slice(0, MAX_NAME);
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 2 → 二, 10 → 十, 21 → 二十一 (storeys 1–99; others keep their digits). */
function chineseNumber(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 0 ? '' : (tens === 1 ? '' : CN_DIGITS[tens]) + '十') + CN_DIGITS[ones];
}

/** 二 → 2, 十 → 10, 二十一 → 21; undefined for what is not a number below 100 written so. */
function fromChinese(t: string): number | undefined {
  const digit = (c: string | undefined) => (c === undefined || c === '' ? 0 : CN_DIGITS.indexOf(c));
  const ten = t.indexOf('十');
  if (ten < 0) return t.length === 1 && digit(t) > 0 ? digit(t) : undefined;
  const tens = ten === 0 ? 1 : ten === 1 ? digit(t[0]) : -1;
  const rest = t.slice(ten + 1);
  const ones = rest.length <= 1 ? digit(rest) : -1;
  return tens > 0 && ones >= 0 ? tens * 10 + ones : undefined;
}

const ENGLISH_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const N = '([一二三四五六七八九十]{1,3}|\\d{1,3})';
/** Where a title names its storey, in the order they are tried: Chinese before English (B1区 is a zone, not a basement). */
const STOREY_PATTERNS: readonly { re: RegExp; sign: 1 | -1 }[] = [
  { re: new RegExp(`(?:地下|负)${N}[层楼]`), sign: -1 },
  // A title spanning storeys (二至五层, a typical floor) names its lowest.
  { re: new RegExp(`${N}\\s*[至到~～－—-]\\s*(?:[一二三四五六七八九十]{1,3}|\\d{1,3})[层楼]`), sign: 1 },
  { re: new RegExp(`${N}[层楼]`), sign: 1 },
  { re: /(?:^|[^A-Z\d])B(\d{1,2})F?(?![A-Z\d])/i, sign: -1 },
  { re: /(?:^|[^A-Z\d])(\d{1,3})F(?![A-Z\d])|\b(?:level|floor|storey|story)\s*(\d{1,3})\b/i, sign: 1 },
];
/** The lowest and highest storey a hall's floor may have. */
const STOREYS = { min: -20, max: 200 };

/**
 * The storey a sheet's title names, basements below zero (地下一层, 地下室, B1 → −1): 一层/首层/底层平面图, 二楼, 3F, LEVEL 2,
 * GROUND/SECOND FLOOR PLAN. Undefined where the title names none (屋顶平面图, 标准层, 夹层, ROOF PLAN).
 */
export function titleStorey(title: string | undefined): number | undefined {
  const t = title?.trim();
  if (!t) return undefined;
  if (/首层|底层|ground\s*floor/i.test(t)) return 1;
  for (const { re, sign } of STOREY_PATTERNS) {
    const m = re.exec(t);
    const digits = m?.[1] ?? m?.[2];
    if (digits === undefined) continue;
    const n = sign * ((/\d/.test(digits) ? Number(digits) : fromChinese(digits)) ?? 0);
    return n !== 0 && n >= STOREYS.min && n <= STOREYS.max ? n : undefined;
  }
  if (/basement|地下室/i.test(t)) return -1;
  const ordinal = /\b([a-z]+)\s+floor\b/i.exec(t)?.[1].toLowerCase();
  const k = ordinal ? ENGLISH_ORDINALS.indexOf(ordinal) : -1;
  return k >= 0 ? k + 1 : undefined;
}

/**
 * The titles of the sheets chosen for import. A lone sheet without a title of its own takes the file's name when
 * that names a storey: a drawing set saved one floor per file (三层平面图.dxf, 3F.dxf) often keeps the title in the
 * title block, outside the plan.
 */
export function sheetTitles(titles: readonly (string | undefined)[], fileName: string | undefined): (string | undefined)[] {
  if (titles.length !== 1 || titles[0]?.trim()) return [...titles];
  const base = fileName?.replace(/\.dxf$/i, '').trim();
  return [base && titleStorey(base) !== undefined ? base : undefined];
}

/**
 * The chosen sheets bottom first: those whose titles name storeys in the storeys' order, wherever they lie in the
 * drawing (一层平面图 drawn right of 二层平面图 is still the ground floor); the others keep their places, left to right.
 */
export function storeyOrder(chosen: readonly number[], titleOf: (i: number) => string | undefined): number[] {
  const named = chosen.map((i) => ({ i, storey: titleStorey(titleOf(i)) }));
  const slots = named.filter((n) => n.storey !== undefined);
  const sorted = [...slots].sort((a, b) => (a.storey ?? 0) - (b.storey ?? 0));
  let k = 0;
  return named.map((n) => (n.storey === undefined ? n.i : sorted[k++].i));
}

/**
 * The storeys of sheets stacked bottom first: each keeps the storey its title names, so a lone 二层平面图 is 2F,
 * unless that would break the order; then, as for a sheet naming none, the storey after the one below (a hall has no
 * storey 0: −1 is followed by 1).
 */
export function sheetStoreys(titles: readonly (string | undefined)[]): number[] {
  const out: number[] = [];
  let prev: number | undefined;
  for (const title of titles) {
    const next = prev === undefined || prev === -1 ? 1 : prev + 1;
    const named = titleStorey(title);
    const storey = named !== undefined && (prev === undefined || named > prev) ? named : next;
    out.push(storey);
    prev = storey;
  }
  return out;
}

/** "2F" for storey 2, "B1" for storey −1, as the halls' floors are called. */
export const storeyCode = (storey: number): string => (storey < 0 ? `B${-storey}` : `${storey}F`);

/**
 * A floor's name from the sheet it was drawn on, as the halls name their floors ("2F 二层"): the storey it is in
 * this hall first, so the floor list reads in order whatever the sheets are called, and the title after it, so the
 * user still sees which sheet the floor came from. A title naming that very storey (二层平面图 as 2F) follows the
 * storey as it is; another title (一层平面图 of a second file added as 2F, "GROUND FLOOR") is kept in brackets
 * after the storey's own name. No title: the storey alone.
 */
export function storeyFloorName(title: string | undefined, storey: number): string {
  const t = title?.trim();
  const code = storeyCode(storey);
  if (!t) return code;
  const level = storey < 0 ? `地下${chineseNumber(-storey)}层` : `${chineseNumber(storey)}层`;
  return (t.includes(level) && titleStorey(t) === storey ? `${code} ${t}` : `${code} ${level}（${t}）`).slice(0, 100);
}

/** The sheet title a floor named by `storeyFloorName` came from (undefined for a storey alone); other names as they are. */
export function sheetTitleOf(name: string): string | undefined {
  const m = /^(?:\d+F|B\d+)(?: (.*))?$/.exec(name);
  if (!m) return name;
  const rest = m[1];
  if (rest === undefined) return undefined;
  return /^(?:地下)?[一二三四五六七八九十]+层（(.*)）$/.exec(rest)?.[1] ?? rest;
}
