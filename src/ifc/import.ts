/**
 * IFC → hall document. Pure domain code (web-ifc only): runs in Node (tests, CLI) and in a Web Worker.
 * Stages: open → storeys → spaces → walls → doors → links → furniture → geometry → done.
 * Elements carrying our own property sets (Pset_HallTwin*, written by ./export.ts) come back as the
 * counters, signs, points and zones they were, with their ids; everything else is mapped by IFC type.
 */
import * as W from 'web-ifc';
import { HallDocumentSchema, MetaSchema, type Floor, type HallDocument } from '../core/document';
import type { HallElement } from '../core/kinds/registry';
import type { Vec2 } from '../core/geometry/vec';
import { area } from '../core/geometry/polygon';
import {
  COUNTER_TYPE_IDS,
  ENTRANCE_KIND_IDS,
  HALL_LEVEL_IDS,
  LINK_KIND_IDS,
  POINT_KIND_IDS,
  PRESET_IDS,
  SIGN_KIND_IDS,
  ZONE_TYPE_IDS,
  type CounterType,
  type EntranceKind,
  type HallLevel,
  type LinkKind,
  type PointKind,
  type PresetId,
  type SignKind,
  type ZoneType,
} from '../core/vocab';
import { getIfcApi } from './api';
import { checkIfcBytes } from './check-bytes';
import { IfcImportCancelled, IfcImportError } from './errors';
import { cleanRing, flatHull, hullCandidates, orientedRect, rectOfHull, roundedHull, triangleOutline } from './footprint';
import { mapConversionPlaces, readGeoref } from './georef';
import { type CutPlane, type ElementGeom, MeshCollector } from './meshes';
import { ModelReader, num, ref, refs, str } from './reader';
import type { ImportOptions, ImportResult, ImportStage, ImportStats } from './types';
import { certainlyValid, metaAsSchemaGives, type MetaInput } from './valid-hall';
import { readSpaceUse, type SpaceUse } from './space-use';
import { exteriorDoors, groundFloor } from '../core/entrances';
import { classifyZone } from './zone-type';
import { addFloorOutlines } from './floor-outlines';
import { LONG_STRING, lineOf, scanStep, shortenLongStrings } from './step-scan';

type Props = Record<string, string | number | boolean>;
const CUT_HEIGHT = 1.2;

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
const rv = (p: Vec2): Vec2 => [r6(p[0]), r6(p[1])];
const deg = (v: Vec2) => r6((Math.atan2(v[1], v[0]) * 180) / Math.PI);
const pStr = (p: Props | undefined, k: string) => (p && typeof p[k] === 'string' && p[k] !== '' ? (p[k] as string) : undefined);
const pNum = (p: Props | undefined, k: string) => (p && typeof p[k] === 'number' && Number.isFinite(p[k]) ? (p[k] as number) : undefined);
const pBool = (p: Props | undefined, k: string) => (p && typeof p[k] === 'boolean' ? (p[k] as boolean) : undefined);
const oneOf = <T extends string>(v: string | undefined, ids: readonly string[]): T | undefined => (v && ids.includes(v) ? (v as T) : undefined);
const UNIT_NAMES: Record<number, string> = { 0.001: 'millimetre', 0.01: 'centimetre', 0.1: 'decimetre', 1: 'metre', 1000: 'kilometre', 0.3048: 'foot', 0.0254: 'inch' };
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export async function importIfc(bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
  const t0 = now();
  const fileName = opts.fileName ?? 'model.ifc';
  const warnings: string[] = [];
  const ms: Partial<Record<ImportStage, number>> = {};
  let tStage = t0;
  let current: ImportStage = 'open';
  const stage = (s: ImportStage, f: number) => {
    if (opts.signal?.aborted) throw new IfcImportCancelled();
    if (s !== current) {
      ms[current] = (ms[current] ?? 0) + (now() - tStage);
      tStage = now();
      current = s;
    }
    opts.onProgress?.(s, f);
  };
  stage('open', 0);
  const headerSchema = checkIfcBytes(bytes, fileName);
  bytes = checkedStepBytes(bytes, fileName, warnings);
  const api = await getIfcApi(opts.wasmPath);
  stage('open', 0.1);
  let model = -1;
  try {
    model = api.OpenModel(bytes, { COORDINATE_TO_ORIGIN: false });
  } catch (e) {
    throw new IfcImportError(`${fileName}: web-ifc could not parse the file (${e instanceof Error ? e.message : String(e)}) / 无法解析 IFC`, 'open');
  }
  if (model < 0) throw new IfcImportError(`${fileName}: web-ifc could not open the model / 无法打开 IFC 模型`, 'open');
  try {
    const reader = new ModelReader(api, model);
    reader.readFromText(bytes);
    return await importOpenModel(reader, bytes, headerSchema, fileName, opts, warnings, stage, () => {
      ms[current] = (ms[current] ?? 0) + (now() - tStage);
      return { ms, totalMs: now() - t0 };
    });
  } catch (e) {
    if (e instanceof IfcImportError || e instanceof IfcImportCancelled) throw e;
    throw new IfcImportError(`${fileName}: import failed in stage "${current}": ${e instanceof Error ? e.message : String(e)} / 导入失败`, current);
  } finally {
    try {
      api.CloseModel(model);
    } catch {
      // the model is gone either way
    }
  }
}

