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
import { kindOf, type HallElement } from '../core/kinds/registry';
import type { Vec2 } from '../core/geometry/vec';
import { ensureCCW, type Polygon } from '../core/geometry/polygon';
import { pointSize } from '../core/kinds/point';
import { stableGlobalId } from '../core/ids';
import { ZONE_TYPES, type ZoneType } from '../core/vocab';
import { StepWriter, b, compound, e, f, list, r, refList, s } from './step';

export interface ExportIfcOptions {
  /** The IFC file the document was imported from; kept, with our elements appended. */
  original?: Uint8Array;
  /** FILE_NAME time stamp (ISO 8601); now when absent. */
  timeStamp?: string;
  fileName?: string;
}

export const BLOCK_BEGIN = '/* HallTwin:begin */';
export const BLOCK_END = '/* HallTwin:end */';

type PropVal = string | number | boolean | undefined | null;

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

interface Target {
  w: StepWriter;
  /** IFC2X3 attribute lists differ for a few entities. */
  is2x3: boolean;
  owner: string;
  body: number;
  /** File length units per metre (1000 for a millimetre model). */
  k: number;
  dirZ: number;
  origin3: number;
}

/** Everything the element writers need about where they go. */
interface Place {
  /** Placement to be relative to (storey's), or undefined = world. */
  relTo?: number;
  /** Added to z (world placement puts elements at the floor's elevation). */
  z0: number;
}

export function exportIfc(doc: HallDocument, opts: ExportIfcOptions = {}): Uint8Array {
  return opts.original ? exportIntoOriginal(doc, opts.original) : ascii(exportFresh(doc, opts));
}

function gidOf(el: { id: string; ifcGlobalId?: string }): string {
  return el.ifcGlobalId ?? stableGlobalId(el.id);
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
  writeZones(t, zoneSpaces, 'zones');
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
    const id = writeElement(t, doc, floor, el, place, walls);
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

function writeZones(t: Target, zoneSpaces: Map<ZoneType, number[]>, seed: string) {
  for (const [type, spaces] of zoneSpaces) {
    const term = ZONE_TYPES[type];
    const name = `${term.zh} / ${term.en}`;
    const zone = t.is2x3
      ? t.w.add('IFCZONE', s(stableGlobalId(`${seed}:zone:${type}`)), t.owner, s(name), '$', s(type))
      : t.w.add('IFCZONE', s(stableGlobalId(`${seed}:zone:${type}`)), t.owner, s(name), '$', s(type), '$');
    t.w.add('IFCRELASSIGNSTOGROUP', s(stableGlobalId(`${seed}:group:${type}`)), t.owner, '$', '$', refList(spaces), '$', r(zone));
  }
}

function pset(t: Target, seed: string, name: string, objects: number[], props: Record<string, PropVal>) {
  const ids: number[] = [];
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null) continue;
    const val =
      typeof v === 'boolean'
        ? `IFCBOOLEAN(${b(v)})`
        : typeof v === 'number'
          ? Number.isInteger(v) && (k === 'Storey' || k === 'Count')
            ? `IFCINTEGER(${v})`
            : `IFCREAL(${f(v)})`
          : `IFCTEXT(${s(v)})`;
    ids.push(t.w.add('IFCPROPERTYSINGLEVALUE', s(k), '$', val, '$'));
  }
  const ps = t.w.add('IFCPROPERTYSET', s(stableGlobalId(`pset:${seed}:${name}`)), t.owner, s(name), '$', refList(ids));
  t.w.add('IFCRELDEFINESBYPROPERTIES', s(stableGlobalId(`rel:pset:${seed}:${name}`)), t.owner, '$', '$', refList(objects), r(ps));
}

