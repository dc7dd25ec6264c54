/**
 * IFC → hall document. Pure domain code (web-ifc only): runs in Node (tests, CLI) and in a Web Worker.
 * Stages: open → storeys → spaces → walls → doors → links → furniture → geometry → done.
 * Elements carrying our own property sets (Pset_HallTwin*, written by ./export.ts) come back as the
 * counters, signs, points and zones they were, with their ids; everything else is mapped by IFC type.
 */
import type { ImportWarning } from './types';
import * as W from 'web-ifc';
import { ELEMENT_KINDS, KINDS, type ElementKind, type HallElement } from '../core/kinds/registry';
import { getIfcApi } from './api';
import { checkIfcBytes } from './check-bytes';
import { IfcImportCancelled, IfcImportError } from './errors';
import { addFloorOutlines } from './floor-outlines';
import { readGeoref } from './georef';
import { fillHeights, hallDocument, markExteriorDoors } from './import-finish';
import { type Floors, readFloors, readLengthUnit, spatialTree, uniqueId } from './import-storeys';
import { IFC_IMPORT_ORDER, ifcOf } from './kinds';
import type { ImportContext, OwnLine, Props } from './kinds/types';
import { pStr, rv } from './kinds/values';
import { type CutPlane, MeshCollector } from './meshes';
import { contextGroup, entityCode, entityIds, notABuilding, readNames } from './model-names';
import { ModelReader, ref, str } from './reader';
import { LONG_STRING, lineOf, scanStep, shortenLongStrings } from './step-scan';
import type { ImportOptions, ImportResult, ImportStage, ImportStats } from './types';

