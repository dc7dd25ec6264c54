/** Editor state and input types shared by the editor, the view and the panels. */
import type { EditorStore } from './store';
import type { Command } from '../core/commands';
import type { Floor, HallDocument } from '../core/document';
import type { HallElement } from '../core/kinds/registry';
import type { Vec2 } from '../core/geometry/vec';
import type { Term } from '../core/vocab';

/**
 * A tool's id: the editor's own tools, or one a kind declares with a generic placing behaviour (src/core/kinds/<kind>,
 * `tools[].place`; src/editor/kind-tools.ts), whose ids the registry knows only at run time.
 */
export type ToolId = BuiltinToolId | (string & {});
export type BuiltinToolId = 'select' | 'wall' | 'zone-rect' | 'zone-poly' | 'counter' | 'counter-row' | 'sign' | 'point' | 'vlink' | 'route' | 'measure' | 'outline';

import type { ToolOptions } from '../core/kinds/roles';
export type { ToolOptions };

/**
 * A handle: a vertex of one selected element, the rotate knob of the selection, or (with the outline tool) a vertex
 * of the floor outline or the midpoint of its edge `index` (from vertex index to the next), where a vertex is inserted.
 */
export type HandleRef =
  | { kind: 'vertex'; elementId: string; index: number }
  | { kind: 'rotate' }
  | { kind: 'outline-vertex'; index: number }
  | { kind: 'outline-edge'; index: number };

export interface PlanPointerEvent {
  /** Plan coordinates in metres on the current floor. */
  point: Vec2;
  button?: number;
  shift?: boolean;
  alt?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  /** Element under the pointer, when the view knows it. */
  hitId?: string;
  /** Handle under the pointer, when the view knows it; a structured reference since element ids may hold ':'. */
  handle?: HandleRef;
  /** Double click (ends polylines). */
  double?: boolean;
}

