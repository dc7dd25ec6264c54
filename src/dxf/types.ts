/** Public types of the DXF importer: the flattened drawing, layer roles, options, result and progress. */
import type { Term } from '../core/vocab';
import type { HallDocument } from '../core/document';
import type { ElementKind } from '../core/kinds/registry';
import type { DxfStageListener } from './stage-clock';

/** What a layer holds, as the importer reads it. 'ignore' layers are not even drawn as context. */
export type LayerRole = 'wall' | 'door' | 'window' | 'column' | 'furniture' | 'room' | 'text' | 'stair' | 'axis' | 'dimension' | 'hatch' | 'other' | 'ignore';
export const LAYER_ROLES: readonly LayerRole[] = ['wall', 'door', 'window', 'column', 'furniture', 'room', 'text', 'stair', 'axis', 'dimension', 'hatch', 'other', 'ignore'];

/** A straight piece of model-space linework, blocks already exploded (drawing units, world coordinates). */
export interface Seg {
  ax: number;
  ay: number;
  bx: number;
  by: number;
  layer: string;
  /** Index into Drawing.inserts of the model-space INSERT it came from, -1 when drawn directly. */
  ins: number;
}

/** Arc or circle (a1 − a0 = 2π), angles in radians counter-clockwise, world coordinates. */
export interface Arc {
  cx: number;
  cy: number;
  r: number;
  a0: number;
  a1: number;
  layer: string;
  ins: number;
}

/** A closed polyline (bulges drawn as short segments), world coordinates. */
export interface Loop {
  pts: [number, number][];
  layer: string;
  ins: number;
}

export interface Label {
  x: number;
  y: number;
  text: string;
  height: number;
  layer: string;
  ins: number;
  /** The tag when the text is a block attribute (a grid bubble's number, a room tag's name). */
  tag?: string;
}

/** A model-space INSERT: the block it places and where. */
export interface Insert {
  name: string;
  layer: string;
  x: number;
  y: number;
  rotation: number;
  sx: number;
  sy: number;
  /** The insert's attributes (hidden ones too) by upper-case tag: the data a block carries per insert. */
  attrs?: Record<string, string>;
}

export interface LayerInfo {
  name: string;
  /** Entities on the layer in model space (blocks exploded), by type. */
  counts: Record<string, number>;
  total: number;
  /** Turned off or frozen in the drawing: its author does not show it on the plan. */
  hidden?: 'off' | 'frozen';
}

/** The model space as plain primitives, in drawing units. */
export interface Drawing {
  version: string;
  encoding: string;
  binary: boolean;
  /** $INSUNITS code, undefined when absent. */
  insunits?: number;
  segs: Seg[];
  arcs: Arc[];
  labels: Label[];
  loops: Loop[];
  /** Boundary paths of HATCH fills (a filled stair, lift shaft or column), world coordinates. */
  hatches: Loop[];
  inserts: Insert[];
  layers: Map<string, LayerInfo>;
  /** Entities of types the importer does not read (HATCH, SPLINE, 3DFACE …), by type. */
  skipped: Record<string, number>;
}

/** A grid axis (轴线) named by its bubble, drawing units. */
export interface GridAxis {
  name: string;
  /**
   * The line as its unit normal and offset: the points p with nx·px + ny·py = at. A vertical line at x = 5 is
   * (1, 0, 5), a horizontal one at y = 3 is (0, 1, 3); a grid at an angle has both components.
   */
  nx: number;
  ny: number;
  at: number;
  /** Where its name is drawn (the bubble). */
  label: [number, number];
}

/** A rectangle of the drawing holding one plan, in drawing units; the user picks which become floors. */
export interface Frame {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Length of wall linework inside, drawing units (how much of a plan it is). */
  wallLength: number;
  /** A title found near it (e.g. 一层平面图), when there is one. */
  title?: string;
  /** The named grid axes (轴线 1, 2 … A, B …) drawn over it, by which floors are lined up. */
  axes?: GridAxis[];
}

