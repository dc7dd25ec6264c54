/** Editor state and input types shared by the editor, the view and the panels. */
import type { HallDocument } from '../core/document';
import type { HallElement } from '../core/kinds/registry';
import type { Vec2 } from '../core/geometry/vec';
import type { CounterType, LinkKind, PointKind, SignKind, ZoneType, EntranceKind } from '../core/vocab';

export type ToolId = 'select' | 'wall' | 'zone-rect' | 'zone-poly' | 'door' | 'counter' | 'counter-row' | 'sign' | 'point' | 'vlink' | 'route' | 'measure';

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

/** A selection handle: a vertex of one element, or the rotate knob of the selection. */
export type HandleRef = { kind: 'vertex'; elementId: string; index: number } | { kind: 'rotate' };

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
  kind: 'grid' | 'wall' | 'vertex' | 'edge' | 'align-x' | 'align-y';
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
  measure?: { a: Vec2; b: Vec2; length: number };
  /** A hint for the status bar, zh/en. */
  hint?: { zh: string; en: string };
  cursor?: Vec2;
}

export const EMPTY_OVERLAY: Overlay = { ghosts: [], guides: [] };

export interface EditorState {
  doc: HallDocument;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel?: string;
  redoLabel?: string;
  floorId: string;
  selection: string[];
  hoverId?: string;
  tool: ToolId;
  toolOptions: ToolOptions;
  overlay: Overlay;
  viewMode: '2d' | '3d' | 'stack';
  locale: 'zh-CN' | 'en';
  grid: { size: number; snap: boolean };
  error?: { message: string; details?: string[] };
  cameraRequest?: { ids: string[]; floorId: string; nonce: number };
  highlight: string[];
  overlays: Record<string, boolean>;
  /** Failing elements and their worst severity, for badges in the view. */
  badges: Record<string, 'error' | 'warning' | 'info'>;
  /** Last pointer position in plan metres. */
  cursor?: Vec2;
}