/** Local placement at plan point `p`, x axis at `deg` CCW from east, `dz` above the floor. */
function placement(t: Target, place: Place, p: Vec2, deg: number, dz = 0): number {
  const a = (deg * Math.PI) / 180;
  const loc = t.w.add('IFCCARTESIANPOINT', list([f(p[0] * t.k), f(p[1] * t.k), f((place.z0 + dz) * t.k)]));
  const x = t.w.add('IFCDIRECTION', list([f(round12(Math.cos(a))), f(round12(Math.sin(a))), f(0)]));
  const ax = t.w.add('IFCAXIS2PLACEMENT3D', r(loc), r(t.dirZ), r(x));
  return t.w.add('IFCLOCALPLACEMENT', place.relTo !== undefined ? r(place.relTo) : '$', r(ax));
}

function shape(t: Target, items: number[], kind = 'SweptSolid'): number {
  const rep = t.w.add('IFCSHAPEREPRESENTATION', r(t.body), s('Body'), s(kind), refList(items));
  return t.w.add('IFCPRODUCTDEFINITIONSHAPE', '$', '$', refList([rep]));
}

/** Box `w` (local x) × `d` (local y) × `h`, its plan centre at local (cx, cy), bottom at `z`. */
function box(t: Target, w: number, d: number, h: number, cx = 0, cy = 0, z = 0): number {
  const k = t.k;
  const c2 = t.w.add('IFCCARTESIANPOINT', list([f(cx * k), f(cy * k)]));
  const p2 = t.w.add('IFCAXIS2PLACEMENT2D', r(c2), '$');
  const prof = t.w.add('IFCRECTANGLEPROFILEDEF', e('AREA'), '$', r(p2), f(w * k), f(d * k));
  const pos = z ? t.w.add('IFCAXIS2PLACEMENT3D', r(t.w.add('IFCCARTESIANPOINT', list([f(0), f(0), f(z * k)]))), '$', '$') : t.w.add('IFCAXIS2PLACEMENT3D', r(t.origin3), '$', '$');
  return shape(t, [t.w.add('IFCEXTRUDEDAREASOLID', r(prof), r(pos), r(t.dirZ), f(h * k))]);
}

/** Prism over a plan polygon given in the placement's own coordinates. */
function prism(t: Target, poly: Polygon, h: number): number {
  const k = t.k;
  const ring = ensureCCW(poly);
  const pts = [...ring, ring[0]].map((p) => t.w.add('IFCCARTESIANPOINT', list([f(p[0] * k), f(p[1] * k)])));
  const pl = t.w.add('IFCPOLYLINE', refList(pts));
  const prof = t.w.add('IFCARBITRARYCLOSEDPROFILEDEF', e('AREA'), '$', r(pl));
  const pos = t.w.add('IFCAXIS2PLACEMENT3D', r(t.origin3), '$', '$');
  return shape(t, [t.w.add('IFCEXTRUDEDAREASOLID', r(prof), r(pos), r(t.dirZ), f(h * k))]);
}

