/** How many elements of each kind, as a sentence names them: "12 道墙、5 扇门、3 个功能区" / "12 walls, 5 doors, 3 zones". */
import type { Term } from '../vocab';
import { ELEMENT_KINDS, type ElementKind, KINDS } from './registry';

/** The kinds with a count above zero, in the registry's order; every kind a label, so a new kind is counted with no other line. */
export function countedKinds(counts: Partial<Record<ElementKind, number>>): Term {
  const parts = ELEMENT_KINDS.flatMap((k) => {
    const n = counts[k] ?? 0;
    if (n <= 0) return [];
    const def = KINDS[k];
    const en = def.label.en.toLowerCase();
    return [{ zh: `${n} ${def.measureWord ?? '个'}${def.label.zh}`, en: `${n} ${n === 1 ? en : `${en}s`}` }];
  });
  if (!parts.length) return { zh: '没有元素', en: 'no elements' };
  return { zh: parts.map((p) => p.zh).join('、'), en: parts.map((p) => p.en).join(', ') };
}
