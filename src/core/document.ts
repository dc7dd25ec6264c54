/** The hall document: the `.hall.json` file format, version 1. */
import { z } from 'zod';
import { BaseFields, IdSchema, PolygonSchema, TextSchema, Vec2Schema } from './kinds/base';
import { ElementSchema, type HallElement } from './kinds/registry';
import { refProblems } from './kinds/refs';
import { MAX_OVERRIDES, clip, floorSpanProblem } from './limits';
import { COUNTER_TYPE_IDS, HALL_LEVEL_IDS, type CounterType, type HallLevel } from './vocab';
import { DEFAULT_PRESET, isPresetId, PRESET_ID_PATTERN, PRESET_IDS, type PresetId } from './presets';

export const CURRENT_VERSION = 1 as const;
/** Elements in one hall, all floors together. */
export const MAX_ELEMENTS = 200_000;

/**
 * A scanned plan, photo of the evacuation plan or PDF page under a floor, to trace over. The image is
 * embedded (a PNG or JPEG data URL; a PDF page is stored as the PNG it was rendered to) or, with `link`,
 * referenced by its file name only (`name`; the editor asks for the file when the hall is opened). Pixel (0, 0) is the
 * image's top-left corner; it lies at `position` and the image's x axis points `rotation` degrees
 * counter-clockwise from east, `metresPerPixel` to a pixel.
 */
export const UnderlaySchema = z
  .object({
    name: TextSchema,
    data: z
      .string()
      .max(40_000_000, 'underlay image is larger than 30 MB / 底图过大')
      .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]*$/, 'underlay must be a PNG or JPEG data URL / 底图须为 PNG 或 JPEG')
      .optional(),
    /** Referenced by file name (`name`) instead of embedded: the file is looked for when the hall is opened. */
    link: z.boolean().optional(),
    widthPx: z.number().int().positive().max(20000),
    heightPx: z.number().int().positive().max(20000),
    position: Vec2Schema,
    metresPerPixel: z.number().positive().max(100),
    rotation: z.number().min(-3600).max(3600).default(0),
    opacity: z.number().min(0).max(1).default(0.5),
    visible: z.boolean().default(true),
    /** PDF page number it was rendered from. */
    page: z.number().int().positive().optional(),
  })
  .refine((u) => u.data !== undefined || u.link === true, {
    message: 'an underlay holds its image (data) or is linked by file name (link: true) / 底图须嵌入图像或链接文件',
  });
export type Underlay = z.infer<typeof UnderlaySchema>;

/**
 * The CAD drawing's linework a floor was imported from, kept as context under it (the hall's own elements are what
 * the checks read): the source file's name, per layer role the segments as little-endian float32 quadruples
 * (x1, y1, x2, y2 in floor metres) in base64, and the grid axes' names where their bubbles are.
 */
const FloorLinesSchema = z.object({
  name: TextSchema,
  byRole: z.record(
    z.string().max(20),
    z
      .string()
      .max(40_000_000, 'drawing linework larger than 30 MB / 图纸线条过大')
      .regex(/^[A-Za-z0-9+/=]*$/, 'drawing linework must be base64 / 图纸线条须为 base64'),
  ),
  axes: z
    .array(z.object({ name: TextSchema, x: z.number(), y: z.number() }))
    .max(1000)
    .optional(),
  /**
   * Referenced by file name (`name`) instead of embedded (`byRole` empty): the file is asked for when the hall is
   * opened and imported again as `from` says (unit, layer roles, the frames chosen, this floor's place among them).
   */
  link: z.boolean().optional(),
  from: z
    .object({
      units: z.string().max(8),
      layers: z.record(z.string().max(255), z.string().max(20)),
      frames: z.array(z.number().int().min(0)).max(200),
      index: z.number().int().min(0),
    })
    .optional(),
});
export type FloorLines = z.infer<typeof FloorLinesSchema>;

