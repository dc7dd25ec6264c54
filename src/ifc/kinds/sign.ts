/** Signs in IFC: written as a proxy panel at their mounting height with our property set; only our own come back. */
import { SIGN_KIND_IDS, type SignKind } from '../../core/vocab';
import type { Sign } from '../../core/kinds/sign';
import { box, placement, proxy, pset } from '../step-shapes';
import type { KindIfc } from './types';
import { deg, gid, nameOf, oneOf, pBool, pNum, pStr } from './values';

export const signIfc: KindIfc<'sign'> = {
  write(el: Sign, { t, place }) {
    const pl = placement(t, place, el.position, el.rotation);
    const sh = box(t, el.width, 0.05, 0.4, 0, 0, Math.max(0, el.mountHeight - 0.2));
    const id = proxy(t, el, 'Sign', pl, sh);
    pset(t, el.id, 'Pset_HallTwinSign', [id], {
      Id: el.id,
      SignKind: el.signKind,
      TextZh: el.text.zh,
      TextEn: el.text.en,
      Electronic: el.electronic,
      Width: el.width,
      MountHeight: el.mountHeight,
      Target: el.target,
      MountedOn: el.mountedOn,
      YouAreHere: el.youAreHere,
      Rotation: el.rotation,
    });
    return id;
  },
  fromPset: {
    run(c, { id, line: l, frame, position }, s) {
      c.put(c.floorOf(id), {
        kind: 'sign',
        id: c.newId('sign', s),
        signKind: oneOf<SignKind>(pStr(s, 'SignKind'), SIGN_KIND_IDS) ?? 'directional',
        text: { zh: pStr(s, 'TextZh') ?? '', en: pStr(s, 'TextEn') ?? '' },
        electronic: pBool(s, 'Electronic') ?? false,
        position,
        rotation: pNum(s, 'Rotation') ?? deg([frame.x[0], frame.x[1]]),
        width: pNum(s, 'Width') ?? 0.8,
        mountHeight: pNum(s, 'MountHeight') ?? 1.6,
        ...(pStr(s, 'Target') ? { target: pStr(s, 'Target') } : {}),
        ...(pStr(s, 'MountedOn') ? { mountedOn: pStr(s, 'MountedOn') } : {}),
        ...(pBool(s, 'YouAreHere') ? { youAreHere: true } : {}),
        ...nameOf(l),
        ...gid(l),
      });
      return true;
    },
  },
};
