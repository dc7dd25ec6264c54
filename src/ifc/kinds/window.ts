/**
 * Windows in IFC: written as IfcWindow filling an IfcOpeningElement that voids their wall, between sill and head;
 * read from IfcWindow, set into the wall that hosts them (IfcRelFillsElement / IfcRelVoidsElement, as doors are)
 * when that wall was imported, their sill and head from the geometry's heights above the storey.
 */
import type { Window } from '../../core/kinds/window';
import { num } from '../reader';
import { e, f, r, s } from '../step';
import { box, gidOf, placement, pset } from '../step-shapes';
import { externalWindows } from '../window-external';
import { placeOnHost, voidHost } from './host';
import type { ImportContext, KindIfc, Props } from './types';
import { gid, nameOf, pBool, pNum, r6, rv } from './values';

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
    if (host) voidHost(t, place, host, { ...el, bottom: el.sillHeight, height: h }, id);
    pset(t, el.id, PSET, [id], { Id: el.id, SillHeight: el.sillHeight, HeadHeight: el.headHeight, Exterior: el.exterior, ClearGlass: el.clearGlass });
    return id;
  },
  fromEntities: { stage: 'doors', outline: false, run: importWindows },
};

function importWindows(c: ImportContext, ids: number[]): void {
  if (!ids.length) return;
  const { r: rd, scale } = c;
  const hostOf = rd.hostsOfDoors(ids);
  // The authoring tool's own word on which windows are in the outer walls (IFC's common window properties).
  const external = externalWindows(rd, ids);
  rd.lines(ids);
  for (const id of ids) {
    const l = rd.line(id);
    const { position: pos, rotation, width, host, geom: g } = placeOnHost(c, id, l, hostOf.get(id));
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
