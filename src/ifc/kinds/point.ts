/** Points (seats, AEDs, cameras…) in IFC: written as a proxy box of their size with our property set; only our own come back. */
import { POINT_KIND_IDS, type PointKind } from '../../core/vocab';
import { type Point, pointSize } from '../../core/kinds/point';
import { box, placement, proxy, pset } from '../step-shapes';
import type { KindIfc } from './types';
import { deg, gid, nameOf, oneOf, pBool, pNum, pStr } from './values';

export const pointIfc: KindIfc<'point'> = {
  write(el: Point, { t, place }) {
    const pl = placement(t, place, el.position, el.rotation);
    const [pw, pd] = pointSize(el);
    const sh = box(t, pw, pd, el.pointKind === 'seat' ? 0.45 : el.pointKind === 'cctv' ? 0.2 : 0.6, 0, 0, el.pointKind === 'cctv' ? 2.6 : 0);
    const id = proxy(t, el, el.pointKind, pl, sh);
    pset(t, el.id, 'Pset_HallTwinPoint', [id], {
      Id: el.id,
      PointKind: el.pointKind,
      Count: el.count,
      Priority: el.priority,
      Wheelchair: el.wheelchair,
      CounterId: el.counterId,
      Rotation: el.rotation,
    });
    return id;
  },
  fromPset: {
    run(c, { id, line: l, frame, position }, pt) {
      const kind = oneOf<PointKind>(pStr(pt, 'PointKind'), POINT_KIND_IDS);
      if (!kind) return false;
      const count = pNum(pt, 'Count');
      c.put(c.floorOf(id), {
        kind: 'point',
        id: c.newId(kind, pt),
        pointKind: kind,
        position,
        rotation: pNum(pt, 'Rotation') ?? deg([frame.x[0], frame.x[1]]),
        count: count && Number.isInteger(count) ? count : 1,
        ...(pBool(pt, 'Priority') !== undefined ? { priority: pBool(pt, 'Priority') } : {}),
        ...(pBool(pt, 'Wheelchair') !== undefined ? { wheelchair: pBool(pt, 'Wheelchair') } : {}),
        ...(pStr(pt, 'CounterId') ? { counterId: pStr(pt, 'CounterId') } : {}),
        ...nameOf(l),
        ...gid(l),
      });
      return true;
    },
  },
};
