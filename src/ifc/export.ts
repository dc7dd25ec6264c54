/**
 * Hall document → IFC (STEP text written by us, not web-ifc: synchronous, small, fully under control).
 *
 * Without `original`: a complete IFC4 file — IfcProject/IfcSite/IfcBuilding/IfcBuildingStorey with
 * placements (metre units), walls (IfcWall), zones (IfcSpace + one IfcZone per zone type), doors
 * (IfcDoor, with IfcOpeningElement in their wall), counters (IfcFurniture), signs, AEDs and other
 * points (IfcBuildingElementProxy), vertical links (IfcStair/IfcRamp/IfcTransportElement) and
 * obstacles (IfcBuildingElementProxy). Every element carries a Pset_HallTwin* property set (numbers
 * in metres and degrees, whatever the project unit) so that ./import.ts gets it back as it was.
 *
 * With `original` (the model the hall was imported from): the original file is KEPT BYTE FOR BYTE,
 * and one block, fenced by the comments below, is appended to its DATA section holding
 *   - every document element whose ifcGlobalId is not in the original (everything designed here),
 *     placed in world coordinates and contained in the original storey (matched by GlobalId);
 *   - Pset_HallTwin + IfcZone grouping for original IfcSpaces that are zones in the document;
 *   - Pset_HallTwinFloor on the original storeys (floor id, storey number, height).
 * Original entities are never edited: a deleted or moved original element stays as it was in the
 * original. A block from an earlier export is removed first, so exporting again replaces it.
 * GlobalIds are element.ifcGlobalId, else stableGlobalId(element id): stable across exports.
 */
import type { Floor, HallDocument } from '../core/document';
import type { HallElement } from '../core/kinds/registry';
import { stableGlobalId } from '../core/ids';
import { zoneTypeTerm } from '../core/terms';
import type { PresetId, ZoneType } from '../core/vocab';
import { writeElement } from './kinds';
import { zonePset } from './kinds/zone';
import { StepWriter, compound, e, f, list, r, refList, s } from './step';
import { type Place, type Target, gidOf, placement, pset, round12, prism } from './step-shapes';

export interface ExportIfcOptions {
  /** The IFC file the document was imported from; kept, with our elements appended. */
  original?: Uint8Array;
  /** FILE_NAME time stamp (ISO 8601); now when absent. */
  timeStamp?: string;
  fileName?: string;
}

export const BLOCK_BEGIN = '/* HallTwin:begin */';
export const BLOCK_END = '/* HallTwin:end */';

const latin1 = (bytes: Uint8Array): string => {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 8192)));
  return out;
};
const ascii = (text: string): Uint8Array => {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
};

export function exportIfc(doc: HallDocument, opts: ExportIfcOptions = {}): Uint8Array {
  return opts.original ? exportIntoOriginal(doc, opts.original) : ascii(exportFresh(doc, opts));
}

