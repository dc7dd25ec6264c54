/**
 * Draw order within a floor: later elements are drawn over earlier ones (overlapping zones, an obstacle over a
 * zone) and are picked first among things of one kind. Bring to front moves elements to the end of their floor's
 * list, send to back to its start, keeping their order among themselves (as Figma and Illustrator do).
 */
import type { HallElement } from '../kinds/registry';
import { type Command, CommandError } from './command';

export type DrawOrder = 'front' | 'back';

/** The floor elements in the given order of ids, the inverse of a reorder. */
function restoreOrder(floorOrders: Map<string, string[]>, label: string): Command {
  return {
    label,
    apply(doc) {
      const before = new Map<string, string[]>();
      const floors = doc.floors.map((f) => {
        const order = floorOrders.get(f.id);
        if (!order) return f;
        before.set(
          f.id,
          f.elements.map((e) => e.id),
        );
        const byId = new Map(f.elements.map((e) => [e.id, e] as const));
        const elements = order.flatMap((id) => {
          const e = byId.get(id);
          return e ? [e] : [];
        });
        if (elements.length !== f.elements.length) throw new CommandError(`floor "${f.id}" changed since it was reordered`);
        return { ...f, elements };
      });
      return { doc: { ...doc, floors }, inverse: restoreOrder(before, label) };
    },
  };
}

/** Bring the elements to the front of their floors, or send them to the back; ids not found are refused. */
export function reorderElements(ids: readonly string[], to: DrawOrder, label = to === 'front' ? '置于顶层 / Bring to front' : '置于底层 / Send to back'): Command {
  return {
    label,
    apply(doc) {
      const want = new Set(ids);
      const orders = new Map<string, string[]>();
      let found = 0;
      for (const f of doc.floors) {
        const moved: HallElement[] = [];
        const rest: HallElement[] = [];
        for (const e of f.elements) (want.has(e.id) ? moved : rest).push(e);
        if (!moved.length) continue;
        found += moved.length;
        orders.set(
          f.id,
          (to === 'front' ? [...rest, ...moved] : [...moved, ...rest]).map((e) => e.id),
        );
      }
      if (found !== want.size) throw new CommandError(`no element ${[...want].filter((id) => !doc.floors.some((f) => f.elements.some((e) => e.id === id))).join(', ')}`);
      return restoreOrder(orders, label).apply(doc);
    },
  };
}
