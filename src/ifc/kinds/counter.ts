/** Counters in IFC: written as furniture (IfcFurniture DESK) with our property set; only our own come back. */
import { COUNTER_TYPE_IDS, type CounterType } from '../../core/vocab';
import type { Counter } from '../../core/kinds/counter';
import { e, r, s } from '../step';
import { box, gidOf, placement, pset } from '../step-shapes';
import type { KindIfc } from './types';
import { deg, gid, nameOf, oneOf, pBool, pNum, pStr } from './values';

export const counterIfc: KindIfc<'counter'> = {
  write(el: Counter, { t, place }) {
    const { w, owner } = t;
    const g = s(gidOf(el));
    const name = s(el.name ?? null);
    const pl = placement(t, place, el.position, el.rotation);
    const sh = box(t, el.top.width, el.top.depth, el.top.height);
    const id = t.is2x3
      ? w.add('IFCFURNISHINGELEMENT', g, owner, name, '$', s('Counter'), r(pl), r(sh), '$')
      : w.add('IFCFURNITURE', g, owner, name, '$', s('Counter'), r(pl), r(sh), '$', e('DESK'));
    pset(t, el.id, 'Pset_HallTwinCounter', [id], {
      Id: el.id,
      Type: el.type,
      Number: el.number,
      TopWidth: el.top.width,
      TopDepth: el.top.depth,
      TopHeight: el.top.height,
      Low: el.low,
      KneeSpace: el.kneeSpace,
      Style: el.style,
      Department: el.department,
      OneMetreLine: el.oneMetreLine.enabled,
      OneMetreLineDistance: el.oneMetreLine.distance,
      Rotation: el.rotation,
    });
    return id;
  },
  fromPset: {
    run(c, { id, line: l, frame, position }, p) {
      const dist = pNum(p, 'OneMetreLineDistance');
      c.put(c.floorOf(id), {
        kind: 'counter',
        id: c.newId('counter', p),
        type: oneOf<CounterType>(pStr(p, 'Type'), COUNTER_TYPE_IDS) ?? 'general-intake',
        number: pStr(p, 'Number') ?? '',
        position,
        rotation: pNum(p, 'Rotation') ?? deg([frame.x[0], frame.x[1]]),
        top: { width: pNum(p, 'TopWidth') ?? 0.9, depth: pNum(p, 'TopDepth') ?? 0.6, height: pNum(p, 'TopHeight') ?? 0.75 },
        low: pBool(p, 'Low') ?? false,
        kneeSpace: pBool(p, 'KneeSpace') ?? false,
        style: pStr(p, 'Style') ?? 'standard',
        oneMetreLine: { enabled: pBool(p, 'OneMetreLine') ?? true, distance: dist ?? 1 },
        ...(pStr(p, 'Department') ? { department: pStr(p, 'Department') } : {}),
        ...nameOf(l),
        ...gid(l),
      });
      return true;
    },
  },
};
