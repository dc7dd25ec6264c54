/**
 * How each kind of plan label looks and how big a text is in it, computed rather than read back from the page:
 * measuring label nodes (offsetWidth) forced a layout of the whole label layer on every frame whose labels changed,
 * which while dragging is every frame (the distance labels follow the pointer). Widths come from a canvas'
 * measureText with the same font, heights from the fixed line height, so the CSS and the numbers share one source.
 */
import type { CSSProperties } from 'react';
import type { LabelVariant } from './labels-store';

const FONT = '"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif';

interface Look {
  weight: number;
  size: number;
  padX: number;
  padY: number;
  border: number;
  extra: CSSProperties;
}

const LOOKS: Record<LabelVariant, Look> = {
  zone: { weight: 600, size: 12, padX: 0, padY: 0, border: 0, extra: { color: '#1e293b', textShadow: '0 0 3px #fff,0 0 3px #fff' } },
  counter: { weight: 600, size: 10, padX: 3, padY: 0, border: 0, extra: { color: '#fff', background: '#9a3412', borderRadius: 3 } },
  sign: { weight: 400, size: 10, padX: 2, padY: 0, border: 1, extra: { color: '#065f46', background: 'rgba(236,253,245,.9)', borderColor: '#10b981', borderRadius: 2 } },
  link: { weight: 600, size: 11, padX: 2, padY: 0, border: 0, extra: { color: '#0f172a', background: 'rgba(255,255,255,.8)' } },
  measure: { weight: 700, size: 12, padX: 4, padY: 1, border: 0, extra: { color: '#fff', background: '#111827', borderRadius: 3 } },
  snap: { weight: 600, size: 10, padX: 3, padY: 0, border: 0, extra: { color: '#fff', background: '#c026d3', borderRadius: 2 } },
};

/** Line height as a multiple of the font size: about what "normal" gives for Noto Sans CJK, fixed so heights are known. */
const LINE = 1.45;

const fontOf = (l: Look) => `${l.weight} ${l.size}px ${FONT}`;
const lineHeight = (l: Look) => Math.round(l.size * LINE);

/** The CSS of a label of this kind. */
export const LABEL_STYLES: Record<LabelVariant, CSSProperties> = Object.fromEntries(
  Object.entries(LOOKS).map(([k, l]) => [
    k,
    {
      font: fontOf(l),
      lineHeight: `${lineHeight(l)}px`,
      padding: `${l.padY}px ${l.padX}px`,
      ...(l.border ? { borderWidth: l.border, borderStyle: 'solid' } : {}),
      ...l.extra,
    },
  ]),
) as Record<LabelVariant, CSSProperties>;

/** The font of the hover tooltip. */
export const TOOLTIP_FONT = `12px ${FONT}`;

let ctx: CanvasRenderingContext2D | null | undefined;
let lastFont = '';
/** Widths measured so far by kind and text: a floor of a city hall shows hundreds of labels, shown again on every visit. */
const widths = new Map<string, number>();

/** Width in CSS pixels of `text` as a label of this kind (padding and border included; its widest line), rounded up as layout does. */
export function labelWidth(variant: LabelVariant, text: string): number {
  const key = `${variant}\u0001${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    if (widths.size > 20_000) widths.clear();
    widths.set(key, (w = measure(variant, text)));
  }
  return w;
}

function measure(variant: LabelVariant, text: string): number {
  const l = LOOKS[variant];
  if (ctx === undefined) ctx = document.createElement('canvas').getContext('2d');
  let w = Math.max(...text.split('\n').map((line) => line.length)) * l.size;
  if (ctx) {
    // Setting the font parses it: only when the kind changes.
    const font = fontOf(l);
    if (lastFont !== font) ctx.font = lastFont = font;
    w = 0;
    for (const line of text.split('\n')) w = Math.max(w, ctx.measureText(line).width);
  }
  return Math.ceil(w + 2 * (l.padX + l.border));
}

/** Height in CSS pixels of a label of this kind with this many lines (a room tag: number over name). */
export function labelHeight(variant: LabelVariant, lines = 1): number {
  const l = LOOKS[variant];
  return lines * lineHeight(l) + 2 * (l.padY + l.border);
}
