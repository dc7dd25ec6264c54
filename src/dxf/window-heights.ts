/**
 * A window's sill and head from what the drawing says about it: its 天正 number (C1518 is 1.5 m wide and 1.8 m
 * high; GC, TC, LC … are 高窗, 凸窗, 铝窗 numbered the same way), found as the block's name, an attribute of the
 * insert or the number text written beside the window, and the insert's height and sill attributes (窗高,
 * 窗台高, HEIGHT, SILL), which win over the number. A plan gives no sill, so without an attribute it is
 * 天正's default, 900 mm. Metres.
 */
import { r3 } from './ids';
import type { Insert, Label } from './types';

/** The kind's defaults, used where the drawing says nothing. */
const DEFAULT_SILL = 0.9;
const DEFAULT_HEAD = 2.4;

/** 天正 window numbers: a window type's letters, then width and height in decimetres (C1518, GC0906, TC-2418a). */
const MARK = /^(?:GC|TC|BYC|ZJC|LC|C)-?(\d{2})(\d{2})[A-Z]?$/i;
const SILL_TAGS = /^(窗台高度?|窗台|SILL(?:[_ ]?HEIGHT)?|SILL_H)$/i;
const HEIGHT_TAGS = /^(窗高|洞口高度?|高度|HEIGHT|WINDOW[_ ]?HEIGHT|WIN[_ ]?H|H)$/i;
const MARK_TAGS = /^(编号|窗号|门窗编号|NO\.?|NUMBER|MARK|LABEL|TYPE|型号)$/i;

export interface WindowHeights {
  sill: number;
  head: number;
}

/** Width and height (m) a window number gives, or undefined when the text is not one. */
export function windowMark(text: string): { width: number; height: number } | undefined {
  const m = MARK.exec(text.trim());
  if (!m) return undefined;
  const width = Number(m[1]) / 10;
  const height = Number(m[2]) / 10;
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/** A length typed into an attribute: "1800", "1800mm" and "1.8m" are all 1.8 m; a bare number of 20 or more is millimetres. */
export function attrLength(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(mm|m|毫米|米)?\s*$/i.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2]?.toLowerCase();
  if (unit === 'mm' || unit === '毫米') return n / 1000;
  if (unit === 'm' || unit === '米') return n;
  return n >= 20 ? n / 1000 : n;
}

function attr(attrs: Record<string, string> | undefined, tags: RegExp): string | undefined {
  if (!attrs) return undefined;
  for (const [tag, value] of Object.entries(attrs)) if (tags.test(tag)) return value;
  return undefined;
}

/** The window number an insert carries: its block's name, or an attribute that reads as one. */
export function insertMark(ins: Insert): string | undefined {
  if (windowMark(ins.name)) return ins.name;
  const tagged = attr(ins.attrs, MARK_TAGS);
  if (tagged && windowMark(tagged)) return tagged;
  return Object.values(ins.attrs ?? {}).find((v) => windowMark(v) !== undefined);
}

/**
 * Sill and head from the insert's attributes and the window's number, each within what a window can be
 * (sill 0–3 m, height 0.3–6 m); the defaults where neither says.
 */
export function windowHeights(mark: string | undefined, attrs: Record<string, string> | undefined): WindowHeights {
  const fromAttr = (tags: RegExp, lo: number, hi: number) => {
    const v = attr(attrs, tags);
    const n = v === undefined ? undefined : attrLength(v);
    return n !== undefined && n >= lo && n <= hi ? n : undefined;
  };
  const sill = fromAttr(SILL_TAGS, 0, 3);
  const height = fromAttr(HEIGHT_TAGS, 0.3, 6) ?? (mark ? windowMark(mark)?.height : undefined);
  const s = sill ?? DEFAULT_SILL;
  if (height !== undefined) return { sill: r3(s), head: r3(s + height) };
  return { sill: r3(s), head: Math.max(DEFAULT_HEAD, r3(s + 0.3)) };
}

/** Texts that read as window numbers, each given to the window nearest it within `reach` (m) of its middle. */
export function marksBeside(windows: { x: number; y: number; width: number }[], labels: Label[], reach = 1.2): (string | undefined)[] {
  const out: (string | undefined)[] = windows.map(() => undefined);
  const best = windows.map(() => Infinity);
  for (const l of labels) {
    if (l.tag !== undefined || !windowMark(l.text)) continue;
    let k = -1;
    let d = Infinity;
    windows.forEach((w, i) => {
      const e = Math.hypot(l.x - w.x, l.y - w.y);
      if (e < d && e <= Math.max(reach, w.width / 2 + 0.6)) {
        d = e;
        k = i;
      }
    });
    if (k >= 0 && d < best[k]) {
      best[k] = d;
      out[k] = l.text.trim();
    }
  }
  return out;
}
