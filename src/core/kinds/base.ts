/** Shared pieces of every element kind's schema and definition. */
import { z } from 'zod';
import type { Vec2 } from '../geometry/vec';
import type { Polygon } from '../geometry/polygon';
import { selfIntersection, area } from '../geometry/polygon';
import type { PresetId, Term } from '../vocab';
import { MAX_COORD_M, MAX_LENGTH_M } from '../limits';
import type { InWall, KindTool, LandmarkContext, LandmarkPart, PlanLabelPart, SightPart, WalkingPart } from './roles';

export const MAX_TEXT = 500;

export const IdSchema = z
  .string()
  .min(1, 'id is empty')
  .max(80, 'id is longer than 80 characters')
  .regex(/^[A-Za-z0-9_\-:.$]+$/, 'id may hold only letters, digits and _ - : . $');

export const TextSchema = z.string().max(MAX_TEXT, `text is longer than ${MAX_TEXT} characters`);
export const BilingualSchema = z.object({ zh: TextSchema, en: TextSchema.default('') });

/** A plan coordinate in metres, at most MAX_COORD_M from the origin (larger values are typing or unit mistakes). */
export const Coord = z
  .number()
  .min(-MAX_COORD_M, `coordinate is more than ${MAX_COORD_M} m from the plan origin / 坐标距原点超过 ${MAX_COORD_M} 米`)
  .max(MAX_COORD_M, `coordinate is more than ${MAX_COORD_M} m from the plan origin / 坐标距原点超过 ${MAX_COORD_M} 米`);
export const Vec2Schema = z.tuple([Coord, Coord]) as unknown as z.ZodType<Vec2>;
export const PositiveLen = z.number().positive().max(MAX_LENGTH_M, `longer than ${MAX_LENGTH_M} m / 超过 ${MAX_LENGTH_M} 米`);
export const Angle = z.number().min(-3600).max(3600);

/** A simple (not self-crossing) ring of at least 3 points with positive area. */
export const PolygonSchema = z
  .array(Vec2Schema)
  .min(3, 'a polygon needs at least 3 points')
  .max(5000, 'a polygon may have at most 5000 points')
  .superRefine((pts, ctx) => {
    const hit = selfIntersection(pts as Polygon);
    if (hit) {
      ctx.addIssue({
        code: 'custom',
        message: `polygon crosses itself (edge ${hit.i} meets edge ${hit.j}) / 多边形自相交`,
        path: [hit.j],
      });
    } else if (area(pts as Polygon) < 1e-6) {
      ctx.addIssue({ code: 'custom', message: 'polygon has no area / 多边形面积为零' });
    }
  }) as unknown as z.ZodType<Polygon>;

export const BaseFields = {
  id: IdSchema,
  name: TextSchema.optional(),
  /** IFC GlobalId of the element this came from or was exported as; kept stable across exports. */
  ifcGlobalId: z.string().max(64).optional(),
  locked: z.boolean().optional(),
};

/** Inspector field description, rendered by ui/ without a per-kind switch. */
export interface FieldSpec {
  /** Dot path into the element, e.g. `top.height`. */
  key: string;
  label: Term;
  type: 'number' | 'text' | 'bool' | 'enum' | 'floors';
  /** For enums: the allowed ids and their labels. */
  options?: Readonly<Record<string, Term>>;
  min?: number;
  max?: number;
  step?: number;
  unit?: 'm' | 'deg' | 'm²' | '';
  /**
   * What the hall implies while the element leaves the field unset, by name (`exterior-door`: a door in the outer
   * wall is exterior, src/core/implied.ts): the inspector shows it, as the checks read the element, not an empty box.
   */
  implied?: 'exterior-door';
  /**
   * What an unset number takes from the element's floor (`floor-height`: a wall as tall as its storey): the inspector
   * shows it in the empty box, saying where it comes from, and clearing the box gives the field back to the floor.
   */
  unsetTakes?: 'floor-height';
  /**
   * For an optional enum: what leaving it unset means (a furniture type not given is read from its height). The
   * inspector offers it as the first choice, so a value once chosen can be taken back.
   */
  unsetLabel?: Term;
  /** Enums of zone or counter types: their options are named as the hall's province names them (src/core/terms.ts). */
  vocabulary?: 'zone' | 'counter';
  /** Shown only for elements whose field `key` holds one of `values` (a seat's count is no AED's business). */
  onlyWhen?: { key: string; values: readonly string[] };
}