export const FloorSchema = z.object({
  id: IdSchema,
  name: TextSchema,
  /** Storey number as people say it: 1 = ground floor, -1 = first basement. */
  storey: z.number().int().min(-20).max(200),
  /** Finished floor level in metres above the project zero. */
  elevation: z.number().min(-1000).max(5000),
  /** Floor-to-floor height. */
  height: z.number().positive().max(100).default(4.5),
  /** Building outline on this floor (counter-clockwise). */
  outline: PolygonSchema.optional(),
  elements: z.array(ElementSchema).max(200000).default([]),
  ifcGlobalId: BaseFields.ifcGlobalId,
  /** Image or PDF page to trace over (optional, additive: files without it are unchanged). */
  underlay: UnderlaySchema.optional(),
  /** The imported CAD drawing's linework under this floor (optional, additive). */
  lines: FloorLinesSchema.optional(),
});
export type Floor = z.infer<typeof FloorSchema>;

export const QueueParamsSchema = z.object({
  /** Peak arrivals per hour for this counter type. */
  arrivalsPerHour: z.number().min(0).max(100000),
  /** Mean service time in minutes. */
  serviceMin: z.number().positive().max(1000),
});

export const GeorefSchema = z.object({
  /** WGS84 latitude of the plan origin (0, 0). */
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Bearing of the plan's +y axis, degrees clockwise from true north. */
  rotation: z.number().min(-360).max(360).default(0),
  /** Height of project zero above sea level. */
  altitude: z.number().optional(),
});
export type Georef = z.infer<typeof GeorefSchema>;