export interface EditorKeyEvent {
  key: string;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export interface Guide {
  a: Vec2;
  b: Vec2;
  /** 'vertex' is an endpoint or corner; 'ortho' the Shift angle lock's ray. */
  kind: 'grid' | 'wall' | 'vertex' | 'edge' | 'align-x' | 'align-y' | 'midpoint' | 'perpendicular' | 'extension' | 'ortho' | 'front';
}

/** What the active tool wants drawn on top of the document. */
export interface Overlay {
  /** Elements being placed, drawn translucent. */
  ghosts: HallElement[];
  guides: Guide[];
  snap?: { point: Vec2; kind: Guide['kind'] };
  marquee?: { a: Vec2; b: Vec2 };
  /** Polyline being drawn (walls, zones, routes). */
  path?: Vec2[];
  /** The last fixed corner of that polyline: the view pans to keep it in sight (a typed length may put it off screen). */
  corner?: Vec2;
  /** `done` once the second point is clicked (the rubber band before it has none). */
  measure?: { a: Vec2; b: Vec2; length: number; done?: boolean };
  /** Dynamic input on the rubber-band segment: its length and angle, and what the user has typed so far. */
  dim?: SegmentDim;
  /** Ghosts drawn as a problem (a counter whose citizen side is blocked). */
  blockedIds?: string[];
  /** Width × depth and area of a rectangle being dragged. */
  rect?: { a: Vec2; b: Vec2 };
  /** A hint by the cursor and in the status bar, zh/en. */
  hint?: { zh: string; en: string };
  /** What a click of the armed tool does here, for the status bar only (where a hint by the cursor would crowd it). */
  status?: { zh: string; en: string };
  cursor?: Vec2;
}

/** Typed values of dynamic input (as typed, so "12." shows while typing); the field Tab moved to. */
export interface TypedInput {
  length: string;
  angle: string;
  field: 'length' | 'angle';
}

export interface SegmentDim {
  a: Vec2;
  b: Vec2;
  /** Metres. */
  length: number;
  /** Degrees counter-clockwise from plan east (+x), 0..360. */
  angle: number;
  typed?: TypedInput;
}

export const EMPTY_OVERLAY: Overlay = { ghosts: [], guides: [] };

export interface EditorState {
  doc: HallDocument;
  /**
   * The document as it was before the gesture in progress (a drag, a rotation, a vertex edit), else `doc`. Panels
   * that list or count the hall read this one: they update once when the gesture ends, not on every pointer move.
   */
  settledDoc: HallDocument;
  /** A gesture is in progress: its moves are one undo step, and panels hold what they show until it ends. */
  gesture: boolean;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel?: string;
  redoLabel?: string;
  floorId: string;
  selection: string[];
  hoverId?: string;
  /** Everything under the cursor in pick order when it is more than one thing; Tab moves hoverId along it. */
  hoverCandidates?: string[];
  tool: ToolId;
  toolOptions: ToolOptions;
  overlay: Overlay;
  viewMode: '2d' | '3d' | 'stack';
  locale: 'zh-CN' | 'en';
  grid: { size: number; snap: boolean };
  /** The error banner: a message or detail line in both languages shows the UI language's; a string (already in it) as it is. */
  error?: { message: Term | string; details?: (Term | string)[] };
  /**
   * The only way the view's camera moves by itself: an explicit framing (zoom to fit, switching floor, a clicked
   * finding, opening a file). `ids` empty frames the whole floor. Edits, undo/redo and checks never set it.
   */
  cameraRequest?: { ids: string[]; floorId: string; nonce: number /** Places to frame that are not elements of the hall (where a removed element stood). */; points?: Vec2[] };
  /** Counts the halls opened (a file, an import, New): what belonged to the hall before (a findings search) goes. */
  hallsOpened?: number;
  highlight: string[];
  /** Stretches of the plan the open finding is about (a boundary without a wall): marked instead of filling its elements. */
  highlightStretches?: { floorId: string; stretches: [Vec2, Vec2][] };
  overlays: Record<string, boolean>;
  /** Failing elements and their worst severity, for badges in the view. */
  badges: Record<string, 'error' | 'warning' | 'info'>;
  /** Last pointer position in plan metres. */
  cursor?: Vec2;
  /** A problem with what was just placed, shown at once (before the rules run), with the elements concerned. */
  flag?: { ids: string[]; zh: string; en: string };
  /** Neighbouring floors drawn faintly under the 2D plan, for tracing (below on by default, as in Revit's underlay). */
  underlay: { below: boolean; above: boolean };
  /** Other floors drawn as faint ghosts in 3D, for context above and below (shown unless set to false). */
  ghostFloors?: boolean;
  /** A floor just added over one with walls or an outline: offer to copy them up. */
  floorCopyOffer?: { floorId: string; fromId: string };
  /** A floor just added over stairs and lifts that stop below it: offer to extend them up. */
  linkExtendOffer?: { floorId: string; ids: string[] };
  /** The keyboard shortcut sheet is open (the ? key). */
  shortcutSheet?: boolean;
  /** An outline just made from a closed loop of walls, for the user to keep or remove. */
  outlineOffer?: { floorId: string; area: number; previous?: Vec2[] };
}

/**
 * What the editor's command modules (selection, clipboard, outline, floors, keys) use of the editor: the document,
 * the current floor and selection, and running a command. An interface rather than the Editor class, which imports
 * those modules and would otherwise form an import cycle with them.
 */
export interface EditorHost {
  readonly doc: HallDocument;
  readonly floor: Floor;
  /** The elements standing on the current floor (src/core/standing-on.ts): what is picked, selected and counted there. */
  readonly standing: readonly HallElement[];
  readonly floorId: string;
  readonly selection: string[];
  readonly store: EditorStore<EditorState>;
  readonly grid: { size: number; snap: boolean };
  execute(cmd: Command): boolean;
  /** Shows the error banner; a message in both languages shows the UI language's (a string is shown as it is). */
  fail(message: Term | string, details?: string[]): void;
  select(ids: string[], mode?: 'replace' | 'add' | 'toggle'): void;
  setFloor(id: string): void;
  newId(prefix: string): string;
  nextCounterNumberValue(): number;
  selectionCenter(): Vec2;
}
