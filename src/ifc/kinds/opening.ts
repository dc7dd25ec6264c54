/**
 * Doors in IFC: written as IfcDoor with an IfcOpeningElement voiding their wall; read from IfcDoor, set into the
 * wall that hosts them (by IfcRelFillsElement/IfcRelVoidsElement) when that wall was imported.
 */
import { ENTRANCE_KIND_IDS, type EntranceKind } from '../../core/vocab';
import type { Opening } from '../../core/kinds/opening';
import type { Vec2 } from '../../core/geometry/vec';
import { stableGlobalId } from '../../core/ids';
import { flatHull, rectOfHull } from '../footprint';
import { num, ref } from '../reader';
import { e, f, r, s } from '../step';
import { box, gidOf, placement, pset } from '../step-shapes';
import type { ImportContext, KindIfc } from './types';
import { deg, gid, nameOf, oneOf, pBool, pNum, pStr, r6, rv } from './values';

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
    if (host) {
      const opl = placement(t, place, el.position, el.rotation);
      const osh = box(t, el.width, host.thickness + 0.1, el.height);
      const ogid = s(stableGlobalId(`opening:${el.id}`));
      const op = t.is2x3
        ? w.add('IFCOPENINGELEMENT', ogid, owner, '$', '$', '$', r(opl), r(osh), '$')
        : w.add('IFCOPENINGELEMENT', ogid, owner, '$', '$', '$', r(opl), r(osh), '$', e('OPENING'));
      w.add('IFCRELVOIDSELEMENT', s(stableGlobalId(`voids:${el.id}`)), owner, '$', '$', r(host.el), r(op));
      w.add('IFCRELFILLSELEMENT', s(stableGlobalId(`fills:${el.id}`)), owner, '$', '$', r(op), r(id));
    }
    pset(t, el.id, 'Pset_HallTwinDoor', [id], { Id: el.id, Entrance: el.entrance, Exterior: el.exterior, Step: el.step, Ramp: el.ramp, TactilePaving: el.tactilePaving });
    return id;
  },
  fromEntities: { stage: 'doors', outline: false, run: importDoors },
};

function importDoors(c: ImportContext, ids: number[]): void {
  const { r: rd, meshes, scale } = c;
  const hostOfDoor = rd.hostsOfDoors(ids);
  rd.lines(ids);
  for (const id of ids) {
    const l = rd.line(id);
    const g = meshes.elements.get(id);
    const rect = g && g.pts.length >= 6 ? rectOfHull(flatHull(g.pts)) : null;
    // The placement is only needed without geometry (walking its chain costs a few line reads).
    const frame = rect ? undefined : rd.frame(ref(l?.ObjectPlacement));
    let pos: Vec2 = rect ? rect.center : [frame!.o[0] * scale, frame!.o[1] * scale];
    const host = c.walls.get(hostOfDoor.get(id) ?? -1);
    let rotation = rect ? deg(rect.axis) : deg([frame!.x[0], frame!.x[1]]);
    if (host) {
      const d: Vec2 = [host.b[0] - host.a[0], host.b[1] - host.a[1]];
      const L2 = d[0] * d[0] + d[1] * d[1];
      const t = L2 > 0 ? Math.max(0, Math.min(1, ((pos[0] - host.a[0]) * d[0] + (pos[1] - host.a[1]) * d[1]) / L2)) : 0;
      pos = [host.a[0] + d[0] * t, host.a[1] + d[1] * t];
      rotation = deg(d);
    }
    const width = (num(l?.OverallWidth) ?? 0) * scale || rect?.length || 0;
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
