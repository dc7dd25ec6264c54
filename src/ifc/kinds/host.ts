/**
 * What doors and windows share in IFC: an element filling an IfcOpeningElement that voids its host wall, written
 * the same way for both, and read back the same way, set onto the axis of the wall that hosts it
 * (IfcRelFillsElement / IfcRelVoidsElement) when that wall was imported.
 */
import type { Vec2 } from '../../core/geometry/vec';
import { stableGlobalId } from '../../core/ids';
import { flatHull, rectOfHull } from '../footprint';
import type { ElementGeom } from '../meshes';
import { type Line, num, ref } from '../reader';
import { e, r, s } from '../step';
import { box, placement, type Place, type Target } from '../step-shapes';
import type { ImportContext, ImportedWall } from './types';
import { deg } from './values';

/** A hosted element as the writer places it: its centre and direction in plan, its width, and its span in height. */
export interface HostedSpan {
  id: string;
  position: Vec2;
  rotation: number;
  width: number;
  /** Bottom above the floor (a window's sill, 0 for a door) and height of the opening. */
  bottom: number;
  height: number;
}

/**
 * The IfcOpeningElement cutting `host` where `el` sits (a little thicker than the wall, so the void goes through),
 * voiding the wall and filled by the element's line `filler`.
 */
export function voidHost(t: Target, place: Place, host: { el: number; thickness: number }, el: HostedSpan, filler: number): void {
  const { w, owner } = t;
  const opl = placement(t, place, el.position, el.rotation, el.bottom);
  const osh = box(t, el.width, host.thickness + 0.1, el.height);
  const ogid = s(stableGlobalId(`opening:${el.id}`));
  const op = t.is2x3
    ? w.add('IFCOPENINGELEMENT', ogid, owner, '$', '$', '$', r(opl), r(osh), '$')
    : w.add('IFCOPENINGELEMENT', ogid, owner, '$', '$', '$', r(opl), r(osh), '$', e('OPENING'));
  w.add('IFCRELVOIDSELEMENT', s(stableGlobalId(`voids:${el.id}`)), owner, '$', '$', r(host.el), r(op));
  w.add('IFCRELFILLSELEMENT', s(stableGlobalId(`fills:${el.id}`)), owner, '$', '$', r(op), r(filler));
}

/** Where an imported door or window sits: on its host wall's axis and along it when the host was imported. */
export interface OnHost {
  position: Vec2;
  rotation: number;
  /** Its width: the entity's OverallWidth, else its geometry's length along its axis (0: unknown). */
  width: number;
  host: ImportedWall | undefined;
  geom: ElementGeom | undefined;
}

/**
 * An IfcDoor's or IfcWindow's place in plan: its geometry's footprint rectangle (centre and axis), else its placement
 * frame; projected onto its host wall's axis and turned with it when `hostLine` is a wall that was imported.
 */
export function placeOnHost(c: ImportContext, id: number, l: Line | undefined, hostLine: number | undefined): OnHost {
  const geom = c.meshes.elements.get(id);
  const rect = geom && geom.pts.length >= 6 ? rectOfHull(flatHull(geom.pts)) : null;
  // The placement is only needed without geometry (walking its chain costs a few line reads).
  const frame = rect ? undefined : c.r.frame(ref(l?.ObjectPlacement));
  let position: Vec2 = rect ? rect.center : [frame!.o[0] * c.scale, frame!.o[1] * c.scale];
  let rotation = rect ? deg(rect.axis) : deg([frame!.x[0], frame!.x[1]]);
  const host = c.walls.get(hostLine ?? -1);
  if (host) {
    const d: Vec2 = [host.b[0] - host.a[0], host.b[1] - host.a[1]];
    const L2 = d[0] * d[0] + d[1] * d[1];
    const t = L2 > 0 ? Math.max(0, Math.min(1, ((position[0] - host.a[0]) * d[0] + (position[1] - host.a[1]) * d[1]) / L2)) : 0;
    position = [host.a[0] + d[0] * t, host.a[1] + d[1] * t];
    rotation = deg(d);
  }
  const width = (num(l?.OverallWidth) ?? 0) * c.scale || rect?.length || 0;
  return { position, rotation, width, host, geom };
}