/** The bytes web-ifc may read: refused when entity ids repeat or are broken; long strings shortened (see step-scan.ts). */
function checkedStepBytes(bytes: Uint8Array, fileName: string, warnings: string[]): Uint8Array {
  const scan = scanStep(bytes);
  if (scan.duplicate) {
    const { id, first, second } = scan.duplicate;
    throw new IfcImportError(
      `${fileName}: entity #${id} is defined twice (lines ${first >= 0 ? lineOf(bytes, first) : '?'} and ${lineOf(bytes, second)}): the file is damaged (a repeated DATA section or a bad merge); it cannot be read reliably / 实体编号 #${id} 重复定义，文件已损坏`,
      'open',
    );
  }
  if (scan.broken !== undefined) {
    throw new IfcImportError(`${fileName}: malformed entity id at line ${lineOf(bytes, scan.broken)} / 第 ${lineOf(bytes, scan.broken)} 行的实体编号无效`, 'open');
  }
  if (!scan.long.length) return bytes;
  const first = scan.long[0];
  warnings.push(
    `${scan.long.length} text${scan.long.length === 1 ? '' : 's'} longer than ${LONG_STRING.toLocaleString('en')} characters (first in #${first.id}, ${(first.end - first.start).toLocaleString('en')} characters) shortened to their first 4,000: web-ifc cannot read longer ones / 超长文本已截短`,
  );
  return shortenLongStrings(bytes, scan.long);
}

interface Storey {
  lineId: number;
  name: string;
  elevation: number;
  /** Where the elevation was read: the storey's Elevation attribute or its placement chain. */
  source: 'attribute' | 'placement';
  globalId?: string;
  props?: Props;
}

