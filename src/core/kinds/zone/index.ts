import { z } from 'zod';
import { BaseFields, PolygonSchema, TextSchema, defineKind } from '../base';
import { baseAndLayout, isText, layout, opt, sameKeys, simpleRing, within } from '../as-schema-gives';
import { rotate, type Vec2 } from '../../geometry/vec';
import { bbox, centroid, translatePolygon } from '../../geometry/polygon';
import { roomTag } from '../../geometry/label-text';
import { zoneTypeTerm } from '../../terms';
import type { LandmarkContext, LandmarkPart } from '../roles';
import { zoneEn } from '../../zone-en';
import { ZONE_TOOLS } from './tools';
import { type PresetId, ZONE_TYPES, ZONE_TYPE_IDS, type ZoneType, zoneSide } from '../../vocab';

const ZoneTypeSchema = z.enum(ZONE_TYPE_IDS as [ZoneType, ...ZoneType[]]);

export const ZoneSchema = z.object({
  ...BaseFields,
  kind: z.literal('zone'),
  type: ZoneTypeSchema,
  /** Further functions this zone serves when the standard allows merging (e.g. waiting + form-filling). */
  also: z.array(ZoneTypeSchema).max(10).default([]),
  /** Counter-clockwise ring in plan metres. */
  polygon: PolygonSchema,
  /** Department for specialist areas (公安, 税务 …). */
  department: TextSchema.optional(),
  nameEn: TextSchema.optional(),
  /** Room number as the drawings write it (an IfcSpace's Name beside its LongName). */
  number: TextSchema.optional(),
  /** How the type was guessed from the room's names (absent once a person sets it): confidence 0–1 and the text it rests on. */
  typeGuess: z.object({ confidence: z.number().min(0).max(1), from: TextSchema }).optional(),
});
export type Zone = z.infer<typeof ZoneSchema>;

const LAYOUT = layout(ZoneSchema.shape);
const zoneTypes = new Set<string>(ZONE_TYPE_IDS);
const isGuess = (g: unknown) => sameKeys(g, ['confidence', 'from']) && within((g as { confidence: unknown }).confidence, 0, 1) && isText((g as { from: unknown }).from);

function asSchemaGives(z: Zone): boolean {
  return (
    baseAndLayout(z, LAYOUT) &&
    zoneTypes.has(z.type) &&
    Array.isArray(z.also) &&
    z.also.length <= 10 &&
    z.also.every((t) => zoneTypes.has(t)) &&
    simpleRing(z.polygon) &&
    opt(z.department, isText) &&
    opt(z.nameEn, isText) &&
    opt(z.number, isText) &&
    opt(z.typeGuess, isGuess)
  );
}

export function zoneHasType(z: Zone, t: ZoneType): boolean {
  return z.type === t || z.also.includes(t);
}

export function isStaffZone(z: Zone): boolean {
  return zoneSide(z.type) === 'staff';
}

/** A room as people name it: number and name ("A101 Foyer"), else its function as the hall's province words it. */
function describeZone(z: Zone, own: string | undefined, preset: PresetId | undefined): { zh: string; en: string } {
  const name = own ?? (z.name !== undefined && z.name !== '' && z.name !== z.number ? z.name : undefined);
  // Imported rooms are named "A101 Foyer" already: the number is not written twice.
  const named = z.number && name?.startsWith(z.number) ? name : [z.number, name].filter(Boolean).join(' ');
  return named ? { zh: named, en: named } : zoneTypeTerm(z.type, preset);
}

/** A room one is in at a turn, named by its name or type; corridors, staff rooms and rooms of no known use are not told. */
function zoneLandmark(z: Zone, { preset }: LandmarkContext): LandmarkPart | null {
  if (z.type === 'circulation' || z.type === 'unclassified' || isStaffZone(z)) return null;
  const t = zoneTypeTerm(z.type, preset);
  const at = z.polygon.reduce<Vec2>((s, p) => [s[0] + p[0] / z.polygon.length, s[1] + p[1] / z.polygon.length], [0, 0]);
  return { name: { zh: z.name ?? t.zh, en: zoneEn(z.nameEn ?? t.en) }, rank: 3, at, area: z.polygon };
}

export const zoneKind = defineKind<Zone>({
  kind: 'zone',
  label: { zh: '功能区', en: 'Zone' },
  schema: ZoneSchema,
  create: (init) => ({
    kind: 'zone',
    type: 'unclassified',
    also: [],
    polygon: [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
    ],
    ...init,
  }),
  footprint: (z) => z.polygon,
  anchor: (z) => centroid(z.polygon),
  translate: (z, d) => ({ ...z, polygon: translatePolygon(z.polygon, d[0], d[1]) }),
  rotate: (z, deg, about) => ({ ...z, polygon: z.polygon.map((p) => rotate(p, deg, about)) }),
  blocksWalking: () => false,
  walking: 'areas',
  closedArea: (z) => (isStaffZone(z) ? z.polygon : null),
  sight: () => 'none',
  landmark: zoneLandmark,
  destination: (z) => !isStaffZone(z) && z.type !== 'circulation' && z.type !== 'unclassified',
  usedByCitizens: (z) => !isStaffZone(z) && z.type !== 'unclassified',
  planLabel: (z, preset) => {
    const b = bbox(z.polygon);
    return { kind: 'zone', text: roomTag(z.number, z.name || zoneTypeTerm(z.type, preset).zh), at: centroid(z.polygon), maxWidthM: b.maxX - b.minX };
  },
  tools: ZONE_TOOLS,
  ifc: { to: ['IfcSpace'], pset: 'Pset_HallTwin', from: ['IfcSpace'] },
  snap: 'outline',
  mapGeometry: 'area',
  pickRank: 8,
  vertices: (z) => z.polygon,
  moveVertex: (z, i, p) => ({ ...z, polygon: z.polygon.map((q, j) => (j === i ? p : q)) }),
  describe: (z, { own, preset }) => describeZone(z, own, preset),
  plan: (z, preset) => ({ shape: 'room', polygon: z.polygon, fill: zoneSide(z.type) === 'staff' ? '#e7dccf' : '#dbeafe', title: z.name ?? zoneTypeTerm(z.type, preset).zh }),
  variant: (z) => z.type,
  asSchemaGives,
  fields: [
    { key: 'name', label: { zh: '名称', en: 'Name' }, type: 'text' },
    { key: 'nameEn', label: { zh: '英文名称', en: 'English name' }, type: 'text' },
    { key: 'number', label: { zh: '房间编号', en: 'Room number' }, type: 'text' },
    { key: 'type', label: { zh: '功能类型', en: 'Function' }, type: 'enum', options: ZONE_TYPES, vocabulary: 'zone' },
    { key: 'department', label: { zh: '部门', en: 'Department' }, type: 'text' },
  ],
});
