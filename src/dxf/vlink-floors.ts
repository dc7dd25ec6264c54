/**
 * A stair or lift drawn on several floors' plans in the same place is one vertical link: it is kept on the
 * lowest of them and lists every floor it serves, floor after floor, as the hall stores links. Floors are
 * in order; a link goes on when the next floor holds one of the same kind within 1.5 m of its centre.
 */
import type { Floor } from '../core/document';
import type { HallElement } from '../core/kinds/registry';

type VL = Extract<HallElement, { kind: 'vlink' }>;

/** Joins links floor to floor in place (the upper copies removed); returns how many links remain. */
export function joinVLinks(floors: Floor[]): number {
  const open: VL[] = [];
  floors.forEach((f, k) => {
    const prev = k > 0 ? floors[k - 1].id : undefined;
    const keep: HallElement[] = [];
    for (const e of f.elements) {
      if (e.kind !== 'vlink') {
        keep.push(e);
        continue;
      }
      const below = open.find(
        (o) => o.linkKind === e.linkKind && o.floors[o.floors.length - 1] === prev && Math.hypot(o.position[0] - e.position[0], o.position[1] - e.position[1]) <= 1.5,
      );
      if (below) below.floors.push(f.id);
      else {
        open.push(e);
        keep.push(e);
      }
    }
    f.elements = keep;
  });
  return open.length;
}