const CUT_HEIGHT = 1.2;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export async function importIfc(bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
  const t0 = now();
  const fileName = opts.fileName ?? 'model.ifc';
  const warnings: ImportWarning[] = [];
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
function checkedStepBytes(bytes: Uint8Array, fileName: string, warnings: ImportWarning[]): Uint8Array {
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
  warnings.push({
    en: `${scan.long.length} text${scan.long.length === 1 ? '' : 's'} longer than ${LONG_STRING.toLocaleString('en')} characters (first in #${first.id}, ${(first.end - first.start).toLocaleString('en')} characters) shortened to their first 4,000: web-ifc cannot read longer ones`,
    zh: `${scan.long.length} 段文本超过 ${LONG_STRING.toLocaleString('en')} 个字符（第一段在 #${first.id}，${(first.end - first.start).toLocaleString('en')} 个字符），已截短为前 4,000 个字符：web-ifc 无法读取更长的文本`,
  });
  return shortenLongStrings(bytes, scan.long);
}

type Psets = Map<number, Map<string, Props>>;
/** Lines of each kind's `ifc.from` entities: all of them, and per entity in the order the kind lists them. */
type KindEntities = Map<ElementKind, { ids: number[]; byEntity: Map<string, number[]> }>;

async function importOpenModel(
  r: ModelReader,
  bytes: Uint8Array,
  headerSchema: string,
  fileName: string,
  opts: ImportOptions,
  warnings: ImportWarning[],
  stage: (s: ImportStage, f: number) => void,
  finish: () => { ms: Partial<Record<ImportStage, number>>; totalMs: number },
): Promise<ImportResult> {
  const schema = modelSchema(r, headerSchema);
  stage('open', 1);
  stage('storeys', 0);
  r.prefetchIds(prefetchedTypes());
  const storeyIds = r.ids(W.IFCBUILDINGSTOREY);
  if (storeyIds.length === 0) throw notABuilding(r, fileName);
  const scale = readLengthUnit(r, storeyIds, bytes, warnings);
  const psets: Psets = r.psetsWithPrefix('Pset_HallTwin', bytes);
  const ps = (id: number, name: string) => psets.get(id)?.get(name);
  const levels = readFloors(r, storeyIds, scale, warnings, (id) => ps(id, 'Pset_HallTwinFloor'));
  const { floors } = levels;
  stage('storeys', 0.5);
  const entities = kindEntities(r);
  const partsWanted = [...entities].some(([k, e]) => ifcOf(k)?.fromEntities?.withParts && e.ids.length > 0);
  const tree = spatialTree(r, levels, partsWanted);
  const georef = readGeoref(r, scale);
  warnings.push(...georef.warnings);
  const names = readNames(r);
  stage('storeys', 1);

  const cuts: CutPlane[] = opts.withGeometry ? floors.map((f) => ({ floorId: f.id, y: f.elevation + CUT_HEIGHT })) : [];
  const wanted = wantedLines(entities, tree.childrenOf, psets);
  const floorSlabIds = wantFloorSlabs(r, wanted);
  const meshes = new MeshCollector(r.api, r.model, wanted, opts.withGeometry ? meshGroups(r) : undefined, cuts, scale);
  const counts = new Map<string, number>();
  const c: ImportContext = {
    r,
    scale,
    floors,
    warnings,
    opts,
    stage,
    meshes,
    ps,
    childrenOf: tree.childrenOf,
    parentOf: tree.parentOf,
    floorOf: tree.floorOf,
    newId: idMaker(levels.taken, psets),
    put: (fi: number, el: HallElement) => {
      floors[fi].elements.push(el);
      counts.set(el.kind, (counts.get(el.kind) ?? 0) + 1);
    },
    walls: new Map(),
    ownDoors: new Set(),
    designed: new Set(),
  };
  importKinds(c, entities, psets);
  addSlabOutlines(c, floorSlabIds, wanted, levels);

  stage('geometry', 0);
  fillHeights(floors);
  markExteriorDoors(floors, c.ownDoors, warnings);
  const hall = psets.size ? [...psets.values()].map((m) => m.get('Pset_HallTwinHall')).find(Boolean) : undefined;
  const doc = hallDocument(floors, { fileName, schema, hall, names, georef }, warnings);
  const context = opts.withGeometry ? { meshes: meshes.contextMeshes(), cuts: meshes.floorCuts() } : undefined;
  stage('geometry', 1);
  stage('done', 1);
  const t = finish();
  const stats = importStats(schema, bytes, levels.storeys, counts, meshes, t);
  return { doc, warnings, ...(context ? { context } : {}), stats };
}

function importStats(
  schema: string,
  bytes: Uint8Array,
  storeys: { name: string; elevation: number; source: 'attribute' | 'placement' }[],
  counts: ReadonlyMap<string, number>,
  meshes: MeshCollector,
  t: { ms: Partial<Record<ImportStage, number>>; totalMs: number },
): ImportStats {
  const n = (k: string) => counts.get(k) ?? 0;
  return {
    schema,
    bytes: bytes.length,
    storeys: storeys.length,
    storeyElevations: storeys.map((s) => ({ name: s.name, elevation: s.elevation, source: s.source })),
    spaces: n('zone'),
    walls: n('wall'),
    doors: n('opening'),
    links: n('vlink'),
    obstacles: n('obstacle'),
    designed: n('counter') + n('sign') + n('point'),
    meshes: meshes.meshes,
    triangles: meshes.triangles,
    ms: t.ms,
    totalMs: t.totalMs,
  };
}

function modelSchema(r: ModelReader, headerSchema: string): string {
  try {
    return r.api.GetModelSchema(r.model) || headerSchema;
  } catch {
    return headerSchema;
  }
}

/** Entities the kinds of the registry are made from (their `ifc.from`), read once. */
function kindEntities(r: ModelReader): KindEntities {
  const out: KindEntities = new Map();
  for (const k of ELEMENT_KINDS) {
    const ifc = KINDS[k].ifc;
    if (ifc.to === null || !ifc.from.length) continue;
    const byEntity = new Map(ifc.from.map((name) => [name, entityIds(r, name)]));
    out.set(k, { ids: [...new Set([...byEntity.values()].flat())], byEntity });
  }
  return out;
}

/** The types every import asks for (see ModelReader.prefetchIds): the spatial structure and every kind's entities. */
function prefetchedTypes(): number[] {
  const fromKinds = ELEMENT_KINDS.flatMap((k) => {
    const ifc = KINDS[k].ifc;
    return ifc.to === null ? [] : ifc.from.map(entityCode);
  });
  const base = [W.IFCBUILDINGSTOREY, W.IFCPROJECT, W.IFCBUILDING, W.IFCSITE, W.IFCMAPCONVERSION, W.IFCGEOMETRICREPRESENTATIONCONTEXT];
  return [...new Set([...base, ...fromKinds])].filter((c): c is number => typeof c === 'number');
}

/** Lines whose meshes are kept, true where their plan triangles are needed (an outline traced from faces). */
function wantedLines(entities: KindEntities, childrenOf: ReadonlyMap<number, readonly number[]>, psets: Psets): Map<number, boolean> {
  const wanted = new Map<number, boolean>();
  for (const [k, { ids }] of entities) {
    const from = ifcOf(k)?.fromEntities;
    if (!from) continue;
    for (const id of ids) wanted.set(id, from.outline);
    if (from.withParts) for (const id of ids) for (const part of childrenOf.get(id) ?? []) wanted.set(part, false);
  }
  const outlined = ELEMENT_KINDS.filter((k) => ifcOf(k)?.fromPset?.outline).map((k) => (KINDS[k].ifc as { pset: string }).pset);
  for (const [id, sets] of psets) if (outlined.some((name) => sets.has(name))) wanted.set(id, true);
  return wanted;
}

/**
 * The context layer's group of a line. Roof slabs (PredefinedType ROOF; Revit and ArchiCAD model roofs so) join the
 * roofs, so that hiding the roof category opens the model up without taking the floor slabs with it.
 */
function meshGroups(r: ModelReader): (id: number) => string | null {
  const { api, model } = r;
  const typeNames = new Map<number, string | null>();
  const slabIds = r.ids(W.IFCSLAB);
  if (slabIds.length) r.lines(slabIds);
  return (id) => {
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
  };
}

/** Element ids: the one our property set carries when it is free, else the kind's prefix and the first free number. */
function idMaker(taken: Set<string>, psets: Psets): (prefix: string, p?: Props) => string {
  const usedIds = new Set<string>(taken);
  for (const sets of psets.values()) for (const p of sets.values()) if (typeof p.Id === 'string') usedIds.add(p.Id);
  const nextNumber = new Map<string, number>();
  return (prefix, p) => {
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
}

/** Floor slabs give the storeys' outlines (floor-outlines.ts); roof slabs do not. Their plan triangles are kept. */
function wantFloorSlabs(r: ModelReader, wanted: Map<number, boolean>): number[] {
  const ids = ['IfcSlab', 'IfcSlabStandardCase', 'IfcSlabElementedCase'].flatMap((name) => entityIds(r, name));
  r.lines(ids);
  for (const id of ids) if (str(r.line(id)?.PredefinedType)?.toUpperCase() !== 'ROOF' && !wanted.has(id)) wanted.set(id, true);
  return ids;
}

function addSlabOutlines(c: ImportContext, slabIds: readonly number[], wanted: ReadonlyMap<number, boolean>, levels: Floors): void {
  const slabs = slabIds.flatMap((id) => {
    const g = wanted.get(id) ? c.meshes.elements.get(id) : undefined;
    return g?.tris ? [{ filedUnder: c.floorOf(id, g), top: g.maxY, tris: g.tris, ...(g.up ? { up: g.up } : {}) }] : [];
  });
  // A storey HallTwin wrote says by its slab whether the floor had an outline: none is not guessed from rooms.
  const written = new Set(levels.storeys.filter((s) => s.props !== undefined).map((s) => levels.floorOfStorey.get(s.lineId)));
  addFloorOutlines(
    levels.floors,
    slabs,
    rv,
    c.warnings,
    levels.floors.map((_, i) => !written.has(i)),
  );
}

/** Every kind read in IFC_IMPORT_ORDER, each in its stage; all meshes are streamed before the first kind that needs them. */
function importKinds(c: ImportContext, entities: KindEntities, psets: Psets): void {
  let streamed = false;
  for (const step of IFC_IMPORT_ORDER) {
    if (step === 'own') {
      c.stage('furniture', 0);
      importOwn(c, psets);
      continue;
    }
    const from = ifcOf(step)?.fromEntities;
    const e = entities.get(step);
    if (!from || !e) continue;
    c.stage(from.stage, 0);
    if (from.streamedByType) {
      const codes = [...e.byEntity.keys()].map(entityCode).filter((x): x is number => x !== undefined);
      if (e.ids.length) c.r.api.StreamAllMeshesWithTypes(c.r.model, codes, c.meshes.onMesh, false);
    } else if (!streamed) {
      streamed = true;
      streamAll(c, from.stage);
    }
    from.run(c, e.ids, e.byEntity);
    c.stage(from.stage, 1);
  }
}

function streamAll(c: ImportContext, stage: ImportStage): void {
  c.r.api.StreamAllMeshes(
    c.r.model,
    (mesh, index, total) => {
      // No abort check in here: throwing through web-ifc's streaming callback could leave the wasm half-way.
      if (index % 500 === 0) c.opts.onProgress?.(stage, 0.8 * (total ? index / total : 0));
      c.meshes.onMesh(mesh);
    },
    false,
  );
}

/** Our own elements back from their property sets: the first kind whose set a line carries makes it, or nothing does. */
function importOwn(c: ImportContext, psets: Psets): void {
  const kinds = ELEMENT_KINDS.flatMap((k) => {
    const ifc = KINDS[k].ifc;
    const fromPset = ifcOf(k)?.fromPset;
    return ifc.to !== null && fromPset ? [{ pset: ifc.pset, fromPset }] : [];
  });
  if (psets.size) c.r.lines([...psets.keys()]);
  for (const [id, sets] of psets) {
    const line = c.r.line(id);
    const frame = c.r.frame(ref(line?.ObjectPlacement));
    const own: OwnLine = { id, line, frame, position: rv([frame.o[0] * c.scale, frame.o[1] * c.scale]) };
    const k = kinds.find((x) => sets.has(x.pset));
    if (k?.fromPset.run(c, own, sets.get(k.pset)!)) c.designed.add(id);
  }
}