/**
 * What the pointer snaps to on a kind (src/editor/snapping.ts): `axis` its segments' ends, midpoints, extensions,
 * perpendicular feet and lines (walls: what one draws from and along); `outline` its footprint's corners and edges
 * (rooms, furniture); `anchor` alignment with its anchor in x and y (counters, signs, doors …).
 */
export type SnapRole = 'axis' | 'outline' | 'anchor';

/**
 * Its geometry in map exports (GeoJSON): `area` its footprint as a polygon, `line` its segments chained as one line
 * (walls, routes), `point` its anchor (counters, signs, doors: what a map marks rather than outlines).
 */
export type MapGeometry = 'area' | 'line' | 'point';

/**
 * How a kind is written to IFC (src/ifc/export.ts) and recognised on import (src/ifc/import.ts): the entities it is
 * written as and those of other models that become it, or why it has no IFC counterpart.
 */
export type IfcMapping =
  | {
      /** IFC4 entities it is written as (which one can depend on the element, e.g. a stair or a lift). */
      to: readonly [string, ...string[]];
      /** Our property set on it, which brings the element back whole when the IFC is imported again. */
      pset: string;
      /** Entities of other authors' models imported as this kind (empty: only our own round trip). */
      from: readonly string[];
    }
  | { to: null; why: string };

/** What naming an element for people needs beyond the element (src/core/element-label.ts provides it). */
export interface NamingContext {
  /** The name a person wrote on it, if any (not an exporter's family:type:id string, not one of our generated ids). */
  own: string | undefined;
  /** The room at a plan point of the element's floor, named as a person names it (an unnamed, unclassified room is no name). */
  roomAt(p: Vec2): Term | undefined;
  /** Its place among the floor's elements of its kind (1 = first drawn), for one with nothing else to be named by, as Revit's Mark. */
  ordinal?(): number;
  /** The hall's province: a type a room is named by is worded as it words it (src/core/terms.ts). */
  preset?: PresetId;
}

/** A length as reports write it: `2.4 m`. */
export const metres = (x: number) => `${Math.round(x * 100) / 100} m`;

/**
 * A field of an element naming another element. `host`: the element it sits in (a door's wall), which takes it along
 * when removed or moved, and which a copy keeps only when the host is copied with it; other references (a sign's
 * target, a seat's counter) follow a copied element and otherwise stay. `kind`: what the named element must be, checked
 * when a file is loaded (`says`: how the message words the relation).
 */
export interface RefField {
  key: string;
  host?: true;
  /**
   * Kinds of the element named here that a click picks before this one when both are under the pointer, this one
   * on a second click or Tab: a counter before its number plate or its evaluator, which are its details. (A door is
   * picked before its wall: its host ref names none.)
   */
  pickedAfter?: readonly string[];
  kind?: string;
  says?: Term;
}

/**
 * How report plans (src/rules/report/plan-svg.ts) and issue snapshots (src/rules/bcf/raster.ts) draw an element:
 * `room` a filled area under everything else, named by `title`; `line` a stroke `width` metres wide; `solid` a filled
 * footprint; `dot` a disc at `at` (a door on a small plan), outlined by `polygon` where a disc would be too coarse.
 */
export type PlanMark =
  | { shape: 'room'; polygon: Polygon; fill: string; title: string }
  | { shape: 'line'; a: Vec2; b: Vec2; width: number; colour: string }
  | { shape: 'solid'; polygon: Polygon; colour: string }
  | { shape: 'dot'; at: Vec2; radius: number; polygon: Polygon; colour: string };

/**
 * The hole a hosted element cuts in its host wall (a window): centred at `at` on the wall, `width` along it, from
 * `bottom` to `top` above the floor. The host is drawn around it in the views.
 */
export interface HostCut {
  at: Vec2;
  width: number;
  bottom: number;
  top: number;
}

