/**
 * Vertical links in IFC: written as IfcStair, IfcRamp or IfcTransportElement boxes as tall as the floors they join;
 * read from stairs and ramps (with their flights), flights outside any stair, and lifts and escalators.
 */
import { LINK_KIND_IDS, type LinkKind } from '../../core/vocab';
import type { VLink } from '../../core/kinds/vlink';
import type { Floor } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import * as W from 'web-ifc';
import { hullCandidates, orientedRect } from '../footprint';
import type { ElementGeom } from '../meshes';
import { ref, str } from '../reader';
import { e, r, s } from '../step';
import { box, gidOf, placement, pset } from '../step-shapes';
import type { ImportContext, KindIfc } from './types';
import { deg, gid, nameOf, oneOf, pBool, pNum, pStr, r6, rv } from './values';

export const vlinkIfc: KindIfc<'vlink'> = {
  write(el: VLink, { t, doc, floor, place }) {
    const { w, owner } = t;
    const g = s(gidOf(el));
    const name = s(el.name ?? null);
    const joined = el.floors.map((fid) => doc.floors.find((x) => x.id === fid)).filter((x): x is Floor => !!x);
    const span = Math.max(floor.elevation, ...joined.map((x) => x.elevation)) - floor.elevation;
    const pl = placement(t, place, el.position, el.rotation);
    const sh = box(t, el.size.w, el.size.d, Math.max(span, 1));
    const linkType = el.linkKind === 'elevator' ? 'ELEVATOR' : 'ESCALATOR';
    const id =
      el.linkKind === 'stair'
        ? w.add('IFCSTAIR', g, owner, name, '$', '$', r(pl), r(sh), '$', e('STRAIGHT_RUN_STAIR'))
        : el.linkKind === 'ramp'
          ? w.add('IFCRAMP', g, owner, name, '$', '$', r(pl), r(sh), '$', e('STRAIGHT_RUN_RAMP'))
          : t.is2x3
            ? w.add('IFCTRANSPORTELEMENT', g, owner, name, '$', '$', r(pl), r(sh), '$', e(linkType), '$', '$')
            : w.add('IFCTRANSPORTELEMENT', g, owner, name, '$', '$', r(pl), r(sh), '$', e(linkType));
    pset(t, el.id, 'Pset_HallTwinLink', [id], {
      Id: el.id,
      LinkKind: el.linkKind,
      Floors: el.floors.join(','),
      Accessible: el.accessible,
      ClearWidth: el.clearWidth,
      Slope: el.slope,
      RunRise: el.runRise,
      Landing: el.landing,
      SizeW: el.size.w,
      SizeD: el.size.d,
      Rotation: el.rotation,
    });
    return id;
  },
  fromEntities: { stage: 'links', outline: false, withParts: true, run: importLinks },
};

/** The lines that become links, with the kind their entity says. */
function candidates(c: ImportContext, byEntity: ReadonlyMap<string, number[]>): { id: number; kind: LinkKind }[] {
  const { r: rd } = c;
  const of = (entity: string) => byEntity.get(entity) ?? [];
  const stairIds = of('IfcStair');
  const rampIds = of('IfcRamp');
  const transportIds = of('IfcTransportElement');
  const linkParents = new Set([...stairIds, ...rampIds]);
  const looseFlights = [...of('IfcStairFlight'), ...of('IfcRampFlight')].filter((id) => !linkParents.has(c.parentOf.get(id) ?? -1));
  // Every line this stage reads, in one call into web-ifc.
  rd.lines([...stairIds, ...rampIds, ...looseFlights, ...transportIds]);
  const out: { id: number; kind: LinkKind }[] = [
    ...stairIds.map((id) => ({ id, kind: 'stair' as LinkKind })),
    ...rampIds.map((id) => ({ id, kind: 'ramp' as LinkKind })),
    ...looseFlights.map((id) => ({ id, kind: (rd.line(id)?.type === W.IFCRAMPFLIGHT ? 'ramp' : 'stair') as LinkKind })),
  ];
  for (const id of transportIds) {
    const l = rd.line(id);
    const t = (str(l?.PredefinedType) ?? str(l?.OperationType) ?? '').toUpperCase();
    const kind: LinkKind | undefined =
      t === 'ELEVATOR' ? 'elevator' : t === 'ESCALATOR' || t === 'MOVINGWALKWAY' ? 'escalator' : c.ps(id, 'Pset_HallTwinLink') ? 'elevator' : undefined;
    if (kind) out.push({ id, kind });
    else
      c.warnings.push({
        en: `IfcTransportElement #${id}: type "${t || 'not set'}" is not an elevator or escalator; skipped`,
        zh: `IfcTransportElement #${id}：类型“${t || '未设置'}”不是电梯或自动扶梯，已跳过`,
      });
  }
  return out;
}

