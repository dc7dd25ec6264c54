/**
 * Zones in IFC: written as IfcSpace prisms (grouped into one IfcZone per zone type by the exporter); read from
 * IfcSpace outlines, typed by our property set, else by the room classifier over names and use properties.
 */
import { ZONE_TYPE_IDS, type ZoneType } from '../../core/vocab';
import { zoneTypeTerm } from '../../core/terms';
import type { Zone } from '../../core/kinds/zone';
import { triangleOutline } from '../footprint';
import { str } from '../reader';
import { readSpaceUse, type SpaceUse } from '../space-use';
import { e, r, s } from '../step';
import { type Target, gidOf, placement, prism, pset } from '../step-shapes';
import { classifyZone } from '../zone-type';
import type { ImportContext, KindIfc } from './types';
import { gid, oneOf, pStr, rv } from './values';

export const zoneIfc: KindIfc<'zone'> = {
  write(el: Zone, { t, doc, floor, place }) {
    const pl = placement(t, place, [0, 0], 0);
    const sh = prism(t, el.polygon, floor.height);
    // An unnamed room's long name is its type as the hall's province words it, as the IfcZone grouping it is named.
    const longName = s(el.nameEn ?? zoneTypeTerm(el.type, doc.meta.preset).en);
    const id = t.w.add('IFCSPACE', s(gidOf(el)), t.owner, s(el.name ?? null), '$', '$', r(pl), r(sh), longName, e('ELEMENT'), e('INTERNAL'), '$');
    zonePset(t, el, id);
    return id;
  },
  fromEntities: { stage: 'spaces', outline: true, streamedByType: true, run: importSpaces },
};

/** Our zone's property set, also written onto the original model's IfcSpace when the hall is written back into it. */
export function zonePset(t: Target, el: Zone, id: number) {
  pset(t, el.id, 'Pset_HallTwin', [id], { Id: el.id, ZoneType: el.type, Also: el.also.join(','), Department: el.department, NameEn: el.nameEn });
}

const names = (l: { Name?: unknown; LongName?: unknown; ObjectType?: unknown; Description?: unknown } | undefined) => ({
  name: str(l?.Name),
  longName: str(l?.LongName),
  objectType: str(l?.ObjectType),
  description: str(l?.Description),
});

function importSpaces(c: ImportContext, spaceIds: number[]): void {
  const { r: rd, meshes, warnings } = c;
  rd.lines(spaceIds);
  // Names first; what else the model says of a room's use only for the rooms its names leave unsure.
  const byName = new Map(spaceIds.map((id) => [id, classifyZone(names(rd.line(id)))]));
  const unsure = spaceIds.filter((id) => (byName.get(id)?.confidence ?? 0) < 0.8 && !c.ps(id, 'Pset_HallTwin'));
  const uses = unsure.length ? readSpaceUse(rd, unsure) : new Map<number, SpaceUse>();
  spaceIds.forEach((id, i) => {
    if (i % 20 === 0) c.stage('spaces', 0.5 + (0.5 * i) / spaceIds.length);
    const l = rd.line(id);
    const g = meshes.elements.get(id);
    const label = [str(l?.Name), str(l?.LongName)].filter(Boolean);
    const where = `IfcSpace #${id}${label.length ? ` "${label.join(' ')}"` : ''}`;
    if (!g?.tris || g.tris.length + (g.up?.length ?? 0) === 0) {
      warnings.push({ en: `${where}: no geometry; skipped`, zh: `${where}：无几何，已跳过` });
      return;
    }
    const o = triangleOutline(g.tris, undefined, g.up);
    if (!o) {
      warnings.push({ en: `${where}: no plan footprint; skipped`, zh: `${where}：无平面轮廓，已跳过` });
      return;
    }
    if (o.fellBack) warnings.push({ en: `${where}: outline could not be traced; its convex hull is used`, zh: `${where}：轮廓无法追踪，改用凸包` });
    if (o.pieces > 1) warnings.push({ en: `${where}: footprint has ${o.pieces} separate parts; the largest is used`, zh: `${where}：平面轮廓分为 ${o.pieces} 块，取最大一块` });
    const p = c.ps(id, 'Pset_HallTwin');
    const own = oneOf<ZoneType>(pStr(p, 'ZoneType'), ZONE_TYPE_IDS);
    const use = uses.get(id);
    const guess = own ? undefined : use ? classifyZone({ ...names(l), ...use }) : byName.get(id);
    const type = own ?? guess?.type ?? 'unclassified';
    const also = (pStr(p, 'Also') ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter((x): x is ZoneType => (ZONE_TYPE_IDS as string[]).includes(x) && x !== type);
    const name = p ? str(l?.Name) : [...new Set(label)].join(' ');
    // The Name beside a LongName is the room's number on the drawings (A101, 1.07).
    const number = !p && str(l?.LongName) && str(l?.Name) && str(l?.Name) !== str(l?.LongName) ? str(l?.Name)!.slice(0, 500) : undefined;
    const dept = pStr(p, 'Department');
    const nameEn = pStr(p, 'NameEn');
    c.put(c.floorOf(id, g), {
      id: c.newId('zone', p),
      ...(name ? { name: name.slice(0, 500) } : {}),
      ...gid(l),
      kind: 'zone',
      type,
      also,
      polygon: o.polygon.map(rv),
      ...(dept ? { department: dept } : {}),
      ...(nameEn ? { nameEn } : {}),
      ...(number ? { number } : {}),
      ...(guess ? { typeGuess: { confidence: guess.confidence, from: guess.from.slice(0, 500) } } : {}),
    });
  });
}
