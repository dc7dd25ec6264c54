/**
 * IFC storeys → hall floors: elevations (attribute, else placement chain), storeys at one level merged, the ground
 * floor found (a basement nearest 0 is not it), floor ids and heights; and the spatial tree that says which floor an
 * element is on.
 */
import type { ImportWarning } from './types';
import * as W from 'web-ifc';
import type { Floor } from '../core/document';
import { mapConversionPlaces } from './georef';
import type { Props } from './kinds/types';
import { pNum, pStr, r6 } from './kinds/values';
import type { ElementGeom } from './meshes';
import { type ModelReader, num, ref, refs, str } from './reader';

interface Storey {
  lineId: number;
  name: string;
  elevation: number;
  /** Where the elevation was read: the storey's Elevation attribute or its placement chain. */
  source: 'attribute' | 'placement';
  globalId?: string;
  props?: Props;
}

export interface Floors {
  storeys: Storey[];
  floors: Floor[];
  floorOfStorey: Map<number, number>;
  /** Floor ids given out (element ids must not take them). */
  taken: Set<string>;
}

const BASEMENT_NAME = /地下|半地下|basement|cellar|^\s*B\d|^\s*-\s*\d/i;
const UNIT_NAMES: Record<number, string> = { 0.001: 'millimetre', 0.01: 'centimetre', 0.1: 'decimetre', 1: 'metre', 1000: 'kilometre', 0.3048: 'foot', 0.0254: 'inch' };

/** Reads the storeys' header lines (and lines the file up when it writes `*` out of place); metres per file unit. */
export function readLengthUnit(r: ModelReader, storeyIds: number[], bytes: Uint8Array, warnings: ImportWarning[]): number {
  r.prefetchHeaderLines(storeyIds, () => !mapConversionPlaces(r));
  // A storey without Elevation may be one read shifted (star-lines.ts): then every line is read again, units first.
  if (storeyIds.some((id) => num(r.line(id)?.Elevation) === undefined) && r.lineUpStars(bytes))
    warnings.push({
      en: 'the file writes * for attributes that are not derived; its lines were read with every attribute in place',
      zh: '文件在非派生属性处写了 *，已按实际位置读取各属性',
    });
  const unit = r.lengthUnit();
  const scale = unit.scale;
  const unitName = UNIT_NAMES[scale] ?? `${scale} m`;
  if (unit.from === 'assumed')
    warnings.push({
      en: "no length unit in the file (no IfcProject units, no IfcUnitAssignment): assuming metres; check the hall's size",
      zh: '文件未声明长度单位（无 IfcProject 单位，无 IfcUnitAssignment），按米处理；请核对大厅尺寸',
    });
  else if (unit.from === 'assignment')
    warnings.push({
      en: `no IfcProject: length unit ${unitName} taken from the file's IfcUnitAssignment; values converted to metres`,
      zh: `缺少 IfcProject，长度单位取自 IfcUnitAssignment（${unitName}），已换算为米`,
    });
  else if (scale !== 1)
    warnings.push({ en: `length unit is ${unitName} (from IfcProject); values converted to metres`, zh: `长度单位为 ${unitName}（取自 IfcProject），已换算为米` });
  return scale;
}

function readStoreys(r: ModelReader, storeyIds: number[], scale: number, warnings: ImportWarning[], props: (id: number) => Props | undefined): Storey[] {
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
    if (source === 'placement')
      warnings.push({
        en: `storey "${name}": no Elevation attribute; elevation ${elevation} m taken from its placement chain`,
        zh: `楼层“${name}”无标高属性，标高 ${elevation} 米取自其定位链`,
      });
    return { lineId: id, name, elevation, source, globalId: str(l?.GlobalId), props: props(id) };
  });
  return storeys.sort((a, b) => a.elevation - b.elevation);
}

/** Storeys at the same level (a few exporters split one) become one floor. */
function levelsOf(storeys: Storey[], warnings: ImportWarning[]): Storey[][] {
  const levels: Storey[][] = [];
  for (const s of storeys) {
    const last = levels[levels.length - 1];
    if (last && Math.abs(last[0].elevation - s.elevation) < 1e-3) {
      last.push(s);
      warnings.push({
        en: `storeys "${last[0].name}" and "${s.name}" are at the same elevation ${s.elevation} m: merged into one floor`,
        zh: `楼层“${last[0].name}”与“${s.name}”标高相同（${s.elevation} 米），已合并为一层`,
      });
    } else levels.push([s]);
  }
  return levels;
}

export function readFloors(r: ModelReader, storeyIds: number[], scale: number, warnings: ImportWarning[], props: (id: number) => Props | undefined): Floors {
  const storeys = readStoreys(r, storeyIds, scale, warnings, props);
  const levels = levelsOf(storeys, warnings);
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
  return { storeys, floors, floorOfStorey, taken };
}

export function uniqueId(prefix: string, taken: ReadonlySet<string>, from = 1): string {
  let n = from;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

export interface SpatialTree {
  parentOf: Map<number, number>;
  childrenOf: Map<number, number[]>;
  /** Index into the floors of a line, by containment, else by its geometry's elevation, else the first floor. */
  floorOf(id: number, geom?: ElementGeom): number;
}

/**
 * What contains what. With one floor everything is on it, so containment is not read, nor aggregation unless some
 * kind's elements are made of parts (a stair's flights).
 */
export function spatialTree(r: ModelReader, { floors, floorOfStorey }: Floors, partsWanted: boolean): SpatialTree {
  const container = new Map<number, number>();
  for (const rel of floors.length > 1 ? r.lines(r.ids(W.IFCRELCONTAINEDINSPATIALSTRUCTURE)) : []) {
    const s = ref(rel?.RelatingStructure);
    if (s !== undefined) for (const e of refs(rel.RelatedElements)) container.set(e, s);
  }
  const parentOf = new Map<number, number>();
  const childrenOf = new Map<number, number[]>();
  for (const rel of floors.length > 1 || partsWanted ? r.lines(r.ids(W.IFCRELAGGREGATES)) : []) {
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
  return { parentOf, childrenOf, floorOf };
}