function exportFresh(doc: HallDocument, opts: ExportIfcOptions): string {
  const w = new StepWriter(1);
  const pt3 = (x: number, y: number, z: number) => w.add('IFCCARTESIANPOINT', list([f(x), f(y), f(z)]));
  const origin3 = pt3(0, 0, 0);
  const dirZ = w.add('IFCDIRECTION', list([f(0), f(0), f(1)]));
  const dirX = w.add('IFCDIRECTION', list([f(1), f(0), f(0)]));
  const wcs = w.add('IFCAXIS2PLACEMENT3D', r(origin3), r(dirZ), r(dirX));
  const rot = doc.meta.georef?.rotation ?? 0;
  const northAngle = ((rot + 90) * Math.PI) / 180;
  const north = w.add('IFCDIRECTION', list([f(round12(Math.cos(northAngle))), f(round12(Math.sin(northAngle)))]));
  const ctx = w.add('IFCGEOMETRICREPRESENTATIONCONTEXT', '$', s('Model'), '3', f(1e-5), r(wcs), r(north));
  const body = w.add('IFCGEOMETRICREPRESENTATIONSUBCONTEXT', s('Body'), s('Model'), '*', '*', '*', '*', r(ctx), '$', e('MODEL_VIEW'), '$');
  const units = [
    w.add('IFCSIUNIT', '*', e('LENGTHUNIT'), '$', e('METRE')),
    w.add('IFCSIUNIT', '*', e('AREAUNIT'), '$', e('SQUARE_METRE')),
    w.add('IFCSIUNIT', '*', e('VOLUMEUNIT'), '$', e('CUBIC_METRE')),
    w.add('IFCSIUNIT', '*', e('PLANEANGLEUNIT'), '$', e('RADIAN')),
  ];
  const ua = w.add('IFCUNITASSIGNMENT', refList(units));
  const projectGid = doc.meta.source?.projectGlobalId ?? stableGlobalId('project');
  const project = w.add('IFCPROJECT', s(projectGid), '$', s(doc.meta.name), '$', '$', s(doc.meta.nameEn ?? null), '$', refList([ctx]), r(ua));
  const sitePl = w.add('IFCLOCALPLACEMENT', '$', r(wcs));
  const g = doc.meta.georef;
  const site = w.add(
    'IFCSITE',
    s(stableGlobalId('site')),
    '$',
    s('Site'),
    '$',
    '$',
    r(sitePl),
    '$',
    '$',
    e('ELEMENT'),
    g ? compound(g.lat) : '$',
    g ? compound(g.lon) : '$',
    g?.altitude !== undefined ? f(g.altitude) : '$',
    '$',
    '$',
  );
  const buildingPl = w.add('IFCLOCALPLACEMENT', r(sitePl), r(wcs));
  const building = w.add('IFCBUILDING', s(stableGlobalId('building')), '$', s(doc.meta.name), '$', '$', r(buildingPl), '$', '$', e('ELEMENT'), '$', '$', '$');
  w.add('IFCRELAGGREGATES', s(stableGlobalId('rel:project-site')), '$', '$', '$', r(project), refList([site]));
  w.add('IFCRELAGGREGATES', s(stableGlobalId('rel:site-building')), '$', '$', '$', r(site), refList([building]));
  const t: Target = { w, is2x3: false, owner: '$', body, k: 1, dirZ, origin3 };
  pset(t, 'hall', 'Pset_HallTwinHall', [building], {
    Name: doc.meta.name,
    NameEn: doc.meta.nameEn,
    Preset: doc.meta.preset,
    Level: doc.meta.level,
    Sprinklers: doc.meta.sprinklers,
    Crowded: doc.meta.crowded,
  });
  const storeys: number[] = [];
  const zoneSpaces = new Map<ZoneType, number[]>();
  for (const floor of doc.floors) {
    const pl = w.add('IFCLOCALPLACEMENT', r(buildingPl), r(w.add('IFCAXIS2PLACEMENT3D', r(pt3(0, 0, floor.elevation)), r(dirZ), r(dirX))));
    const storey = w.add('IFCBUILDINGSTOREY', s(gidOf(floor)), '$', s(floor.name), '$', '$', r(pl), '$', '$', e('ELEMENT'), f(floor.elevation));
    storeys.push(storey);
    floorPset(t, floor, storey);
    writeFloorElements(t, doc, floor, storey, { relTo: pl, z0: 0 }, zoneSpaces);
    if (floor.outline) writeFloorSlab(t, floor, storey, { relTo: pl, z0: 0 });
  }
  w.add('IFCRELAGGREGATES', s(stableGlobalId('rel:building-storeys')), '$', '$', '$', r(building), refList(storeys));
  writeZones(t, zoneSpaces, 'zones', doc.meta.preset);
  return spf(w.lines, 'IFC4', opts);
}

function spf(lines: string[], schema: string, opts: ExportIfcOptions): string {
  const ts = opts.timeStamp ?? new Date().toISOString().slice(0, 19);
  return [
    'ISO-10303-21;',
    'HEADER;',
    "FILE_DESCRIPTION(('ViewDefinition [DesignTransferView]'),'2;1');",
    `FILE_NAME(${s(opts.fileName ?? 'hall.ifc')},${s(ts)},(''),(''),'HallTwin','HallTwin','');`,
    `FILE_SCHEMA(('${schema}'));`,
    'ENDSEC;',
    'DATA;',
    ...lines,
    'ENDSEC;',
    'END-ISO-10303-21;',
    '',
  ].join('\n');
}

