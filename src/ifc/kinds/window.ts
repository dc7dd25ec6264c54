/**
 * Windows in IFC: written as IfcWindow filling an IfcOpeningElement that voids their wall, between sill and head;
 * read from IfcWindow, set into the wall that hosts them (IfcRelFillsElement / IfcRelVoidsElement, as doors are)
 * when that wall was imported, their sill and head from the geometry's heights above the storey.
 */
import type { Window } from '../../core/kinds/window';
import type { Vec2 } from '../../core/geometry/vec';
import { stableGlobalId } from '../../core/ids';
import { flatHull, rectOfHull } from '../footprint';
import { num, ref } from '../reader';
import { e, f, r, s } from '../step';
import { box, gidOf, placement, pset } from '../step-shapes';
import { externalWindows } from '../window-external';
import type { ImportContext, KindIfc, Props } from './types';
import { deg, gid, nameOf, pBool, pNum, r6, rv } from './values';

const PSET = 'Pset_HallTwinWindow';
/** What a window without geometry or our property set is taken to have: a common sill and head. */
const SILL = 0.9;
const HEAD = 2.4;

export const windowIfc: KindIfc<'window'> = {
  write(el: Window, { t, place, walls }) {
    const { w, owner } = t;
    const h = el.headHeight - el.sillHeight;
    const pl = placement(t, place, el.position, el.rotation, el.sillHeight);
    const host = el.wallId ? walls.get(el.wallId) : undefined;
    const sh = box(t, el.width, 0.06, h);
    const g = s(gidOf(el));
    const name = s(el.name ?? null);
    const id = t.is2x3
      ? w.add('IFCWINDOW', g, owner, name, '$', '$', r(pl), r(sh), '$', f(h * t.k), f(el.width * t.k))
      : w.add('IFCWINDOW', g, owner, name, '$', '$', r(pl), r(sh), '$', f(h * t.k), f(el.width * t.k), e('WINDOW'), '$', '$');
    if (host) {
      const opl = placement(t, place, el.position, el.rotation, el.sillHeight);
      const osh = box(t, el.width, host.thickness + 0.1, h);
      const ogid = s(stableGlobalId(`opening:${el.id}`));
      const op = t.is2x3
        ? w.add('IFCOPENINGELEMENT', ogid, owner, '$', '$', '$', r(opl), r(osh), '$')
        : w.add('IFCOPENINGELEMENT', ogid, owner, '$', '$', '$', r(opl), r(osh), '$', e('OPENING'));
      w.add('IFCRELVOIDSELEMENT', s(stableGlobalId(`voids:${el.id}`)), owner, '$', '$', r(host.el), r(op));
      w.add('IFCRELFILLSELEMENT', s(stableGlobalId(`fills:${el.id}`)), owner, '$', '$', r(op), r(id));
    }
    pset(t, el.id, PSET, [id], { Id: el.id, SillHeight: el.sillHeight, HeadHeight: el.headHeight, Exterior: el.exterior, ClearGlass: el.clearGlass });
    return id;
  },
  fromEntities: { stage: 'doors', outline: false, run: importWindows },
};

function importWindows(c: ImportContext, ids: number[]): void {
  if (!ids.length) return;
  const { r: rd, meshes, scale } = c;
  const hostOf = rd.hostsOfDoors(ids);
  // The authoring tool's own word on which windows are in the outer walls (IFC's common window properties).
  const external = externalWindows(rd, ids);
  rd.lines(ids);
  for (const id of ids) {
    const l = rd.line(id);
    const g = meshes.elements.get(id);
    const rect = g && g.pts.length >= 6 ? rectOfHull(flatHull(g.pts)) : null;
    const frame = rect ? undefined : rd.frame(ref(l?.ObjectPlacement));
    let pos: Vec2 = rect ? rect.center : [frame!.o[0] * scale, frame!.o[1] * scale];
    const host = c.walls.get(hostOf.get(id) ?? -1);
    let rotation = rect ? deg(rect.axis) : deg([frame!.x[0], frame!.x[1]]);
    if (host) {
      const d: Vec2 = [host.b[0] - host.a[0], host.b[1] - host.a[1]];
      const L2 = d[0] * d[0] + d[1] * d[1];
      const t = L2 > 0 ? Math.max(0, Math.min(1, ((pos[0] - host.a[0]) * d[0] + (pos[1] - host.a[1]) * d[1]) / L2)) : 0;
      pos = [host.a[0] + d[0] * t, host.a[1] + d[1] * t];
      rotation = deg(d);
    }
    const width = (num(l?.OverallWidth) ?? 0) * scale || rect?.length || 0;
    if (!(width > 0)) {
      c.warnings.push({ en: `IfcWindow #${id}: no width; skipped`, zh: `IfcWindow #${id}：窗无宽度，已跳过` });
      continue;
    }
    const floor = c.floorOf(id, g);
    const p = c.ps(id, PSET);
    const { sill, head } = heights(c, floor, g, (num(l?.OverallHeight) ?? 0) * scale, p);
    c.put(floor, {
      id: c.newId('window', p),
      ...nameOf(l),
      ...gid(l),
      kind: 'window',
      ...(host ? { wallId: host.id } : {}),
      position: rv(pos),
      rotation,
      width: r6(width),
      sillHeight: sill,
      headHeight: head,
      exterior: pBool(p, 'Exterior') ?? external.get(id) ?? true,
      clearGlass: pBool(p, 'ClearGlass') ?? true,
    });
  }
}

/** Sill and head above the floor: ours as written, else from the geometry's heights, else the overall height on a common sill. */
function heights(c: ImportContext, floor: number, g: { minY: number; maxY: number } | undefined, overall: number, p: Props | undefined): { sill: number; head: number } {
  const own = { sill: pNum(p, 'SillHeight'), head: pNum(p, 'HeadHeight') };
  if (own.sill !== undefined && own.head !== undefined && own.head > own.sill && own.sill >= 0) return { sill: own.sill, head: own.head };
  const elevation = c.floors[floor]?.elevation ?? 0;
  if (g && Number.isFinite(g.minY) && g.maxY > g.minY) {
    const sill = r6(Math.max(0, g.minY - elevation));
    return { sill, head: r6(Math.max(sill + 0.05, g.maxY - elevation)) };
  }
  return { sill: SILL, head: r6(overall > 0 ? SILL + overall : HEAD) };
}
