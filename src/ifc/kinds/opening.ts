/**
 * Doors in IFC: written as IfcDoor with an IfcOpeningElement voiding their wall; read from IfcDoor, set into the
 * wall that hosts them (by IfcRelFillsElement/IfcRelVoidsElement) when that wall was imported.
 */
import { ENTRANCE_KIND_IDS, type EntranceKind } from '../../core/vocab';
import type { Opening } from '../../core/kinds/opening';
import { num } from '../reader';
import { e, f, r, s } from '../step';
import { box, gidOf, placement, pset } from '../step-shapes';
import { placeOnHost, voidHost } from './host';
import type { ImportContext, KindIfc } from './types';
import { gid, nameOf, oneOf, pBool, pNum, pStr, r6, rv } from './values';

export const openingIfc: KindIfc<'opening'> = {
  write(el: Opening, { t, place, walls }) {
    const { w, owner } = t;
    const g = s(gidOf(el));
    const name = s(el.name ?? null);
    const pl = placement(t, place, el.position, el.rotation);
    const host = el.wallId ? walls.get(el.wallId) : undefined;
    const sh = box(t, el.width, 0.06, el.height);
    const id = t.is2x3
      ? w.add('IFCDOOR', g, owner, name, '$', '$', r(pl), r(sh), '$', f(el.height * t.k), f(el.width * t.k))
      : w.add('IFCDOOR', g, owner, name, '$', '$', r(pl), r(sh), '$', f(el.height * t.k), f(el.width * t.k), e('DOOR'), '$', '$');
    if (host) voidHost(t, place, host, { ...el, bottom: 0, height: el.height }, id);
    pset(t, el.id, 'Pset_HallTwinDoor', [id], { Id: el.id, Entrance: el.entrance, Exterior: el.exterior, Step: el.step, Ramp: el.ramp, TactilePaving: el.tactilePaving });
    return id;
  },
  fromEntities: { stage: 'doors', outline: false, run: importDoors },
};

function importDoors(c: ImportContext, ids: number[]): void {
  const { r: rd, scale } = c;
  const hostOfDoor = rd.hostsOfDoors(ids);
  rd.lines(ids);
  for (const id of ids) {
    const l = rd.line(id);
    const { position: pos, rotation, width, host, geom: g } = placeOnHost(c, id, l, hostOfDoor.get(id));
    const height = (num(l?.OverallHeight) ?? 0) * scale || (g ? g.maxY - g.minY : 0);
    if (!(width > 0)) {
      c.warnings.push({ en: `IfcDoor #${id}: no width; skipped`, zh: `IfcDoor #${id}：门无宽度，已跳过` });
      continue;
    }
    const p = c.ps(id, 'Pset_HallTwinDoor');
    const doorId = c.newId('door', p);
    if (p) c.ownDoors.add(doorId);
    const entrance = oneOf<EntranceKind>(pStr(p, 'Entrance'), ENTRANCE_KIND_IDS) ?? 'none';
    const ext = pBool(p, 'Exterior');
    c.put(c.floorOf(id, g), {
      id: doorId,
      ...nameOf(l),
      ...gid(l),
      kind: 'opening',
      ...(host ? { wallId: host.id } : {}),
      position: rv(pos),
      rotation,
      width: r6(width),
      height: r6(height > 0 ? height : 2.1),
      entrance,
      ...(ext !== undefined ? { exterior: ext } : {}),
      step: pNum(p, 'Step') ?? 0,
      ...(pBool(p, 'Ramp') ? { ramp: true } : {}),
      ...(pBool(p, 'TactilePaving') ? { tactilePaving: true } : {}),
    });
  }
}