interface KindCore<E extends { kind: string; id: string }> {
  kind: E['kind'];
  label: Term;
  /** The Chinese measure word a count of it takes ("12 道墙", "5 扇门"); without it, 个. */
  measureWord?: string;
  schema: z.ZodType<E>;
  /** New element with defaults; `init` overrides. */
  create(init: Partial<E> & { id: string }): E;
  /** Plan footprint, or null for a line-like element (wall, route) whose shape is its `segments`. */
  footprint(el: E): Polygon | null;
  /** Line segments that make up the element, used for snapping and hit-testing thin elements. */
  segments?(el: E): [Vec2, Vec2][];
  /**
   * For a kind picked along its segments rather than by its footprint (walls, routes): half the width of the band
   * around them that a click hits.
   */
  halfWidth?(el: E): number;
  /** Where to put the camera/badge for this element. */
  anchor(el: E): Vec2;
  translate(el: E, d: Vec2): E;
  rotate(el: E, deg: number, about: Vec2): E;
  /** Does it block citizens' walking? (walls, counters, obstacles yes; signs on walls no). */
  blocksWalking(el: E): boolean;
  /** Its part in line of sight (required: a wall the sight lines forget lets signs be seen through it). */
  sight(el: E): SightPart;
  /** Its IFC counterpart both ways (required, or say why there is none). */
  ifc: IfcMapping;
  /** What the pointer snaps to on it. */
  snap: SnapRole;
  /** Its geometry in map exports. */
  mapGeometry: MapGeometry;
  /** Picking order where elements overlap, lower first: small things before the zones they stand in. */
  pickRank: number;
  /** Points the user drags one at a time (polygon corners, wall ends, route points); without it, no vertex editing. */
  vertices?(el: E): readonly Vec2[];
  /** The element with vertex `i` moved to `p` (kinds with `vertices`). */
  moveVertex?(el: E, i: number, p: Vec2): E;
  fields: FieldSpec[];
  /** Its drawing on report plans and issue snapshots (required: a kind the report forgets is invisible there); null: not drawn. */
  plan(el: E, preset?: PresetId): PlanMark | null;
  /** Fields naming other elements; without it, none. */
  refs?: readonly RefField[];
  /** Its type within the kind (a zone's type, a sign's kind …): what "select similar" matches; without it, the kind alone. */
  variant?(el: E): string;
  /** What the ids of its copies start with; without it, the kind (points are named by what they are: aed-2). */
  idPrefix?(el: E): string;
  /**
   * A cheap proof that the schema would accept it and give it back unchanged (src/core/kinds/as-schema-gives.ts): what
   * lets a large import skip the schema. Without it, or when it answers false, the schema runs.
   */
  asSchemaGives?(el: E): boolean;
  /** Set into a wall (its host, see `refs`): placed, dragged and re-hosted along walls by the editor; without it, it stands free. */
  inWall?: InWall<E>;
  /** The hole it cuts in its host (see `refs`' host) where the views draw the host; without it, none. */
  cutsHost?(el: E): HostCut;
  /** How a report or an issue names it (never by its id); without it, the name a person wrote, else the kind's label. */
  describe?(el: E, ctx: NamingContext): Term;
  /** The floors it also stands on besides the one it is stored on (a lift on every floor it joins). */
  alsoOn?(el: E): readonly string[];
  /** How spoken directions name it as a landmark; without it, or null, it is not one. */
  landmark?(el: E, ctx: LandmarkContext): LandmarkPart | null;
  /** A place citizens come to the hall for (a counter, a public room): what the phone map must have enough of. */
  destination?(el: E): boolean;
  /** Used by citizens (a public room, their entrance): a floor holding one is a public floor. */
  usedByCitizens?(el: E): boolean;
  /** The label a report plan writes for it; without it, or null, none. `preset` names zone and counter types. */
  planLabel?(el: E, preset: PresetId | undefined): PlanLabelPart | null;
  /** The tools that place it (toolbar, shortcuts, catalogue, icons); without them, it is made only by import or paste. */
  tools?: readonly KindTool<E>[];
}

/**
 * An element kind: its core and its part in walking (required: a kind the nav rasters and the incremental checker
 * forget is a silent bug; one that opens or closes something says what).
 */
export type KindDef<E extends { kind: string; id: string }> = KindCore<E> & WalkingPart<E>;

export function defineKind<E extends { kind: string; id: string }>(def: KindDef<E>): KindDef<E> {
  return def;
}