/** What the people working through the findings decided about one (keyed by the finding's stable key). */
export const FINDING_STATUSES = ['open', 'in-progress', 'accepted', 'fixed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
export const FindingCommentSchema = z.object({
  author: z.string().max(200),
  /** ISO 8601 date and time. */
  date: z.string().max(40),
  text: TextSchema,
  /** BCF comment Guid when it came from or went to a BCF file, so a round trip does not duplicate it. */
  guid: z.string().max(64).optional(),
});
export const FindingStateSchema = z.object({
  status: z.enum(FINDING_STATUSES),
  /** Why an accepted finding is accepted (a deviation the client agreed to). */
  reason: TextSchema.optional(),
  /** Who accepted it: the name the person working through the findings signs comments with. */
  acceptedBy: z.string().max(200).optional(),
  assignee: z.string().max(200).optional(),
  comments: z.array(FindingCommentSchema).max(1000).optional(),
  /** ISO date of the last change. */
  updated: z.string().max(40).optional(),
});
export type FindingState = z.infer<typeof FindingStateSchema>;
export type FindingComment = z.infer<typeof FindingCommentSchema>;

export const MetaSchema = z.object({
  name: TextSchema.default('未命名大厅'),
  nameEn: TextSchema.optional(),
  /**
   * A registered province (src/core/presets.ts: one presets/<id>.json each). The JSON Schema says only what an id
   * looks like, not which exist: provinces are data, so adding one must not regenerate hall.schema.json; the loader
   * checks the id against the registry and names the known ones.
   */
  preset: z
    .string()
    .regex(PRESET_ID_PATTERN, 'a preset id is lower-case letters, digits and - / 标准预设名只含小写字母、数字和 -')
    .refine((id): id is PresetId => isPresetId(id), {
      error: (iss) => `unknown preset "${clip(String(iss.input))}": one of ${PRESET_IDS.join(', ')} / 未知的标准预设「${clip(String(iss.input))}」，可选：${PRESET_IDS.join('、')}`,
    })
    .default(DEFAULT_PRESET)
    .meta({ description: 'a province: the id of one presets/<id>.json (checked against the registered presets when the file is loaded)' }),
  level: z.enum(HALL_LEVEL_IDS as [HallLevel, ...HallLevel[]]).default('county'),
  georef: GeorefSchema.optional(),
  /** Queue inputs per counter type; rules fall back to the preset's when absent. */
  queue: z.partialRecord(z.enum(COUNTER_TYPE_IDS as [CounterType, ...CounterType[]]), QueueParamsSchema).default({}),
  /** User overrides of preset parameters, by parameter id (e.g. `oneMetreLineM`). */
  ruleOverrides: z
    .record(z.string().max(80, 'parameter id is longer than 80 characters'), z.union([z.number(), z.boolean(), z.string().max(80)]))
    .refine((o) => Object.keys(o).length <= MAX_OVERRIDES, `more than ${MAX_OVERRIDES} parameter overrides`)
    .default({}),
  /** Rule ids switched off by the user for this hall. */
  disabledRules: z.array(z.string().max(80)).max(500).default([]),
  sprinklers: z.boolean().default(false),
  /** The hall is crowded (accessible routes need 1.80 m). */
  crowded: z.boolean().default(false),
  /** Where the model came from when imported. */
  source: z
    .object({ kind: z.enum(['ifc', 'manual', 'dxf']), fileName: TextSchema.optional(), schema: TextSchema.optional(), projectGlobalId: z.string().max(64).optional() })
    .optional(),
  /** Findings worked on as issues: status, assignee, comments, by finding key; kept across re-checks. */
  findingStates: z.record(z.string().max(1000), FindingStateSchema).optional(),
});
export type Meta = z.infer<typeof MetaSchema>;

export const HallDocumentSchema = z
  .object({
    $schema: z.string().max(500).optional(),
    format: z.literal('halltwin').default('halltwin'),
    version: z.literal(CURRENT_VERSION),
    meta: MetaSchema,
    floors: z.array(FloorSchema).max(200),
  })
  .superRefine((doc, ctx) => {
    // Cross references: unique ids, vertical links and doors that name things that exist.
    const seen = new Map<string, string>();
    const kindOfId = new Map<string, string>();
    const floorIds = new Set<string>();
    let total = 0;
    doc.floors.forEach((f, fi) => {
      if (seen.has(f.id)) ctx.addIssue({ code: 'custom', path: ['floors', fi, 'id'], message: `duplicate id "${f.id}" (also ${seen.get(f.id)})` });
      seen.set(f.id, `floors[${fi}]`);
      kindOfId.set(f.id, 'floor');
      floorIds.add(f.id);
    });
    doc.floors.forEach((f, fi) => {
      f.elements.forEach((e, ei) => {
        const here = `floors[${fi}].elements[${ei}]`;
        if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['floors', fi, 'elements', ei, 'id'], message: `duplicate id "${e.id}" (also ${seen.get(e.id)})` });
        seen.set(e.id, here);
        kindOfId.set(e.id, e.kind);
      });
      total += f.elements.length;
      const span = floorSpanProblem(f);
      if (span) ctx.addIssue({ code: 'custom', path: ['floors', fi], message: span });
    });
    if (total > MAX_ELEMENTS) ctx.addIssue({ code: 'custom', path: ['floors'], message: `the hall holds ${total} elements, more than ${MAX_ELEMENTS} / 元素数量超过上限` });
    doc.floors.forEach((f, fi) => {
      f.elements.forEach((e, ei) => {
        if (e.kind === 'vlink') {
          e.floors.forEach((id, k) => {
            if (!floorIds.has(id)) ctx.addIssue({ code: 'custom', path: ['floors', fi, 'elements', ei, 'floors', k], message: `vertical link joins unknown floor "${id}"` });
          });
        }
        for (const p of refProblems(e, kindOfId)) ctx.addIssue({ code: 'custom', path: ['floors', fi, 'elements', ei, p.key], message: p.message });
      });
    });
  });
export type HallDocument = z.infer<typeof HallDocumentSchema>;
export type { HallElement };

export function emptyDocument(name = '未命名大厅'): HallDocument {
  return {
    format: 'halltwin',
    version: CURRENT_VERSION,
    meta: MetaSchema.parse({ name }),
    floors: [{ id: 'F1', name: '1F', storey: 1, elevation: 0, height: 4.5, elements: [] }],
  };
}