async function importOpenModel(
  r: ModelReader,
  bytes: Uint8Array,
  headerSchema: string,
  fileName: string,
  opts: ImportOptions,
  warnings: string[],
  stage: (s: ImportStage, f: number) => void,
  finish: () => { ms: Partial<Record<ImportStage, number>>; totalMs: number },
): Promise<ImportResult> {
  const { api, model } = r;
  const schema = (() => {
    try {
      return api.GetModelSchema(model) || headerSchema;
    } catch {
      return headerSchema;
    }
  })();
  stage('open', 1);

  // ---- storeys -------------------------------------------------------------------------------
  stage('storeys', 0);
  r.prefetchIds(PREFETCHED_TYPES);
  const storeyIds = r.ids(W.IFCBUILDINGSTOREY);
  if (storeyIds.length === 0) throw notABuilding(r, fileName);
  r.prefetchHeaderLines(storeyIds, () => !mapConversionPlaces(r));
  // A storey without Elevation may be one read shifted (star-lines.ts): then every line is read again, units first.
  if (storeyIds.some((id) => num(r.line(id)?.Elevation) === undefined) && r.lineUpStars(bytes))
    warnings.push('the file writes * for attributes that are not derived; its lines were read with every attribute in place');
  const unit = r.lengthUnit();
  const scale = unit.scale;
  const unitName = UNIT_NAMES[scale] ?? `${scale} m`;
  if (unit.from === 'assumed')
    warnings.push("no length unit in the file (no IfcProject units, no IfcUnitAssignment): assuming metres; check the hall's size / 文件未声明长度单位，按米处理");
  else if (unit.from === 'assignment')
    warnings.push(
      `no IfcProject: length unit ${unitName} taken from the file's IfcUnitAssignment; values converted to metres / 缺少 IfcProject，长度单位取自 IfcUnitAssignment（${unitName}）`,
    );
  else if (scale !== 1) warnings.push(`length unit is ${unitName} (from IfcProject); values converted to metres`);
  const psets = r.psetsWithPrefix('Pset_HallTwin', bytes);
  const ps = (id: number, name: string) => psets.get(id)?.get(name);

  r.lines(storeyIds);
  const storeys: Storey[] = storeyIds.map((id) => {
    const l = r.line(id);
    const e = num(l?.Elevation);
    const name = str(l?.Name) ?? str(l?.LongName) ?? `Storey #${id}`;
    // Without an Elevation the storey stands where its placement chain puts it; in a file that writes `*`
    // for unset attributes web-ifc's own transform reads that chain shifted, so it is walked here.
    const source: Storey['source'] = e !== undefined ? 'attribute' : 'placement';
    const z = e !== undefined ? e : r.starred ? r.frame(ref(l?.ObjectPlacement)).o[2] : r.placementZ(ref(l?.ObjectPlacement));
    const elevation = r6(z * scale);
    if (source === 'placement') warnings.push(`storey "${name}": no Elevation attribute; elevation ${elevation} m taken from its placement chain`);
    return { lineId: id, name, elevation, source, globalId: str(l?.GlobalId), props: ps(id, 'Pset_HallTwinFloor') };
  });
  storeys.sort((a, b) => a.elevation - b.elevation);
  // Storeys at the same level (a few exporters split one) become one floor.
  const levels: Storey[][] = [];
  for (const s of storeys) {
    const last = levels[levels.length - 1];
    if (last && Math.abs(last[0].elevation - s.elevation) < 1e-3) {
      last.push(s);
      warnings.push(`storeys "${last[0].name}" and "${s.name}" are at the same elevation ${s.elevation} m: merged into one floor`);
    } else levels.push([s]);
  }
  let ground = 0;
  levels.forEach((l, i) => {
    if (Math.abs(l[0].elevation) < Math.abs(levels[ground][0].elevation)) ground = i;
  });
  // A storey named as a basement is not the ground floor even when it stands nearest 0 (a half-sunk one at −0.6 m).
  while (ground + 1 < levels.length && BASEMENT_NAME.test(levels[ground][0].name)) ground++;
  const taken = new Set<string>();
  const floors: Floor[] = [];
  const floorOfStorey = new Map<number, number>();
  levels.forEach((l, i) => {
    const s = l[0];
    const pn = pNum(s.props, 'Storey');
    const storeyNo = pn !== undefined && Number.isInteger(pn) ? pn : i >= ground ? i - ground + 1 : i - ground;
    let id = pStr(s.props, 'Id') ?? (storeyNo > 0 ? `F${storeyNo}` : `B${-storeyNo}`);
    if (!/^[A-Za-z0-9_\-:.$]{1,80}$/.test(id) || taken.has(id)) id = uniqueId(`F${i + 1}`, taken);
    taken.add(id);
    const next = levels[i + 1]?.[0].elevation;
    const height = pNum(s.props, 'Height') ?? (next !== undefined ? next - s.elevation : undefined);
    floors.push({
      id,
      name: s.name,
      storey: storeyNo,
      elevation: s.elevation,
      height: height && height > 0 ? r6(Math.min(height, 100)) : 0,
      elements: [],
      ...(s.globalId ? { ifcGlobalId: s.globalId } : {}),
    });
    for (const x of l) floorOfStorey.set(x.lineId, i);
  });
  stage('storeys', 0.5);

  // Spatial tree: what contains what. With one floor everything is on it, so containment is not read,
  // nor aggregation unless there are stairs or ramps to find their flights through it.
  const stairIds = r.ids(W.IFCSTAIR);
  const rampIds = r.ids(W.IFCRAMP);
  const container = new Map<number, number>();
  for (const rel of floors.length > 1 ? r.lines(r.ids(W.IFCRELCONTAINEDINSPATIALSTRUCTURE)) : []) {
    const s = ref(rel?.RelatingStructure);
    if (s !== undefined) for (const e of refs(rel.RelatedElements)) container.set(e, s);
  }
  const parentOf = new Map<number, number>();
  const childrenOf = new Map<number, number[]>();
  for (const rel of floors.length > 1 || stairIds.length || rampIds.length ? r.lines(r.ids(W.IFCRELAGGREGATES)) : []) {
    const p = ref(rel?.RelatingObject);
    if (p === undefined) continue;
    for (const c of refs(rel.RelatedObjects)) {
      parentOf.set(c, p);
      const list = childrenOf.get(p) ?? [];
      list.push(c);
      childrenOf.set(p, list);
    }
  }
  const floorByElevation = (y: number): number => {
    let best = 0;
    floors.forEach((f, i) => {
      if (f.elevation <= y + 0.1) best = i;
    });
    return best;
  };
  const floorOf = (id: number, geom?: ElementGeom): number => {
    let cur: number | undefined = id;
    for (let depth = 0; cur !== undefined && depth < 12; depth++) {
      const f = floorOfStorey.get(cur);
      if (f !== undefined) return f;
      cur = container.get(cur) ?? parentOf.get(cur);
    }
    return geom && Number.isFinite(geom.minY) ? floorByElevation(geom.minY) : 0;
  };

  const georef = readGeoref(r, scale);
  warnings.push(...georef.warnings);
  const ifcNames = readNames(r);
  stage('storeys', 1);

  // ---- geometry pass ---------------------------------------------------------------------------
  const spaceIds = r.ids(W.IFCSPACE);
  const wallIds = [...r.ids(W.IFCWALL), ...r.ids(W.IFCWALLSTANDARDCASE), ...safeIds(r, 'IFCWALLELEMENTEDCASE')];
  const doorIds = r.ids(W.IFCDOOR);
  const transportIds = r.ids(W.IFCTRANSPORTELEMENT);
  const flightIds = [...r.ids(W.IFCSTAIRFLIGHT), ...r.ids(W.IFCRAMPFLIGHT)];
  const furnitureIds = [...new Set([...r.ids(W.IFCFURNISHINGELEMENT), ...safeIds(r, 'IFCFURNITURE')])];
  const columnIds = r.ids(W.IFCCOLUMN);
  const wanted = new Map<number, boolean>();
  for (const id of spaceIds) wanted.set(id, true);
  for (const id of [...wallIds, ...doorIds, ...stairIds, ...rampIds, ...transportIds, ...flightIds, ...furnitureIds, ...columnIds]) wanted.set(id, false);
  for (const id of [...stairIds, ...rampIds]) for (const c of childrenOf.get(id) ?? []) wanted.set(c, false);
  for (const [id, sets] of psets) if (sets.has('Pset_HallTwinObstacle')) wanted.set(id, true);
  // Floor slabs give the storeys' outlines (floor-outlines.ts); roof slabs do not.
  const floorSlabIds = [...r.ids(W.IFCSLAB), ...safeIds(r, 'IFCSLABSTANDARDCASE'), ...safeIds(r, 'IFCSLABELEMENTEDCASE')];
  r.lines(floorSlabIds);
  for (const id of floorSlabIds) if (str(r.line(id)?.PredefinedType)?.toUpperCase() !== 'ROOF' && !wanted.has(id)) wanted.set(id, true);

  const cuts: CutPlane[] = opts.withGeometry ? floors.map((f) => ({ floorId: f.id, y: f.elevation + CUT_HEIGHT })) : [];
  const typeNames = new Map<number, string | null>();
  // Roof slabs (PredefinedType ROOF; Revit and ArchiCAD model roofs so) join the roofs, so that hiding
  // the roof category opens the model up without taking the floor slabs with it.
  const slabIds = opts.withGeometry ? r.ids(W.IFCSLAB) : [];
  if (slabIds.length) r.lines(slabIds);
  const groupOf = opts.withGeometry
    ? (id: number): string | null => {
        let code: number;
        try {
          code = api.GetLineType(model, id);
        } catch {
          return 'Other';
        }
        if (code === W.IFCSLAB && str(r.line(id)?.PredefinedType)?.toUpperCase() === 'ROOF') return 'IfcRoof';
        let g = typeNames.get(code);
        if (g === undefined) typeNames.set(code, (g = contextGroup(api.GetNameFromTypeCode(code) ?? '')));
        return g;
      }
    : undefined;
  const meshes = new MeshCollector(api, model, wanted, groupOf, cuts, scale);
  stage('spaces', 0);
  if (spaceIds.length) api.StreamAllMeshesWithTypes(model, [W.IFCSPACE], meshes.onMesh, false);
  const usedIds = new Set<string>(taken);
  for (const sets of psets.values()) for (const p of sets.values()) if (typeof p.Id === 'string') usedIds.add(p.Id);
  const nextNumber = new Map<string, number>();
  const newId = (prefix: string, p?: Props): string => {
    const want = pStr(p, 'Id');
    if (want && /^[A-Za-z0-9_\-:.$]{1,80}$/.test(want) && !taken.has(want)) {
      taken.add(want);
      return want;
    }
    // usedIds only grows, so the first free number never goes down: search on from the last one.
    const id = uniqueId(prefix, usedIds, nextNumber.get(prefix));
    nextNumber.set(prefix, Number(id.slice(prefix.length + 1)) + 1);
    usedIds.add(id);
    taken.add(id);
    return id;
  };
  const put = (fi: number, el: HallElement) => floors[fi].elements.push(el);
  const gid = (l: { GlobalId?: unknown } | undefined) => {
    const g = str(l?.GlobalId);
    return g ? { ifcGlobalId: g } : {};
  };

  let spaces = 0;
  r.lines(spaceIds);
  // Names first; what else the model says of a room's use only for the rooms its names leave unsure.
  const byName = new Map(
    spaceIds.map((id) => {
      const l = r.line(id);
      return [id, classifyZone({ name: str(l?.Name), longName: str(l?.LongName), objectType: str(l?.ObjectType), description: str(l?.Description) })];
    }),
  );
  const unsure = spaceIds.filter((id) => (byName.get(id)?.confidence ?? 0) < 0.8 && !ps(id, 'Pset_HallTwin'));
  const uses = unsure.length ? readSpaceUse(r, unsure) : new Map<number, SpaceUse>();
  spaceIds.forEach((id, i) => {
    if (i % 20 === 0) stage('spaces', 0.5 + (0.5 * i) / spaceIds.length);
    const l = r.line(id);
    const g = meshes.elements.get(id);
    const label = [str(l?.Name), str(l?.LongName)].filter(Boolean);
    const where = `IfcSpace #${id}${label.length ? ` "${label.join(' ')}"` : ''}`;
    if (!g?.tris || g.tris.length + (g.up?.length ?? 0) === 0) {
      warnings.push(`${where}: no geometry; skipped`);
      return;
    }
    const o = triangleOutline(g.tris, undefined, g.up);
    if (!o) {
      warnings.push(`${where}: no plan footprint; skipped`);
      return;
    }
    if (o.fellBack) warnings.push(`${where}: outline could not be traced; its convex hull is used`);
    if (o.pieces > 1) warnings.push(`${where}: footprint has ${o.pieces} separate parts; the largest is used`);
    const p = ps(id, 'Pset_HallTwin');
    const own = oneOf<ZoneType>(pStr(p, 'ZoneType'), ZONE_TYPE_IDS);
    const use = uses.get(id);
    const guess = own
      ? undefined
      : use
        ? classifyZone({ name: str(l?.Name), longName: str(l?.LongName), objectType: str(l?.ObjectType), description: str(l?.Description), ...use })
        : byName.get(id);
    const type = own ?? guess?.type ?? 'unclassified';
    const also = (pStr(p, 'Also') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s): s is ZoneType => (ZONE_TYPE_IDS as string[]).includes(s) && s !== type);
    const name = p ? str(l?.Name) : [...new Set(label)].join(' ');
    // The Name beside a LongName is the room's number on the drawings (A101, 1.07).
    const number = !p && str(l?.LongName) && str(l?.Name) && str(l?.Name) !== str(l?.LongName) ? str(l?.Name)!.slice(0, 500) : undefined;
    const dept = pStr(p, 'Department');
    const nameEn = pStr(p, 'NameEn');
    put(floorOf(id, g), {
      id: newId('zone', p),
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
    spaces++;
  });

  stage('walls', 0);
  api.StreamAllMeshes(
    model,
    (mesh, index, total) => {
      // No abort check in here: throwing through web-ifc's streaming callback could leave the wasm half-way.
      if (index % 500 === 0) opts.onProgress?.('walls', 0.8 * (total ? index / total : 0));
      meshes.onMesh(mesh);
    },
    false,
  );
  const wallElementId = new Map<number, { id: string; a: Vec2; b: Vec2 }>();
  let walls = 0;
  r.lines(wallIds.filter((id) => meshes.elements.has(id)));
  for (const id of wallIds) {
    const g = meshes.elements.get(id);
    const rect = g ? rectOfHull(flatHull(g.pts)) : null;
    if (!g || !rect || rect.length < 0.05) continue;
    const l = r.line(id);
    const p = ps(id, 'Pset_HallTwinWall');
    const h = rect.length / 2;
    const a = rv([rect.center[0] - rect.axis[0] * h, rect.center[1] - rect.axis[1] * h]);
    const b = rv([rect.center[0] + rect.axis[0] * h, rect.center[1] + rect.axis[1] * h]);
    const wid = newId('wall', p);
    const height = g.maxY - g.minY;
    put(floorOf(id, g), {
      id: wid,
      ...nameOf(l),
      ...gid(l),
      kind: 'wall',
      a,
      b,
      thickness: r6(Math.max(rect.width, 0.01)),
      ...(height > 0.05 ? { height: r6(height) } : {}),
      ...(pBool(p, 'Glazed') ? { glazed: true } : {}),
    });
    wallElementId.set(id, { id: wid, a, b });
    walls++;
  }
  stage('walls', 1);

  // ---- doors -------------------------------------------------------------------------------------
  stage('doors', 0);
  const hostOfDoor = r.hostsOfDoors(doorIds);
  const ownDoors = new Set<string>();
  let doors = 0;
  r.lines(doorIds);
  for (const id of doorIds) {
    const l = r.line(id);
    const g = meshes.elements.get(id);
    const rect = g && g.pts.length >= 6 ? rectOfHull(flatHull(g.pts)) : null;
    // The placement is only needed without geometry (walking its chain costs a few line reads).
    const frame = rect ? undefined : r.frame(ref(l?.ObjectPlacement));
    let pos: Vec2 = rect ? rect.center : [frame!.o[0] * scale, frame!.o[1] * scale];
    const host = wallElementId.get(hostOfDoor.get(id) ?? -1);
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
      warnings.push(`IfcDoor #${id}: no width; skipped`);
      continue;
    }
    const p = ps(id, 'Pset_HallTwinDoor');
    const doorId = newId('door', p);
    if (p) ownDoors.add(doorId);
    const entrance = oneOf<EntranceKind>(pStr(p, 'Entrance'), ENTRANCE_KIND_IDS) ?? 'none';
    const ext = pBool(p, 'Exterior');
    put(floorOf(id, g), {
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
    doors++;
  }
  stage('doors', 1);

  // ---- vertical links ------------------------------------------------------------------------------
  stage('links', 0);
  const linkParents = new Set([...stairIds, ...rampIds]);
  const looseFlights = flightIds.filter((id) => !linkParents.has(parentOf.get(id) ?? -1));
  // Every line this stage reads, in one call into web-ifc.
  r.lines([...stairIds, ...rampIds, ...looseFlights, ...transportIds]);
  const candidates: { id: number; kind: LinkKind }[] = [
    ...stairIds.map((id) => ({ id, kind: 'stair' as LinkKind })),
    ...rampIds.map((id) => ({ id, kind: 'ramp' as LinkKind })),
    ...looseFlights.map((id) => ({ id, kind: (r.line(id)?.type === W.IFCRAMPFLIGHT ? 'ramp' : 'stair') as LinkKind })),
  ];
  for (const id of transportIds) {
    const l = r.line(id);
    const t = (str(l?.PredefinedType) ?? str(l?.OperationType) ?? '').toUpperCase();
    const kind: LinkKind | undefined =
      t === 'ELEVATOR' ? 'elevator' : t === 'ESCALATOR' || t === 'MOVINGWALKWAY' ? 'escalator' : ps(id, 'Pset_HallTwinLink') ? 'elevator' : undefined;
    if (kind) candidates.push({ id, kind });
    else warnings.push(`IfcTransportElement #${id}: type "${t || 'not set'}" is not an elevator or escalator; skipped`);
  }
  let links = 0;
  for (const c of candidates) {
    const l = r.line(c.id);
    const p = ps(c.id, 'Pset_HallTwinLink');
    const parts = [c.id, ...(childrenOf.get(c.id) ?? [])].map((x) => meshes.elements.get(x)).filter((x): x is ElementGeom => !!x && x.pts.length > 0);
    const pts = parts.flatMap((x) => hullCandidates(x.pts));
    const minY = Math.min(...parts.map((x) => x.minY));
    const maxY = Math.max(...parts.map((x) => x.maxY));
    const rect = pts.length >= 3 ? orientedRect(pts) : null;
    if (!rect && !p) {
      warnings.push(`${r.typeName(c.id)} #${c.id}: no geometry; skipped`);
      continue;
    }
    let joined: number[] = [];
    const listed = (pStr(p, 'Floors') ?? '')
      .split(',')
      .map((s) => floors.findIndex((f) => f.id === s.trim()))
      .filter((i) => i >= 0);
    if (listed.length) joined = listed;
    else if (Number.isFinite(minY)) floors.forEach((f, i) => f.elevation >= minY - 0.3 && f.elevation <= maxY + 0.3 && joined.push(i));
    if (!joined.length) joined = [floorOf(c.id, parts[0])];
    joined.sort((a, b) => a - b);
    const kind = oneOf<LinkKind>(pStr(p, 'LinkKind'), LINK_KIND_IDS) ?? c.kind;
    if (joined.length < 2 && kind !== 'ramp') warnings.push(`${r.typeName(c.id)} #${c.id}: reaches only floor "${floors[joined[0]].name}"`);
    // Our own links keep their placement; others are placed by their geometry (no placement chain to walk).
    const frame = p ? r.frame(ref(l?.ObjectPlacement)) : undefined;
    const position: Vec2 = frame ? [frame.o[0] * scale, frame.o[1] * scale] : rect!.center;
    const rotation = frame ? (pNum(p, 'Rotation') ?? deg([frame.x[0], frame.x[1]])) : r6(deg(rect!.axis) - 90);
    const size = { w: pNum(p, 'SizeW') ?? r6(Math.max(rect?.width ?? 1, 0.1)), d: pNum(p, 'SizeD') ?? r6(Math.max(rect?.length ?? 1, 0.1)) };
    const slope = pNum(p, 'Slope') ?? (kind === 'ramp' && rect && rect.length > 0 && Number.isFinite(maxY) ? r6((maxY - minY) / rect.length) : undefined);
    put(joined[0], {
      id: newId(kind, p),
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
    links++;
  }
  stage('links', 1);

  // ---- furniture, columns and our designed elements -----------------------------------------------
  stage('furniture', 0);
  let obstacles = 0;
  let designed = 0;
  const designedIds = new Set<number>();
  if (psets.size) r.lines([...psets.keys()]);
  for (const [id, sets] of psets) {
    const l = r.line(id);
    const frame = r.frame(ref(l?.ObjectPlacement));
    const position = rv([frame.o[0] * scale, frame.o[1] * scale]);
    const fi = floorOf(id);
    const c = sets.get('Pset_HallTwinCounter');
    const s = sets.get('Pset_HallTwinSign');
    const pt = sets.get('Pset_HallTwinPoint');
    const ob = sets.get('Pset_HallTwinObstacle');
    const rotation = (p: Props) => pNum(p, 'Rotation') ?? deg([frame.x[0], frame.x[1]]);
    if (c) {
      const dist = pNum(c, 'OneMetreLineDistance');
      put(fi, {
        kind: 'counter',
        id: newId('counter', c),
        type: oneOf<CounterType>(pStr(c, 'Type'), COUNTER_TYPE_IDS) ?? 'general-intake',
        number: pStr(c, 'Number') ?? '',
        position,
        rotation: rotation(c),
        top: { width: pNum(c, 'TopWidth') ?? 0.9, depth: pNum(c, 'TopDepth') ?? 0.6, height: pNum(c, 'TopHeight') ?? 0.75 },
        low: pBool(c, 'Low') ?? false,
        kneeSpace: pBool(c, 'KneeSpace') ?? false,
        style: pStr(c, 'Style') ?? 'standard',
        oneMetreLine: { enabled: pBool(c, 'OneMetreLine') ?? true, distance: dist ?? 1 },
        ...(pStr(c, 'Department') ? { department: pStr(c, 'Department') } : {}),
        ...nameOf(l),
        ...gid(l),
      });
    } else if (s) {
      put(fi, {
        kind: 'sign',
        id: newId('sign', s),
        signKind: oneOf<SignKind>(pStr(s, 'SignKind'), SIGN_KIND_IDS) ?? 'directional',
        text: { zh: pStr(s, 'TextZh') ?? '', en: pStr(s, 'TextEn') ?? '' },
        electronic: pBool(s, 'Electronic') ?? false,
        position,
        rotation: rotation(s),
        width: pNum(s, 'Width') ?? 0.8,
        mountHeight: pNum(s, 'MountHeight') ?? 1.6,
        ...(pStr(s, 'Target') ? { target: pStr(s, 'Target') } : {}),
        ...(pBool(s, 'YouAreHere') ? { youAreHere: true } : {}),
        ...nameOf(l),
        ...gid(l),
      });
    } else if (pt) {
      const kind = oneOf<PointKind>(pStr(pt, 'PointKind'), POINT_KIND_IDS);
      if (!kind) continue;
      const count = pNum(pt, 'Count');
      put(fi, {
        kind: 'point',
        id: newId(kind, pt),
        pointKind: kind,
        position,
        rotation: rotation(pt),
        count: count && Number.isInteger(count) ? count : 1,
        ...(pBool(pt, 'Priority') !== undefined ? { priority: pBool(pt, 'Priority') } : {}),
        ...(pBool(pt, 'Wheelchair') !== undefined ? { wheelchair: pBool(pt, 'Wheelchair') } : {}),
        ...(pStr(pt, 'CounterId') ? { counterId: pStr(pt, 'CounterId') } : {}),
        ...nameOf(l),
        ...gid(l),
      });
    } else if (ob) {
      const g = meshes.elements.get(id);
      const o = g?.tris ? triangleOutline(g.tris, undefined, g.up) : null;
      if (!o) continue;
      put(floorOf(id, g), {
        id: newId('obstacle', ob),
        ...nameOf(l),
        ...gid(l),
        kind: 'obstacle',
        polygon: o.polygon.map(rv),
        height: pNum(ob, 'Height') ?? r6(Math.max(0.1, g!.maxY - g!.minY)),
        ...(pBool(ob, 'SeeThrough') !== undefined ? { seeThrough: pBool(ob, 'SeeThrough') } : {}),
      });
      obstacles++;
    } else continue;
    designedIds.add(id);
    if (!ob) designed++;
  }
  const columns = new Set(columnIds);
  const loose = [...furnitureIds, ...columnIds].filter((id) => !designedIds.has(id) && meshes.elements.has(id));
  r.lines(loose);
  for (const id of loose) {
    const g = meshes.elements.get(id);
    if (!g || g.pts.length < 6) continue;
    const hull = cleanRing(roundedHull(g.pts, r6), 1e-4);
    if (hull.length < 3 || area(hull) < 0.01) continue;
    const l = r.line(id);
    put(floorOf(id, g), {
      id: newId(columns.has(id) ? 'column' : 'furniture'),
      ...nameOf(l),
      ...gid(l),
      kind: 'obstacle',
      polygon: hull,
      height: r6(Math.max(0.1, Math.min(g.maxY - g.minY, 10000))),
    });
    obstacles++;
  }
  stage('furniture', 1);
  addFloorOutlines(
    floors,
    floorSlabIds.flatMap((id) => {
      const g = wanted.get(id) ? meshes.elements.get(id) : undefined;
      return g?.tris ? [{ filedUnder: floorOf(id, g), top: g.maxY, tris: g.tris, ...(g.up ? { up: g.up } : {}) }] : [];
    }),
    rv,
    warnings,
    // a storey HallTwin wrote says by its slab whether the floor had an outline: none is not guessed from rooms
    levels.map((l) => l[0].props === undefined),
  );

  // ---- floors' heights, meta, validation --------------------------------------------------------------
  stage('geometry', 0);
  floors.forEach((f, i) => {
    if (f.height > 0) return;
    let top = -Infinity;
    for (const e of f.elements) if (e.kind === 'wall' && e.height) top = Math.max(top, e.height);
    f.height = r6(Number.isFinite(top) && top > 0.5 ? Math.min(top, 100) : (floors[i - 1]?.height ?? 3));
  });
  // Doors on the ground floor's outer walls are exterior (where our own property set does not say so).
  const street = groundFloor({ floors });
  const outer = street ? exteriorDoors(street).filter((d) => !ownDoors.has(d.id)) : [];
  if (street && outer.length) {
    const found = new Set(outer.map((d) => d.id));
    street.elements = street.elements.map((e) => (e.kind === 'opening' && found.has(e.id) && e.exterior === undefined ? withExterior(e) : e));
    warnings.push(`${outer.length} exterior door${outer.length > 1 ? 's' : ''} found on the outer walls of "${street.name}"; confirm the main entrance`);
  }
  const hall = psets.size ? [...psets.values()].map((m) => m.get('Pset_HallTwinHall')).find(Boolean) : undefined;
  const metaInput: MetaInput = {
    name: (pStr(hall, 'Name') ?? ifcNames.name ?? fileName.replace(/\.ifc$/i, '')).slice(0, 500),
    ...(pStr(hall, 'NameEn') ? { nameEn: pStr(hall, 'NameEn') } : {}),
    ...(oneOf<PresetId>(pStr(hall, 'Preset'), PRESET_IDS) ? { preset: pStr(hall, 'Preset') } : {}),
    ...(oneOf<HallLevel>(pStr(hall, 'Level'), HALL_LEVEL_IDS) ? { level: pStr(hall, 'Level') } : {}),
    ...(georef.georef ? { georef: georef.georef } : {}),
    ...(pBool(hall, 'Sprinklers') !== undefined ? { sprinklers: pBool(hall, 'Sprinklers') } : {}),
    ...(pBool(hall, 'Crowded') !== undefined ? { crowded: pBool(hall, 'Crowded') } : {}),
    source: { kind: 'ifc', fileName: fileName.slice(0, 500), schema, ...(ifcNames.projectGlobalId ? { projectGlobalId: ifcNames.projectGlobalId } : {}) },
  };
  const meta = metaAsSchemaGives(metaInput) ?? MetaSchema.parse(metaInput);
  if (!georef.georef) warnings.push('no georeference (no IfcSite latitude/longitude or IfcMapConversion)');
  let doc: HallDocument = { format: 'halltwin', version: 1, meta, floors };
  // Elements are built in the schema's key order, so a document that passes the cheap check is what the schema would return.
  if (!certainlyValid(doc)) doc = validated(doc, warnings);

  const context = opts.withGeometry ? { meshes: meshes.contextMeshes(), cuts: meshes.floorCuts() } : undefined;
  stage('geometry', 1);
  stage('done', 1);
  const t = finish();
  const stats: ImportStats = {
    schema,
    bytes: bytes.length,
    storeys: storeyIds.length,
    storeyElevations: storeys.map((s) => ({ name: s.name, elevation: s.elevation, source: s.source })),
    spaces,
    walls,
    doors,
    links,
    obstacles,
    designed,
    meshes: meshes.meshes,
    triangles: meshes.triangles,
    ms: t.ms,
    totalMs: t.totalMs,
  };
  return { doc, warnings, ...(context ? { context } : {}), stats };
}

const BASEMENT_NAME = /地下|半地下|basement|cellar|^\s*B\d|^\s*-\s*\d/i;

/** The types every import asks for (see ModelReader.prefetchIds); the optional ones only where web-ifc's schema has them. */
const PREFETCHED_TYPES = [
  W.IFCBUILDINGSTOREY,
  W.IFCPROJECT,
  W.IFCBUILDING,
  W.IFCSITE,
  W.IFCMAPCONVERSION,
  W.IFCGEOMETRICREPRESENTATIONCONTEXT,
  W.IFCSTAIR,
  W.IFCRAMP,
  W.IFCSPACE,
  W.IFCWALL,
  W.IFCWALLSTANDARDCASE,
  W.IFCDOOR,
  W.IFCTRANSPORTELEMENT,
  W.IFCSTAIRFLIGHT,
  W.IFCRAMPFLIGHT,
  W.IFCFURNISHINGELEMENT,
  W.IFCCOLUMN,
  ...['IFCWALLELEMENTEDCASE', 'IFCFURNITURE'].map((t) => (W as unknown as Record<string, number | undefined>)[t]).filter((c): c is number => typeof c === 'number'),
];

/** The door with `exterior: true` in the schema's key order (right after `entrance`), so valid-hall.ts can still vouch for it. */
function withExterior<T extends { entrance: unknown }>(e: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    out[k] = v;
    if (k === 'entrance') out.exterior = true;
  }
  return out as T;
}

function uniqueId(prefix: string, taken: ReadonlySet<string>, from = 1): string {
  let n = from;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

function nameOf(l: { Name?: unknown } | undefined): { name?: string } {
  const n = str(l?.Name);
  return n ? { name: n.slice(0, 500) } : {};
}

function safeIds(r: ModelReader, typeName: string): number[] {
  const code = (W as unknown as Record<string, number | undefined>)[typeName];
  if (typeof code !== 'number') return [];
  try {
    return r.ids(code);
  } catch {
    return [];
  }
}

export function readNames(r: ModelReader): { name?: string; projectGlobalId?: string } {
  const p = r.line(r.ids(W.IFCPROJECT)[0]);
  // The building's line only when the project has no name (a line read costs 5–35 µs).
  const name =
    str(p?.LongName) ??
    str(p?.Name) ??
    (() => {
      const b = r.line(r.ids(W.IFCBUILDING)[0]);
      return str(b?.LongName) ?? str(b?.Name);
    })();
  return { name, projectGlobalId: str(p?.GlobalId) };
}

/** The context layer's mesh groups: a handful of families, not one per IFC class. */
export function contextGroup(ifcName: string): string | null {
  const t = ifcName.toUpperCase();
  if (t === 'IFCSPACE' || t === 'IFCOPENINGELEMENT' || t === 'IFCSITE' || t === 'IFCANNOTATION' || t === 'IFCGRID') return null;
  if (t.startsWith('IFCWALL') || t === 'IFCCURTAINWALL') return 'IfcWall';
  if (t.startsWith('IFCSLAB') || t === 'IFCCOVERING') return 'IfcSlab';
  if (t === 'IFCROOF') return 'IfcRoof';
  if (t === 'IFCWINDOW' || t === 'IFCPLATE') return 'IfcWindow';
  if (t === 'IFCDOOR') return 'IfcDoor';
  if (t.startsWith('IFCSTAIR') || t.startsWith('IFCRAMP') || t === 'IFCRAILING' || t === 'IFCTRANSPORTELEMENT') return 'IfcStair';
  if (t === 'IFCCOLUMN' || t === 'IFCBEAM' || t === 'IFCMEMBER' || t === 'IFCFOOTING') return 'IfcStructure';
  if (t === 'IFCFURNISHINGELEMENT' || t === 'IFCFURNITURE') return 'IfcFurniture';
  return 'Other';
}

function notABuilding(r: ModelReader, fileName: string): IfcImportError {
  const kinds = ['IFCRAILWAY', 'IFCROAD', 'IFCBRIDGE', 'IFCMARINEFACILITY', 'IFCTUNNEL', 'IFCFACILITY', 'IFCALIGNMENT', 'IFCBUILDING', 'IFCSITE'];
  const pretty = (t: string) => 'Ifc' + t.slice(3).charAt(0) + t.slice(4).toLowerCase();
  const found = kinds
    .map((k) => ({ k, n: safeIds(r, k).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${pretty(x.k)} ×${x.n}`);
  const facility = found.some((f) => !/^Ifc(Building|Site) /.test(f));
  const what = facility ? 'this model is not a building' : 'a hall needs storeys';
  return new IfcImportError(
    `${fileName}: no IfcBuildingStorey: ${what} (found ${found.length ? found.join(', ') : 'no spatial structure'}) / 未找到楼层 (IfcBuildingStorey)，无法作为大厅导入`,
    'storeys',
  );
}

/** Keep the result loadable: drop (with a warning) any element the document schema rejects. */
function validated(doc: HallDocument, warnings: string[]): HallDocument {
  for (let round = 0; round < 5; round++) {
    const res = HallDocumentSchema.safeParse(doc);
    if (res.success) return res.data;
    const drop = new Set<string>();
    for (const issue of res.error.issues) {
      const [a, fi, b, ei] = issue.path;
      if (a === 'floors' && b === 'elements' && typeof fi === 'number' && typeof ei === 'number') {
        const el = doc.floors[fi]?.elements[ei];
        // One warning per element, however many of its coordinates the schema refused.
        if (el && !drop.has(el.id)) {
          drop.add(el.id);
          warnings.push(`${el.kind} "${el.id}"${el.ifcGlobalId ? ` (IFC ${el.ifcGlobalId})` : ''} dropped: ${issue.message}`);
        }
      } else throw new IfcImportError(`imported model is not a valid hall: ${issue.path.join('.')}: ${issue.message}`, 'validate');
    }
    doc = { ...doc, floors: doc.floors.map((f) => ({ ...f, elements: f.elements.filter((e) => !drop.has(e.id)) })) };
  }
  return doc;
}
