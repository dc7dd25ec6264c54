import { z } from 'zod';
import { Angle, BaseFields, IdSchema, type NamingContext, PositiveLen, Vec2Schema, defineKind, metres } from '../base';
import { add, rotate, type Vec2 } from '../../geometry/vec';
import { rectPolygon } from '../../geometry/polygon';
import { MAX_LENGTH_M } from '../../limits';
import { windowTools } from './tools';
import type { OnWall } from '../roles';
import { angle, baseAndLayout, bool, fin, isId, layout, opt, posLen, vec2 } from '../as-schema-gives';

/**
 * A window (外窗 in the building's outer wall, 内窗 between rooms): set into a wall like a door, between its sill
 * and head heights. People cannot walk through it; where its glass is clear, people see through it.
 */
export const WindowSchema = z
  .object({
    ...BaseFields,
    kind: z.literal('window'),
    /** The wall it sits in, when placed on one. */
    wallId: IdSchema.optional(),
    /** Centre of the window in plan. */
    position: Vec2Schema,
    /** Direction of the wall it sits in, degrees CCW from east. */
    rotation: Angle.default(0),
    /** Width of the opening in the wall. */
    width: PositiveLen.default(1.5),
    /** Height of the sill above the floor (0 for a floor-to-head glazed panel). */
    sillHeight: z.number().min(0).max(MAX_LENGTH_M).default(0.9),
    /** Height of the head (the opening's top) above the floor. */
    headHeight: PositiveLen.default(2.4),
    /** In the building's outer wall (外窗) or between rooms (内窗). */
    exterior: z.boolean().default(true),
    /** Clear glass one can see through (false: frosted or opaque infill). */
    clearGlass: z.boolean().default(true),
  })
  .superRefine((w, ctx) => {
    if (!(w.headHeight > w.sillHeight)) {
      ctx.addIssue({ code: 'custom', path: ['headHeight'], message: `head height ${w.headHeight} m is not above the sill (${w.sillHeight} m) / 窗顶高度须高于窗台高度` });
    }
  });
export type Window = z.infer<typeof WindowSchema>;

const LAYOUT = layout(WindowSchema.shape);

function asSchemaGives(w: Window): boolean {
  return (
    baseAndLayout(w, LAYOUT) &&
    opt(w.wallId, isId) &&
    vec2(w.position) &&
    angle(w.rotation) &&
    posLen(w.width) &&
    fin(w.sillHeight) &&
    w.sillHeight >= 0 &&
    posLen(w.headHeight) &&
    w.headHeight > w.sillHeight &&
    bool(w.exterior) &&
    bool(w.clearGlass)
  );
}

/** How deep a window's plan footprint is when its wall is not known: a common wall thickness. */
export const WINDOW_DEPTH = 0.3;

const windowFootprint = (w: Window) => rectPolygon(w.position[0], w.position[1], w.width, WINDOW_DEPTH, w.rotation);

/** Its axis across the wall's opening: what blocks a cell-wide band of the walking raster, as a wall does. */
function windowAxis(w: Window): [Vec2, Vec2][] {
  const r = (w.rotation * Math.PI) / 180;
  const h: Vec2 = [(Math.cos(r) * w.width) / 2, (Math.sin(r) * w.width) / 2];
  return [[add(w.position, [-h[0], -h[1]]), add(w.position, h)]];
}

/** A window by its mark, else by the room it lights and its width: "外窗（大厅，1.8 m）". */
function describeWindow(w: Window, { own, roomAt }: NamingContext): { zh: string; en: string } {
  const kind = w.exterior ? { zh: '外窗', en: 'Exterior window' } : { zh: '内窗', en: 'Interior window' };
  if (own) return { zh: `${kind.zh} ${own}（${metres(w.width)}）`, en: `${kind.en} ${own} (${metres(w.width)})` };
  const r = (w.rotation * Math.PI) / 180;
  const n: Vec2 = [-Math.sin(r), Math.cos(r)];
  const room = roomAt([w.position[0] + n[0] * 0.6, w.position[1] + n[1] * 0.6]) ?? roomAt([w.position[0] - n[0] * 0.6, w.position[1] - n[1] * 0.6]);
  return room
    ? { zh: `${kind.zh}（${room.zh}，${metres(w.width)}）`, en: `${kind.en} (${room.en}, ${metres(w.width)})` }
    : { zh: `${kind.zh}（${metres(w.width)}）`, en: `${kind.en} (${metres(w.width)})` };
}

const createWindow = (init: Partial<Window> & { id: string }): Window => ({
  kind: 'window',
  position: [0, 0],
  rotation: 0,
  width: 1.5,
  sillHeight: 0.9,
  headHeight: 2.4,
  exterior: true,
  clearGlass: true,
  ...init,
});

/** Into the wall at `on`: moved into another wall it takes that wall's side (外窗 in an outer wall); slid along its own, it keeps what the user set. */
const putInWall = (w: Window, on: OnWall): Window => ({
  ...w,
  wallId: on.wallId,
  position: on.at,
  rotation: on.angle,
  exterior: w.wallId === on.wallId ? w.exterior : on.outer,
});

export const windowKind = defineKind<Window>({
  kind: 'window',
  label: { zh: '窗', en: 'Window' },
  measureWord: '扇',
  schema: WindowSchema,
  create: createWindow,
  footprint: windowFootprint,
  segments: windowAxis,
  halfWidth: () => WINDOW_DEPTH / 2,
  anchor: (w) => w.position,
  translate: (w, d) => ({ ...w, position: add(w.position, d), wallId: undefined }),
  rotate: (w, deg, about) => ({ ...w, position: rotate(w.position, deg, about), rotation: w.rotation + deg }),
  // Nobody walks through a window, even where its wall is missing or it stands alone.
  blocksWalking: () => true,
  walking: 'blocks',
  // Clear glass is a gap in its wall for sight (as a door is); frosted or opaque infill blocks along its axis.
  sight: (w) => (w.clearGlass ? { at: w.position, width: w.width, host: w.wallId } : 'blocks'),
  describe: describeWindow,
  ifc: { to: ['IfcWindow'], pset: 'Pset_HallTwinWindow', from: ['IfcWindow'] },
  plan: (w) => ({ shape: 'solid', polygon: windowFootprint(w), colour: '#38bdf8' }),
  refs: [{ key: 'wallId', host: true, kind: 'wall', says: { zh: '窗所在的', en: 'window sits in' } }],
  variant: (w) => (w.exterior ? 'exterior' : 'interior'),
  cutsHost: (w) => ({ at: w.position, width: w.width, bottom: w.sillHeight, top: w.headHeight }),
  asSchemaGives,
  inWall: { width: (w) => w.width, put: putInWall },
  tools: windowTools((id) => createWindow({ id }), putInWall),
  snap: 'anchor',
  mapGeometry: 'point',
  pickRank: 3,
  fields: [
    { key: 'width', label: { zh: '洞口宽度', en: 'Width' }, type: 'number', min: 0.3, max: 20, step: 0.05, unit: 'm' },
    { key: 'sillHeight', label: { zh: '窗台高度', en: 'Sill height' }, type: 'number', min: 0, max: 10, step: 0.05, unit: 'm' },
    { key: 'headHeight', label: { zh: '窗顶高度', en: 'Head height' }, type: 'number', min: 0.3, max: 20, step: 0.05, unit: 'm' },
    { key: 'exterior', label: { zh: '外窗', en: 'Exterior' }, type: 'bool' },
    { key: 'clearGlass', label: { zh: '透明玻璃', en: 'Clear glass' }, type: 'bool' },
  ],
});
