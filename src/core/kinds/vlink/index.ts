import { z } from 'zod';
import type { LandmarkContext } from '../roles';
import { VLINK_TOOLS } from './tools';
import { personalName } from '../../personal-name';
import { Angle, BaseFields, IdSchema, PositiveLen, Vec2Schema, defineKind } from '../base';
import { add, rotate } from '../../geometry/vec';
import { rectPolygon } from '../../geometry/polygon';
import { LINK_KINDS, LINK_KIND_IDS, type LinkKind, type Term } from '../../vocab';
import { angle, baseAndLayout, bool, isId, layout, opt, posLen, sameKeys, vec2, within } from '../as-schema-gives';

/**
 * A vertical link (stair, elevator, escalator, ramp). It is stored on the lowest floor it serves and
 * `floors` lists every floor id it joins (at least two, or one for a ramp within a floor); its footprint
 * repeats on each of them.
 */
export const VLinkSchema = z.object({
  ...BaseFields,
  kind: z.literal('vlink'),
  linkKind: z.enum(LINK_KIND_IDS as [LinkKind, ...LinkKind[]]),
  floors: z.array(IdSchema).min(1).max(100),
  position: Vec2Schema,
  /**
   * Orientation in degrees CCW. At 0 the link's length `size.d` runs north: people go up a stair, ramp
   * or escalator walking north, and face north entering an elevator; `size.w` runs east. So the elevator's door
   * is its south face and a stair's or escalator's landings its south and north ends (./mouths.ts).
   */
  rotation: Angle.default(0),
  size: z.object({ w: PositiveLen, d: PositiveLen }).default({ w: 2.5, d: 5 }),
  accessible: z.boolean().default(false),
  /** Clear width of the walking surface (stair, ramp) or door (elevator). */
  clearWidth: PositiveLen.default(1.2),
  /** Ramps: rise over run, e.g. 1/12 = 0.0833. */
  slope: z.number().min(0).max(2).optional(),
  /** Ramps: rise of one run between landings. */
  runRise: z.number().min(0).max(10).optional(),
  /** Ramps: landing length. */
  landing: z.number().min(0).max(50).optional(),
  /** Elevators: car inside size, `w` across the door and `d` from the door to the back wall. */
  car: z.object({ w: PositiveLen, d: PositiveLen }).optional(),
});
export type VLink = z.infer<typeof VLinkSchema>;

const LAYOUT = layout(VLinkSchema.shape);
const linkKinds = new Set<string>(LINK_KIND_IDS);

/** Only the links an import makes (no ramp runs, landings or car sizes): anything more goes through the schema. */
function asSchemaGives(v: VLink): boolean {
  return (
    baseAndLayout(v, LAYOUT) &&
    linkKinds.has(v.linkKind) &&
    Array.isArray(v.floors) &&
    v.floors.length >= 1 &&
    v.floors.length <= 100 &&
    v.floors.every(isId) &&
    vec2(v.position) &&
    angle(v.rotation) &&
    sameKeys(v.size, ['w', 'd']) &&
    posLen(v.size.w) &&
    posLen(v.size.d) &&
    bool(v.accessible) &&
    posLen(v.clearWidth) &&
    opt(v.slope, (s) => within(s, 0, 2)) &&
    v.runRise === undefined &&
    v.landing === undefined &&
    v.car === undefined
  );
}

const vlinkFootprint = (v: VLink) => rectPolygon(v.position[0], v.position[1], v.size.w, v.size.d, v.rotation);

/** A link as people name it: its own name, else its kind, with its side of the floor where the floor has two alike. */
function linkName(v: VLink, ctx: LandmarkContext): Term {
  const t = LINK_KINDS[v.linkKind];
  const noun = v.linkKind === 'stair' ? 'stairs' : t.en.toLowerCase();
  const side = ctx.alike() > 1 ? ctx.side(v.position) : undefined;
  const acc = v.linkKind === 'elevator' && v.accessible ? 'accessible ' : '';
  return { zh: v.name ?? `${side?.zh ?? ''}${t.zh}`, en: `the ${side ? `${side.en} ` : ''}${acc}${noun}` };
}

export const vlinkKind = defineKind<VLink>({
  kind: 'vlink',
  label: { zh: '垂直交通', en: 'Vertical link' },
  schema: VLinkSchema,
  create: (init) => ({
    kind: 'vlink',
    linkKind: 'stair',
    floors: [],
    position: [0, 0],
    rotation: 0,
    size: { w: 2.5, d: 5 },
    accessible: false,
    clearWidth: 1.2,
    ...init,
  }),
  footprint: vlinkFootprint,
  anchor: (v) => v.position,
  translate: (v, d) => ({ ...v, position: add(v.position, d) }),
  rotate: (v, deg, about) => ({ ...v, position: rotate(v.position, deg, about), rotation: v.rotation + deg }),
  blocksWalking: () => false,
  walking: 'links-floors',
  sight: () => 'none',
  alsoOn: (v) => v.floors,
  landmark: (v, ctx) => ({ name: linkName(v, ctx), rank: 0, at: v.position }),
  // an imported model's "Stair:Residential - 200mm Max Riser:151086" is a type, not a name the plan can show
  planLabel: (v) => ({ kind: 'link', text: personalName(v.name) ?? LINK_KINDS[v.linkKind].zh, at: v.position }),
  tools: VLINK_TOOLS,
  describe: (v, { own }) => {
    const t = LINK_KINDS[v.linkKind];
    return own ? { zh: `${t.zh} ${own}`, en: `${t.en} ${own}` } : { zh: t.zh, en: t.en };
  },
  ifc: { to: ['IfcStair', 'IfcRamp', 'IfcTransportElement'], pset: 'Pset_HallTwinLink', from: ['IfcStair', 'IfcStairFlight', 'IfcRamp', 'IfcRampFlight', 'IfcTransportElement'] },
  plan: (v) => ({ shape: 'solid', polygon: vlinkFootprint(v), colour: '#94a3b8' }),
  variant: (v) => v.linkKind,
  asSchemaGives,
  snap: 'anchor',
  mapGeometry: 'area',
  pickRank: 4,
  fields: [
    { key: 'linkKind', label: { zh: '类型', en: 'Kind' }, type: 'enum', options: LINK_KINDS },
    { key: 'floors', label: { zh: '连接楼层', en: 'Floors joined' }, type: 'floors' },
    { key: 'accessible', label: { zh: '无障碍', en: 'Accessible' }, type: 'bool' },
    { key: 'clearWidth', label: { zh: '净宽', en: 'Clear width' }, type: 'number', min: 0.5, max: 10, step: 0.05, unit: 'm' },
    { key: 'slope', label: { zh: '坡度', en: 'Slope (rise/run)' }, type: 'number', min: 0, max: 1, step: 0.005, unit: '' },
    { key: 'size.w', label: { zh: '宽', en: 'Width' }, type: 'number', min: 0.5, max: 30, step: 0.1, unit: 'm' },
    { key: 'size.d', label: { zh: '长', en: 'Length' }, type: 'number', min: 0.5, max: 60, step: 0.1, unit: 'm' },
    { key: 'rotation', label: { zh: '朝向', en: 'Rotation' }, type: 'number', step: 15, unit: 'deg' },
  ],
});
