/**
 * Draw data derived per element and kept by element identity: after an edit only the elements the edit replaced
 * are derived again, and every other entry of the returned list is the same object as before, which is how
 * InstancedBoxes knows which instances to rewrite.
 */
import { useMemo, useRef } from 'react';

export function usePerElement<E extends object, T>(elements: readonly E[], key: string, derive: (e: E) => T): T[] {
  const cache = useRef<{ key: string; map: WeakMap<E, T> } | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `derive` reads only the element and what `key` names
  return useMemo(() => {
    if (cache.current?.key !== key) cache.current = { key, map: new WeakMap() };
    const map = cache.current.map;
    return elements.map((e) => {
      let v = map.get(e);
      if (v === undefined) map.set(e, (v = derive(e)));
      return v;
    });
  }, [elements, key]);
}
