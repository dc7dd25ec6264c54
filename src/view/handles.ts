/** Handles of the selection in plan space: polygon vertices and the rotate knob. Pure, so it is unit-tested. */
import type { HallDocument } from '../core/document';
import { findElement } from '../core/query';
import { dist, type Vec2 } from '../core/geometry/vec';
import type { HallElement } from '../core/kinds/registry';

export interface Handle {
  id: string;
  at: Vec2;
}

export function vertexHandles(el: HallElement): Handle[] {
  if (el.kind === 'zone' || el.kind === 'obstacle') return el.polygon.map((p, i) => ({ id: `vertex:${el.id}:${i}`, at: p }));
  if (el.kind === 'wall') return [{ id: `vertex:${el.id}:0`, at: el.a }, { id: `vertex:${el.id}:1`, at: el.b }];
  if (el.kind === 'route') return el.points.map((p, i) => ({ id: `vertex:${el.id}:${i}`, at: p }));
  return [];
}

/** All handles for the selection: vertices when one element is selected, and the rotate knob above the selection. */
export function selectionHandles(doc: HallDocument, selection: string[], center: Vec2, top: number, knobOffset: number): Handle[] {
  const out: Handle[] = [];
  if (selection.length === 1) {
    const el = findElement(doc, selection[0])?.element;
    if (el) out.push(...vertexHandles(el));
  }
  if (selection.length) out.push({ id: 'handle:rotate', at: [center[0], top + knobOffset] });
  return out;
}

export function pickHandle(handles: Handle[], p: Vec2, tolerance: number): string | undefined {
  let best: string | undefined;
  let bd = tolerance;
  for (const h of handles) {
    const d = dist(h.at, p);
    if (d <= bd) {
      bd = d;
      best = h.id;
    }
  }
  return best;
}