function floorPset(t: Target, floor: Floor, storey: number) {
  pset(t, `floor:${floor.id}`, 'Pset_HallTwinFloor', [storey], { Id: floor.id, Storey: floor.storey, Height: floor.height });
}

function writeFloorElements(t: Target, doc: HallDocument, floor: Floor, storey: number, place: Place, zoneSpaces: Map<ZoneType, number[]>, skip?: (el: HallElement) => boolean) {
  const contained: number[] = [];
  const spaces: number[] = [];
  const walls = new Map<string, { el: number; thickness: number }>();
  const ordered = [...floor.elements].sort((a, b) => (a.kind === 'wall' ? 0 : 1) - (b.kind === 'wall' ? 0 : 1));
  for (const el of ordered) {
    if (skip?.(el)) continue;
    const id = writeElement(el, { t, doc, floor, place, walls });
    if (id === undefined) continue;
    if (el.kind === 'zone') {
      spaces.push(id);
      const list = zoneSpaces.get(el.type) ?? [];
      list.push(id);
      zoneSpaces.set(el.type, list);
    } else contained.push(id);
  }
  if (spaces.length) t.w.add('IFCRELAGGREGATES', s(stableGlobalId(`rel:spaces:${floor.id}`)), t.owner, '$', '$', r(storey), refList(spaces));
  if (contained.length) t.w.add('IFCRELCONTAINEDINSPATIALSTRUCTURE', s(stableGlobalId(`rel:contained:${floor.id}`)), t.owner, '$', '$', refList(contained), r(storey));
}

/** The floor outline as the storey's floor slab (0.2 m, its top at the floor level), from which an import takes it back. */
function writeFloorSlab(t: Target, floor: Floor, storey: number, place: Place) {
  const outline = floor.outline;
  if (!outline) return;
  const pl = placement(t, place, [0, 0], 0, -FLOOR_SLAB_M);
  const slab = t.w.add('IFCSLAB', s(stableGlobalId(`slab:${floor.id}`)), t.owner, s(floor.name), '$', '$', r(pl), r(prism(t, outline, FLOOR_SLAB_M)), '$', e('FLOOR'));
  t.w.add('IFCRELCONTAINEDINSPATIALSTRUCTURE', s(stableGlobalId(`rel:slab:${floor.id}`)), t.owner, '$', '$', refList([slab]), r(storey));
}

const FLOOR_SLAB_M = 0.2;

/** One IfcZone per room function, named as the hall's province names it. */
function writeZones(t: Target, zoneSpaces: Map<ZoneType, number[]>, seed: string, preset: PresetId) {
  for (const [type, spaces] of zoneSpaces) {
    const term = zoneTypeTerm(type, preset);
    const name = `${term.zh} / ${term.en}`;
    const zone = t.is2x3
      ? t.w.add('IFCZONE', s(stableGlobalId(`${seed}:zone:${type}`)), t.owner, s(name), '$', s(type))
      : t.w.add('IFCZONE', s(stableGlobalId(`${seed}:zone:${type}`)), t.owner, s(name), '$', s(type), '$');
    t.w.add('IFCRELASSIGNSTOGROUP', s(stableGlobalId(`${seed}:group:${type}`)), t.owner, '$', '$', refList(spaces), '$', r(zone));
  }
}

// ---- write-back into the original model -----------------------------------------------------------------

