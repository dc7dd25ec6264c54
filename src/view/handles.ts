/** Handles of the selection in plan space: polygon vertices and the rotate knob. Pure, so it is unit-tested. */
import type { HallDocument } from '../core/document';
import { findElement } from '../core/query';
import { dist, type Vec2 } from '../core/geometry/vec';
import { kindOf, type HallElement } from '../core/kinds/registry';
import type { HandleRef } from '../editor/types';

export interface Handle {
  /** Unique among the handles shown (a React key); never parsed: `ref` says what the handle is. */
  id: string;
  at: Vec2;
  ref: HandleRef;
}

/** One handle per vertex the element's kind lets the user drag. */
export function vertexHandles(el: HallElement): Handle[] {
  const vertices = kindOf(el).vertices?.(el) ?? [];
  return vertices.map((p, index) => ({ id: `vertex:${index}:${el.id}`, at: p, ref: { kind: 'vertex', elementId: el.id, index } }));
}

/** All handles for the selection: vertices when one element is selected, and the rotate knob above the selection. */
export function selectionHandles(doc: HallDocument, selection: string[], center: Vec2, top: number, knobOffset: number): Handle[] {
  const out: Handle[] = [];
  if (selection.length === 1) {
    const el = findElement(doc, selection[0])?.element;
    if (el) out.push(...vertexHandles(el));
  }
  if (selection.length) out.push({ id: 'handle:rotate', at: [center[0], top + knobOffset], ref: { kind: 'rotate' } });
  return out;
}

/** With the outline tool: a handle on each vertex of the floor outline and on each edge's midpoint (to insert one). */
export function outlineHandles(outline: readonly Vec2[]): Handle[] {
  const out: Handle[] = outline.map((p, index) => ({ id: `outline-vertex:${index}`, at: p, ref: { kind: 'outline-vertex', index } }));
  outline.forEach((a, index) => {
    const b = outline[(index + 1) % outline.length];
    out.push({ id: `outline-edge:${index}`, at: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], ref: { kind: 'outline-edge', index } });
  });
  return out;
}

export function pickHandle(handles: Handle[], p: Vec2, tolerance: number): HandleRef | undefined {
  let best: HandleRef | undefined;
  let bd = tolerance;
  for (const h of handles) {
    const d = dist(h.at, p);
    if (d <= bd) {
      bd = d;
      best = h.ref;
    }
  }
  return best;
}
