/** Elements grouped by kind, in document order: one layer (a few draw calls) per group. */
import type { ElementKind, HallElement } from '../core/kinds/registry';

export function groupByKind(elements: readonly HallElement[]): Map<ElementKind, HallElement[]> {
  const m = new Map<ElementKind, HallElement[]>();
  for (const e of elements) {
    const arr = m.get(e.kind);
    if (arr) arr.push(e);
    else m.set(e.kind, [e]);
  }
  return m;
}
