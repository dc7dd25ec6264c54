/**
 * What a kind says about its part in walking, sight, wayfinding, reports and the editor's palette: the per-kind
 * answers that the nav rasters, line of sight, spoken directions, the phone map's warnings, the report plan and the
 * toolbar read instead of lists of kinds of their own.
 */
import type { PlanLabelKind } from '../geometry/label-rules';
import type { Polygon } from '../geometry/polygon';
import type { Vec2 } from '../geometry/vec';
import type { CounterType, EntranceKind, LinkKind, PointKind, PresetId, SignKind, Term, ZoneType } from '../vocab';

/** Eye height in metres: a thing at least this tall blocks a standing person's view. */
export const EYE_HEIGHT_M = 1.5;

/** A gap in a wall that a walker or a line of sight passes through (a door, a glazed window). */
export interface HostGap {
  /** Its centre in plan. */
  at: Vec2;
  /** Its clear width along the wall. */
  width: number;
  /** The wall it sits in; undefined: any wall crossed within its width of `at`. */
  host: string | undefined;
}

/** What a door-like kind cuts through its wall for walking. */
export interface Passage extends HostGap {
  /** Direction of the wall, degrees counter-clockwise from east. */
  rotation: number;
  /** Open to staff only (the public raster keeps it shut). */
  staffOnly: boolean;
  /** The threshold a wheelchair meets, metres (0 when level or ramped). */
  step: number;
}

/**
 * How a kind takes part in walking, for the nav rasters and for which rules re-run when it changes:
 * `blocks` (walls, counters, seats: cells under it are not walkable, see `blocksWalking` per element), `opens` (doors
 * cut their wall: `passage` says where and for whom), `links-floors` (stairs, lifts, ramps join floors), `areas`
 * (zones: `closedArea` is the area closed to the public, or null), `none` (signs, routes: walking never depends on
 * them). Typed so a kind that opens or closes something cannot forget to say what.
 */
export type WalkingPart<E> =
  | { walking: 'blocks' | 'links-floors' | 'none' }
  | { walking: 'opens'; passage(el: E): Passage }
  | { walking: 'areas'; closedArea(el: E): Polygon | null };

/**
 * Its part in line of sight (src/nav/sight.ts): `blocks` (opaque: a wall's axis, else its footprint's edges), a
 * `HostGap` a view passes through its wall (a door, a glazed window), or `none` (below eye level, or see-through).
 */
export type SightPart = 'blocks' | 'none' | HostGap;

/** What naming an element as a landmark needs beyond the element (src/nav/instructions/landmarks.ts provides it). */
export interface LandmarkContext {
  /** The side of the floor a point is on (west, north …), undefined near the middle. */
  side(p: Vec2): Term | undefined;
  /** How many elements of its kind and type its floor holds (two lifts alike are told apart by their side). */
  alike(): number;
  /** The hall's province, whose wording names zone and counter types. */
  preset: PresetId | undefined;
}

/**
 * A thing named in spoken directions: `rank` orders what is named at a turn, lower first (0 lifts and stairs: what
 * people look for; 1 equipment such as an AED; 2 counters; 3 areas, which one is in rather than passes, with `area`).
 * `name.en` is written to follow "past" or "at" ("the west stairs", "counter 5").
 */
export interface LandmarkPart {
  name: Term;
  rank: number;
  at: Vec2;
  area?: Polygon;
}

/** A label a report plan writes for an element (src/rules/report/plan-labels.ts places it among the others). */
export interface PlanLabelPart {
  kind: Exclude<PlanLabelKind, 'measure' | 'snap'>;
  text: string;
  at: Vec2;
  /** Widest the label may be in metres (a zone's width). */
  maxWidthM?: number;
}

/** The options a tool places with (the type of zone, counter, sign, item or link; a door's entrance and width). */
export interface ToolOptions {
  zoneType?: ZoneType;
  counterType?: CounterType;
  /** Gap between counters in a row (metres). */
  counterGap?: number;
  signKind?: SignKind;
  pointKind?: PointKind;
  linkKind?: LinkKind;
  entrance?: EntranceKind;
  doorWidth?: number;
}

/** One stroke of a 24×24 line icon: SVG path data, dashed or filled at a quarter where the drawing needs it. */
export interface IconStroke {
  d: string;
  dash?: string;
  fill?: true;
}

/** The catalogue's groups, in the order the palette shows them. */
export const CATALOGUE_GROUPS = ['zones', 'counters', 'signs', 'facilities', 'vertical', 'building'] as const;
export type CatalogueGroupId = (typeof CATALOGUE_GROUPS)[number];

/** An entry of the catalogue: the tool with its options. `vocabulary`: named as the hall's province names the type. */
export interface CatalogueEntry {
  id: string;
  label: Term;
  options?: ToolOptions;
  vocabulary?: { of: 'zone' | 'counter'; type: string };
}

/** Where a click on a wall lands: the wall, the point on its axis nearest the click, and its direction. */
export interface OnWall {
  wallId: string;
  at: Vec2;
  /** Degrees counter-clockwise from east, along the wall. */
  angle: number;
  /** The wall's ends, to keep what is placed inside it. */
  a: Vec2;
  b: Vec2;
  /** One side of the wall is outside the floor (an outer wall): a window there is an exterior one. */
  outer: boolean;
}

/**
 * A kind set into a wall (a door, a window): how wide it is along the wall, and the element put at `on` (its wall,
 * its centre on the wall's axis, the wall's direction). The editor places such a kind by a click near a wall, keeps
 * it whole inside the wall and clear of what the wall already holds, slides it along its wall when it is dragged and
 * moves it into another wall it is dragged onto (src/editor/wall-slot.ts).
 */
export interface InWall<E> {
  width(el: E): number;
  put(el: E, on: OnWall): E;
}

/**
 * How a tool with no editor class of its own places the kind (src/editor/tools/kind-tool.ts runs it): a click
 * (`point`), a drag or two clicks (`segment`), or a click near a wall (`on-wall`: the kind's `inWall` says how wide
 * it is and how it sits; refused away from walls and over what the wall already holds). `make` builds the element
 * with the tool's options; the editor gives it its id and snaps the points first.
 */
export type Placing<E> =
  | { gesture: 'point'; make(p: Vec2, id: string, options: ToolOptions): E }
  | { gesture: 'segment'; make(a: Vec2, b: Vec2, id: string, options: ToolOptions): E }
  | { gesture: 'on-wall'; make(on: OnWall, id: string, options: ToolOptions): E };

/**
 * A tool that places the kind, as the editor offers it: the toolbar (in registry order), the shortcut list, the
 * catalogue and the icons are generated from these. With `place`, the editor's generic placing tool runs it; without,
 * its behaviour is the editor's tool class of the same id (src/editor/tools/registry.ts; a test fails on a tool with
 * neither).
 */
export interface KindTool<E = never> {
  id: string;
  label: Term;
  /** What the status bar and the shortcut sheet say it does, when more than its label. */
  hint?: Term;
  /** Its key: a letter, or Shift+letter (a test fails on a key two tools or actions share). */
  shortcut?: string;
  icon: readonly IconStroke[];
  /** Where the catalogue lists it, with its entries (each the tool with options). */
  catalogue?: { group: CatalogueGroupId; entries: readonly CatalogueEntry[] };
  place?: Placing<E>;
}
