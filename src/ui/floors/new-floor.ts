import { type Floor, nextId } from '../../core';

/** A new floor on top of the highest: the next storey number, standing on the top floor at its height (4.5 m in an empty hall). */
export function newFloor(floors: Floor[], taken: ReadonlySet<string>, name: (n: number) => string): Floor {
  const top = floors.reduce<Floor | undefined>((a, f) => (!a || f.elevation > a.elevation ? f : a), undefined);
  const storey = top ? Math.max(...floors.map((f) => f.storey)) + 1 : 1;
  return {
    id: nextId('F', taken),
    name: name(storey),
    storey,
    elevation: top ? top.elevation + top.height : 0,
    height: top?.height ?? 4.5,
    elements: [],
  };
}