export interface LayerProposal {
  name: string;
  role: LayerRole;
  /** Why: 'name' when the layer's name says it, 'content' when its entities do, 'hidden' when the drawing turns it off or freezes it, 'none' for the default. */
  by: 'name' | 'content' | 'hidden' | 'none';
  counts: Record<string, number>;
  total: number;
  hidden?: 'off' | 'frozen';
}

export interface UnitGuess {
  /** Metres per drawing unit. */
  metres: number;
  /** Unit name: mm, cm, m, in, ft. */
  unit: DxfUnit;
  /** Where it came from. */
  from: 'header' | 'option' | 'guess';
  /** Set when the header said something else than what the drawing measures like. */
  headerSaid?: DxfUnit | 'unitless';
}

export type DxfUnit = 'mm' | 'cm' | 'm' | 'in' | 'ft';

/** What the import dialog shows before anything is built. */
export interface DxfAnalysis {
  fileName: string;
  version: string;
  encoding: string;
  binary: boolean;
  layers: LayerProposal[];
  units: UnitGuess;
  frames: Frame[];
  /** Frames proposed as floors (indexes into frames). */
  proposedFrames: number[];
  /** Extent of the geometry in metres under the proposed unit. */
  widthM: number;
  heightM: number;
  /** What the user should know, in both languages (the UI shows its language's half). */
  warnings: Term[];
}

export interface DxfImportOptions {
  fileName?: string;
  /** Force the unit (CLI --units, the dialog's unit box). */
  units?: DxfUnit;
  /** Roles by layer name, overriding the proposal (CLI --layers walls=A-WALL,doors=A-DOOR). */
  layers?: Record<string, LayerRole>;
  /** Which frames become floors, bottom storey first; default the proposal. */
  frames?: number[];
  /** Name of the hall; default the file name. */
  hallName?: string;
  /** Per stage 0..1; for the stages run once per floor (walls, doors, rooms), how far all the floors are (progress.ts floorsFraction). */
  onProgress?: (stage: DxfStage, fraction: number) => void;
  signal?: AbortSignal;
  /** Told each time the work moves to another stage (the bench's per-stage breakdown). */
  onStage?: DxfStageListener;
}

export type DxfStage = 'read' | 'parse' | 'layers' | 'walls' | 'doors' | 'rooms' | 'done';

/** The DXF linework of one floor, for the context layer: 4 floats (x1, y1, x2, y2) a segment, plan metres. */
export interface DxfFloorLines {
  floorId: string;
  /** Segments by layer role, so the view can colour or hide them. */
  byRole: Partial<Record<LayerRole, Float32Array>>;
  /** The grid axes' names where their bubbles are, plan metres. */
  axes?: { name: string; x: number; y: number }[];
}

export interface DxfImportStats {
  bytes: number;
  /** What the import made, per kind of the registry (0 for a kind it made none of). */
  elements: Record<ElementKind, number>;
  /** Zones named by the drawing's text. */
  namedZones: number;
  /** Stairs, lifts, escalators and ramps (one per shaft when plans of several floors hold it in the same place). */
  vlinks: number;
  /** Per floor, where its rooms came from: the drawing's room outlines, the wall graph's faces, or the raster where the faces do not close. */
  roomsFrom: ('outlines' | 'faces' | 'raster')[];
  /** Milliseconds in dxf-parser alone, and in the whole import. */
  parseMs: number;
  totalMs: number;
}

export interface DxfImportResult {
  doc: HallDocument;
  /** Axis names the floors were lined up on (empty: each floor starts at the corner of what is drawn). */
  alignedOn: string[];
  /** What the user should know, in both languages (the UI shows its language's half). */
  warnings: Term[];
  analysis: DxfAnalysis;
  context: DxfFloorLines[];
  stats: DxfImportStats;
}