function exportIntoOriginal(doc: HallDocument, original: Uint8Array): Uint8Array {
  let text = latin1(original);
  const begin = text.indexOf(BLOCK_BEGIN);
  const end = text.indexOf(BLOCK_END);
  if (begin >= 0 && end > begin) text = text.slice(0, begin) + text.slice(end + BLOCK_END.length);
  const dataEnd = text.lastIndexOf('ENDSEC;');
  if (!/^\s*ISO-10303-21;/.test(text) || dataEnd < 0 || !/END-ISO-10303-21;\s*$/.test(text))
    throw new Error('the original IFC is not a complete STEP file; cannot write back into it');
  const schema = (/FILE_SCHEMA\s*\(\s*\(\s*'([^']*)'/i.exec(text)?.[1] ?? 'IFC4').toUpperCase();
  const is2x3 = schema.startsWith('IFC2X3');
  let maxId = 0;
  const byGid = new Map<string, { id: number; type: string }>();
  const lineRe = /#(\d+)\s*=\s*(IFC\w+)\s*\(\s*(?:'([0-9A-Za-z_$]{22})')?/g;
  for (let m: RegExpExecArray | null; (m = lineRe.exec(text)); ) {
    const id = Number(m[1]);
    if (id > maxId) maxId = id;
    if (m[3]) byGid.set(m[3], { id, type: m[2].toUpperCase() });
  }
  const firstOf = (type: string, extra = '') => {
    const m = new RegExp(`#(\\d+)\\s*=\\s*${type}\\s*\\(${extra}`, 'i').exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const body = firstOf('IFCGEOMETRICREPRESENTATIONSUBCONTEXT', "\\s*'Body'") ?? firstOf('IFCGEOMETRICREPRESENTATIONCONTEXT');
  if (body === undefined) throw new Error('the original IFC has no geometric representation context; cannot write back into it');
  const ownerId = firstOf('IFCOWNERHISTORY');
  const w = new StepWriter(maxId + 1);
  const t: Target = { w, is2x3, owner: ownerId !== undefined ? r(ownerId) : '$', body, k: 1 / originalLengthScale(text), dirZ: 0, origin3: 0 };
  t.origin3 = w.add('IFCCARTESIANPOINT', list([f(0), f(0), f(0)]));
  t.dirZ = w.add('IFCDIRECTION', list([f(0), f(0), f(1)]));
  const building = firstOf('IFCBUILDING');
  const zoneSpaces = new Map<ZoneType, number[]>();
  const newStoreys: number[] = [];
  for (const floor of doc.floors) {
    let storey = floor.ifcGlobalId ? byGid.get(floor.ifcGlobalId)?.id : undefined;
    if (storey === undefined) {
      const pl = placement(t, { z0: floor.elevation }, [0, 0], 0);
      storey = w.add('IFCBUILDINGSTOREY', s(gidOf(floor)), t.owner, s(floor.name), '$', '$', r(pl), '$', '$', e('ELEMENT'), f(floor.elevation * t.k));
      newStoreys.push(storey);
    }
    floorPset(t, floor, storey);
    // Original IfcSpaces that are zones: type them (pset) and group them; their geometry stays the original's.
    for (const el of floor.elements) {
      if (el.kind !== 'zone' || !el.ifcGlobalId) continue;
      const hit = byGid.get(el.ifcGlobalId);
      if (hit?.type !== 'IFCSPACE') continue;
      zonePset(t, el, hit.id);
      const list = zoneSpaces.get(el.type) ?? [];
      list.push(hit.id);
      zoneSpaces.set(el.type, list);
    }
    writeFloorElements(t, doc, floor, storey, { z0: floor.elevation }, zoneSpaces, (el) => !!el.ifcGlobalId && byGid.has(el.ifcGlobalId));
  }
  if (newStoreys.length && building !== undefined) w.add('IFCRELAGGREGATES', s(stableGlobalId('rel:building-new-storeys')), t.owner, '$', '$', r(building), refList(newStoreys));
  writeZones(t, zoneSpaces, 'writeback', doc.meta.preset);
  const block = `${BLOCK_BEGIN}\n${w.lines.join('\n')}\n${BLOCK_END}\n`;
  return ascii(text.slice(0, dataEnd) + block + text.slice(dataEnd));
}

/** Metres per length unit of a STEP text's project (first LENGTHUNIT found), 1 when unknown. */
function originalLengthScale(text: string): number {
  const si = /IFCSIUNIT\s*\(\s*\*\s*,\s*\.LENGTHUNIT\.\s*,\s*(?:\.(\w+)\.|\$)\s*,\s*\.METRE\.\s*\)/i.exec(text);
  const prefix: Record<string, number> = { MILLI: 1e-3, CENTI: 1e-2, DECI: 1e-1, KILO: 1e3 };
  if (si) return si[1] ? (prefix[si[1].toUpperCase()] ?? 1) : 1;
  const conv = /IFCCONVERSIONBASEDUNIT\s*\([^,]*,\s*\.LENGTHUNIT\.\s*,\s*'(\w+)'/i.exec(text);
  if (conv) return /FOOT|FEET/i.test(conv[1]) ? 0.3048 : /INCH/i.test(conv[1]) ? 0.0254 : 1;
  return 1;
}
