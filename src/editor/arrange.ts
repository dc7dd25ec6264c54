/**
 * Arranging a selection as Figma and AutoCAD do: align edges or centres, distribute with equal gaps, flip,
 * and "select similar" (same kind and type). Pure functions from elements to moved elements; the editor
 * turns them into one command each.
 */
import { kindOf, type HallElement } from '../core/kinds/registry';
import { ensureCCW } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';
import { elementBBox } from './hit-test';

export type AlignEdge = 'left' | 'right' | 'top' | 'bottom' | 'center-x' | 'center-y';
export type Axis = 'x' | 'y';

/** Elements moved so their bounding boxes share an edge or a centre line with the selection's. */
export function align(els: readonly HallElement[], edge: AlignEdge): HallElement[] {
  if (els.length < 2) return [];
  const boxes = els.map(elementBBox);
  const minX = Math.min(...boxes.map((b) => b.minX));
  const maxX = Math.max(...boxes.map((b) => b.maxX));
  const minY = Math.min(...boxes.map((b) => b.minY));
  const maxY = Math.max(...boxes.map((b) => b.maxY));
  return els.map((el, i) => {
    const b = boxes[i];
    let d: Vec2 = [0, 0];
    if (edge === 'left') d = [minX - b.minX, 0];
    else if (edge === 'right') d = [maxX - b.maxX, 0];
    else if (edge === 'bottom') d = [0, minY - b.minY];
    else if (edge === 'top') d = [0, maxY - b.maxY];
    else if (edge === 'center-x') d = [(minX + maxX) / 2 - (b.minX + b.maxX) / 2, 0];
    else d = [0, (minY + maxY) / 2 - (b.minY + b.maxY) / 2];
    return kindOf(el).translate(el, d);
  });
}

/** Elements spread along an axis so the gaps between neighbouring boxes are equal; the outermost two stay put. */
export function distribute(els: readonly HallElement[], axis: Axis): HallElement[] {
  if (els.length < 3) return [];
  const k = axis === 'x' ? 0 : 1;
  const items = els.map((el) => {
    const b = elementBBox(el);
    return { el, lo: k === 0 ? b.minX : b.minY, hi: k === 0 ? b.maxX : b.maxY };
  });
  items.sort((a, b) => a.lo + a.hi - (b.lo + b.hi));
  const span = items[items.length - 1].hi - items[0].lo;
  const sizes = items.reduce((s, it) => s + (it.hi - it.lo), 0);
  const gap = (span - sizes) / (items.length - 1);
  let at = items[0].lo;
  return items.map((it) => {
    const d = at - it.lo;
    at += it.hi - it.lo + gap;
    return kindOf(it.el).translate(it.el, k === 0 ? [d, 0] : [0, d]);
  });
}

/**
 * Flip: a counter turns its front round in place (citizens on the other side, the way Revit's flip arrows
 * work); anything else is mirrored left–right about the selection's centre line.
 */
export function flip(els: readonly HallElement[], about: Vec2): HallElement[] {
  return els.map((el) => {
    if (el.kind === 'counter') return { ...el, rotation: ((((el.rotation ?? 0) + 180) % 360) + 360) % 360 };
    return mirrorX(el, about[0]);
  });
}

function mirrorX(el: HallElement, cx: number): HallElement {
  const m = (p: Vec2): Vec2 => [2 * cx - p[0], p[1]];
  const rot = (r: number | undefined) => (r === undefined ? r : (((180 - r) % 360) + 360) % 360);
  const out = { ...el } as Record<string, unknown>;
  const src = el as unknown as Record<string, unknown>;
  if (Array.isArray(src.polygon)) out.polygon = ensureCCW((src.polygon as Vec2[]).map(m));
  if (Array.isArray(src.points)) out.points = (src.points as Vec2[]).map(m);
  if (Array.isArray(src.position)) out.position = m(src.position as Vec2);
  if (Array.isArray(src.a)) out.a = m(src.a as Vec2);
  if (Array.isArray(src.b)) out.b = m(src.b as Vec2);
  if (typeof src.rotation === 'number') out.rotation = rot(src.rotation);
  return out as unknown as HallElement;
}

/** The type that makes two elements "similar": the kind and its variant (zone/counter type, sign/point/link kind), or the kind alone. */
export function similarityKey(el: HallElement): string {
  const v = kindOf(el).variant?.(el);
  return v === undefined ? el.kind : `${el.kind}:${v}`;
}

/** `n` copies' offsets at `spacing` apart: 1×spacing, 2×spacing, … */
export function arrayOffsets(n: number, spacing: Vec2): Vec2[] {
  const out: Vec2[] = [];
  for (let i = 1; i <= n; i++) out.push([spacing[0] * i, spacing[1] * i]);
  return out;
}