function writeElement(t: Target, doc: HallDocument, floor: Floor, el: HallElement, place: Place, walls: Map<string, { el: number; thickness: number }>): number | undefined {
  const { w, owner } = t;
  const gid = s(gidOf(el));
  const name = s(el.name ?? null);
  const proxy = (objectType: string, pl: number, sh: number) =>
    t.is2x3
      ? w.add('IFCBUILDINGELEMENTPROXY', gid, owner, name, '$', s(objectType), r(pl), r(sh), '$', e('ELEMENT'))
      : w.add('IFCBUILDINGELEMENTPROXY', gid, owner, name, '$', s(objectType), r(pl), r(sh), '$', e('USERDEFINED'));
  switch (el.kind) {
    case 'wall': {
      const dx = el.b[0] - el.a[0];
      const dy = el.b[1] - el.a[1];
      const L = Math.hypot(dx, dy);
      if (L < 1e-6) return undefined;
      const pl = placement(t, place, el.a, (Math.atan2(dy, dx) * 180) / Math.PI);
      const sh = box(t, L, el.thickness, el.height ?? floor.height, L / 2, 0);
      const id = t.is2x3 ? w.add('IFCWALL', gid, owner, name, '$', '$', r(pl), r(sh), '$') : w.add('IFCWALL', gid, owner, name, '$', '$', r(pl), r(sh), '$', e('STANDARD'));
      walls.set(el.id, { el: id, thickness: el.thickness });
      pset(t, el.id, 'Pset_HallTwinWall', [id], { Id: el.id, Glazed: el.glazed });
      return id;
    }
    case 'zone': {
      const pl = placement(t, place, [0, 0], 0);
      const sh = prism(t, el.polygon, floor.height);
      const longName = s(el.nameEn ?? ZONE_TYPES[el.type].en);
      const id = t.is2x3
        ? w.add('IFCSPACE', gid, owner, name, '$', '$', r(pl), r(sh), longName, e('ELEMENT'), e('INTERNAL'), '$')
        : w.add('IFCSPACE', gid, owner, name, '$', '$', r(pl), r(sh), longName, e('ELEMENT'), e('INTERNAL'), '$');
      zonePset(t, el, id);
      return id;
    }
    case 'opening': {
      const pl = placement(t, place, el.position, el.rotation);
      const host = el.wallId ? walls.get(el.wallId) : undefined;
      const sh = box(t, el.width, 0.06, el.height);
      const id = t.is2x3
        ? w.add('IFCDOOR', gid, owner, name, '$', '$', r(pl), r(sh), '$', f(el.height * t.k), f(el.width * t.k))
        : w.add('IFCDOOR', gid, owner, name, '$', '$', r(pl), r(sh), '$', f(el.height * t.k), f(el.width * t.k), e('DOOR'), '$', '$');
      if (host) {
        const opl = placement(t, place, el.position, el.rotation);
        const osh = box(t, el.width, host.thickness + 0.1, el.height);
        const ogid = s(stableGlobalId(`opening:${el.id}`));
        const op = t.is2x3
          ? w.add('IFCOPENINGELEMENT', ogid, owner, '$', '$', '$', r(opl), r(osh), '$')
          : w.add('IFCOPENINGELEMENT', ogid, owner, '$', '$', '$', r(opl), r(osh), '$', e('OPENING'));
        w.add('IFCRELVOIDSELEMENT', s(stableGlobalId(`voids:${el.id}`)), owner, '$', '$', r(host.el), r(op));
        w.add('IFCRELFILLSELEMENT', s(stableGlobalId(`fills:${el.id}`)), owner, '$', '$', r(op), r(id));
      }
      pset(t, el.id, 'Pset_HallTwinDoor', [id], { Id: el.id, Entrance: el.entrance, Exterior: el.exterior, Step: el.step, Ramp: el.ramp, TactilePaving: el.tactilePaving });
      return id;
    }
    case 'counter': {
      const pl = placement(t, place, el.position, el.rotation);
      const sh = box(t, el.top.width, el.top.depth, el.top.height);
      const id = t.is2x3
        ? w.add('IFCFURNISHINGELEMENT', gid, owner, name, '$', s('Counter'), r(pl), r(sh), '$')
        : w.add('IFCFURNITURE', gid, owner, name, '$', s('Counter'), r(pl), r(sh), '$', e('DESK'));
      pset(t, el.id, 'Pset_HallTwinCounter', [id], {
        Id: el.id,
        Type: el.type,
        Number: el.number,
        TopWidth: el.top.width,
        TopDepth: el.top.depth,
        TopHeight: el.top.height,
        Low: el.low,
        KneeSpace: el.kneeSpace,
        Style: el.style,
        Department: el.department,
        OneMetreLine: el.oneMetreLine.enabled,
        OneMetreLineDistance: el.oneMetreLine.distance,
        Rotation: el.rotation,
      });
      return id;
    }
    case 'sign': {
      const pl = placement(t, place, el.position, el.rotation);
      const sh = box(t, el.width, 0.05, 0.4, 0, 0, Math.max(0, el.mountHeight - 0.2));
      const id = proxy('Sign', pl, sh);
      pset(t, el.id, 'Pset_HallTwinSign', [id], {
        Id: el.id,
        SignKind: el.signKind,
        TextZh: el.text.zh,
        TextEn: el.text.en,
        Electronic: el.electronic,
        Width: el.width,
        MountHeight: el.mountHeight,
        Target: el.target,
        YouAreHere: el.youAreHere,
        Rotation: el.rotation,
      });
      return id;
    }
    case 'point': {
      const pl = placement(t, place, el.position, el.rotation);
      const [pw, pd] = pointSize(el);
      const sh = box(t, pw, pd, el.pointKind === 'seat' ? 0.45 : el.pointKind === 'cctv' ? 0.2 : 0.6, 0, 0, el.pointKind === 'cctv' ? 2.6 : 0);
      const id = proxy(el.pointKind, pl, sh);
      pset(t, el.id, 'Pset_HallTwinPoint', [id], {
        Id: el.id,
        PointKind: el.pointKind,
        Count: el.count,
        Priority: el.priority,
        Wheelchair: el.wheelchair,
        CounterId: el.counterId,
        Rotation: el.rotation,
      });
      return id;
    }
    case 'vlink': {
      const joined = el.floors.map((fid) => doc.floors.find((x) => x.id === fid)).filter((x): x is Floor => !!x);
      const span = Math.max(floor.elevation, ...joined.map((x) => x.elevation)) - floor.elevation;
      const pl = placement(t, place, el.position, el.rotation);
      const sh = box(t, el.size.w, el.size.d, Math.max(span, 1));
      const linkType = el.linkKind === 'elevator' ? 'ELEVATOR' : 'ESCALATOR';
      const id =
        el.linkKind === 'stair'
          ? w.add('IFCSTAIR', gid, owner, name, '$', '$', r(pl), r(sh), '$', e('STRAIGHT_RUN_STAIR'))
          : el.linkKind === 'ramp'
            ? w.add('IFCRAMP', gid, owner, name, '$', '$', r(pl), r(sh), '$', e('STRAIGHT_RUN_RAMP'))
            : t.is2x3
              ? w.add('IFCTRANSPORTELEMENT', gid, owner, name, '$', '$', r(pl), r(sh), '$', e(linkType), '$', '$')
              : w.add('IFCTRANSPORTELEMENT', gid, owner, name, '$', '$', r(pl), r(sh), '$', e(linkType));
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
    }
    case 'obstacle': {
      const pl = placement(t, place, [0, 0], 0);
      const sh = prism(t, el.polygon, el.height);
      const id = proxy('Obstacle', pl, sh);
      pset(t, el.id, 'Pset_HallTwinObstacle', [id], { Id: el.id, Height: el.height, SeeThrough: el.seeThrough });
      return id;
    }
    case 'route':
      // Hand-drawn routes are a planning aid with no IFC counterpart; they stay in the .hall.json.
      return undefined;
    default:
      return writeAnyKind(t, el, place, proxy);
  }
}

