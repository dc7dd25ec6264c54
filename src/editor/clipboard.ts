/** Copy, paste and duplicate: fresh ids, an offset, hosted doors re-hosted in their copied walls. */
import type { HallElement } from '../core/kinds/registry';
import { kindOf } from '../core/kinds/registry';
import type { Vec2 } from '../core/geometry/vec';

/** Copies of `elements` with new ids from `newId`, moved by `offset`; doors keep their wall only if it was copied too. */
export function cloneElements(elements: HallElement[], offset: Vec2, newId: (prefix: string) => string): HallElement[] {
  const idMap = new Map<string, string>();
  for (const el of elements) idMap.set(el.id, newId(el.kind === 'point' ? el.pointKind : el.kind));
  return elements.map((el) => {
    const moved = kindOf(el).translate(el, offset);
    const copy = { ...moved, id: idMap.get(el.id)!, ifcGlobalId: undefined } as HallElement;
    if (copy.kind === 'opening' && el.kind === 'opening') copy.wallId = el.wallId ? idMap.get(el.wallId) : undefined;
    if (copy.kind === 'sign' && copy.target && idMap.has(copy.target)) copy.target = idMap.get(copy.target);
    if (copy.kind === 'point' && copy.counterId && idMap.has(copy.counterId)) copy.counterId = idMap.get(copy.counterId);
    return JSON.parse(JSON.stringify(copy)) as HallElement;
  });
}
