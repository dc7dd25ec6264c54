/** Names the importer reads off the model: entity type codes by IFC name, the project's name, context mesh groups. */
import * as W from 'web-ifc';
import { IfcImportError } from './errors';
import { type ModelReader, str } from './reader';

/** web-ifc's type code of an IFC entity name (`IfcWall`), undefined when its schema tables lack it. */
export function entityCode(name: string): number | undefined {
  const code = (W as unknown as Record<string, number | undefined>)[name.toUpperCase()];
  return typeof code === 'number' ? code : undefined;
}

/** Lines of an entity by its IFC name; none when web-ifc does not know it. */
export function entityIds(r: ModelReader, name: string): number[] {
  const code = entityCode(name);
  if (code === undefined) return [];
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

export function notABuilding(r: ModelReader, fileName: string): IfcImportError {
  const kinds = ['IFCRAILWAY', 'IFCROAD', 'IFCBRIDGE', 'IFCMARINEFACILITY', 'IFCTUNNEL', 'IFCFACILITY', 'IFCALIGNMENT', 'IFCBUILDING', 'IFCSITE'];
  const pretty = (t: string) => 'Ifc' + t.slice(3).charAt(0) + t.slice(4).toLowerCase();
  const found = kinds
    .map((k) => ({ k, n: entityIds(r, k).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${pretty(x.k)} ×${x.n}`);
  const facility = found.some((f) => !/^Ifc(Building|Site) /.test(f));
  const what = facility ? 'this model is not a building' : 'a hall needs storeys';
  return new IfcImportError(
    `${fileName}: no IfcBuildingStorey: ${what} (found ${found.length ? found.join(', ') : 'no spatial structure'}) / 未找到楼层 (IfcBuildingStorey)，无法作为大厅导入`,
    'storeys',
  );
}