/**
 * A kind without a writer of its own (a new kind needs none): a proxy over its footprint, as tall as its `height`
 * (1 m without one), with its scalar fields in the property set its kind definition names.
 */
function writeAnyKind(t: Target, el: HallElement, place: Place, proxy: (objectType: string, pl: number, sh: number) => number): number | undefined {
  const kind = kindOf(el);
  const fp = kind.footprint(el);
  if (kind.ifc.to === null || !fp) return undefined;
  const height = (el as { height?: unknown }).height;
  const id = proxy(el.kind, placement(t, place, [0, 0], 0), prism(t, fp, typeof height === 'number' && height > 0 ? height : 1));
  const props: Record<string, PropVal> = {};
  for (const [k, v] of Object.entries(el)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') props[k === 'id' ? 'Id' : k] = v;
  pset(t, el.id, kind.ifc.pset, [id], props);
  return id;
}

function zonePset(t: Target, el: Extract<HallElement, { kind: 'zone' }>, id: number) {
  pset(t, el.id, 'Pset_HallTwin', [id], { Id: el.id, ZoneType: el.type, Also: el.also.join(','), Department: el.department, NameEn: el.nameEn });
}

const round12 = (x: number) => Math.round(x * 1e12) / 1e12;

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
  writeZones(t, zoneSpaces, 'writeback');
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