function importLinks(c: ImportContext, _ids: number[], byEntity: ReadonlyMap<string, number[]>): void {
  const { r: rd, floors, scale } = c;
  for (const cand of candidates(c, byEntity)) {
    const l = rd.line(cand.id);
    const p = c.ps(cand.id, 'Pset_HallTwinLink');
    const parts = [cand.id, ...(c.childrenOf.get(cand.id) ?? [])].map((x) => c.meshes.elements.get(x)).filter((x): x is ElementGeom => !!x && x.pts.length > 0);
    const pts = parts.flatMap((x) => hullCandidates(x.pts));
    const minY = Math.min(...parts.map((x) => x.minY));
    const maxY = Math.max(...parts.map((x) => x.maxY));
    const rect = pts.length >= 3 ? orientedRect(pts) : null;
    if (!rect && !p) {
      c.warnings.push({ en: `${rd.typeName(cand.id)} #${cand.id}: no geometry; skipped`, zh: `${rd.typeName(cand.id)} #${cand.id}：无几何，已跳过` });
      continue;
    }
    let joined: number[] = [];
    const listed = (pStr(p, 'Floors') ?? '')
      .split(',')
      .map((x) => floors.findIndex((f) => f.id === x.trim()))
      .filter((i) => i >= 0);
    if (listed.length) joined = listed;
    else if (Number.isFinite(minY)) floors.forEach((f, i) => f.elevation >= minY - 0.3 && f.elevation <= maxY + 0.3 && joined.push(i));
    if (!joined.length) joined = [c.floorOf(cand.id, parts[0])];
    joined.sort((a, b) => a - b);
    const kind = oneOf<LinkKind>(pStr(p, 'LinkKind'), LINK_KIND_IDS) ?? cand.kind;
    if (joined.length < 2 && kind !== 'ramp')
      c.warnings.push({
        en: `${rd.typeName(cand.id)} #${cand.id}: reaches only floor "${floors[joined[0]].name}"`,
        zh: `${rd.typeName(cand.id)} #${cand.id}：只到达楼层“${floors[joined[0]].name}”`,
      });
    // Our own links keep their placement; others are placed by their geometry (no placement chain to walk).
    const frame = p ? rd.frame(ref(l?.ObjectPlacement)) : undefined;
    const position: Vec2 = frame ? [frame.o[0] * scale, frame.o[1] * scale] : rect!.center;
    const rotation = frame ? (pNum(p, 'Rotation') ?? deg([frame.x[0], frame.x[1]])) : r6(deg(rect!.axis) - 90);
    const size = { w: pNum(p, 'SizeW') ?? r6(Math.max(rect?.width ?? 1, 0.1)), d: pNum(p, 'SizeD') ?? r6(Math.max(rect?.length ?? 1, 0.1)) };
    const slope = pNum(p, 'Slope') ?? (kind === 'ramp' && rect && rect.length > 0 && Number.isFinite(maxY) ? r6((maxY - minY) / rect.length) : undefined);
    c.put(joined[0], {
      id: c.newId(kind, p),
      ...nameOf(l),
      ...gid(l),
      kind: 'vlink',
      linkKind: kind,
      floors: joined.map((i) => floors[i].id),
      position: rv(position),
      rotation,
      size,
      accessible: pBool(p, 'Accessible') ?? kind === 'elevator',
      clearWidth: pNum(p, 'ClearWidth') ?? r6(kind === 'elevator' ? Math.min(size.w, 1.2) : size.w),
      ...(slope !== undefined ? { slope } : {}),
    });
  }
}
