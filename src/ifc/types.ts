/** Public types of the IFC importer: options, result, progress and the context geometry for the 3D view. */
import type { HallDocument } from '../core/document';
import type { Term } from '../core/vocab';

/** The stages of an import, in the order they run (what a stage reads comes from the stages before it). */
export const IMPORT_STAGES = ['open', 'storeys', 'spaces', 'walls', 'doors', 'links', 'furniture', 'geometry', 'done'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

export interface ImportOptions {
  fileName?: string;
  onProgress?: (stage: ImportStage, fraction: number) => void;
  signal?: AbortSignal;
  /** Folder holding web-ifc.wasm (ends with '/'); in Node the installed package's folder is used when absent. */
  wasmPath?: string;
  /** Build the merged context meshes and plan cut lines (the view needs them; the CLI does not). Default false. */
  withGeometry?: boolean;
}

/** One merged mesh of all IFC objects of one group (IFC type family), ready for a BufferGeometry. */
export interface ContextMesh {
  /** Group name, e.g. 'IfcWall', 'IfcSlab', 'IfcWindow'. */
  group: string;
  /** World positions, three.js axes (x = plan x, y = elevation, z = −plan y), 3 floats a vertex. */
  positions: Float32Array;
  // No normals: the context layer is drawn flat-shaded (normals from screen-space derivatives), which
  // suits planar BIM faces, and leaves out half the vertex data built, sent to the page and uploaded.
  indices: Uint32Array;
  /** Linear RGBA of the group's first object (web-ifc's surface colour). */
  color: [number, number, number, number];
  /** How many IFC objects went into this mesh. */
  objects: number;
  /**
   * Bounding box and sphere of `positions` (as three.js computes them), worked out in the worker so the
   * main thread does not walk every vertex when the mesh is shown.
   */
  bounds?: MeshBounds;
}

export interface MeshBounds {
  min: [number, number, number];
  max: [number, number, number];
  center: [number, number, number];
  radius: number;
}

/** Segments of the model cut by a horizontal plane 1.2 m above a floor: 4 floats (x1, y1, x2, y2) a segment, plan metres. */
export interface FloorCut {
  floorId: string;
  cutElevation: number;
  segments: Float32Array;
}

export interface ContextGeometry {
  meshes: ContextMesh[];
  cuts: FloorCut[];
}

export interface ImportStats {
  schema: string;
  bytes: number;
  storeys: number;
  /** Each storey's elevation (m) and where it was read: its Elevation attribute or its placement chain. */
  storeyElevations: { name: string; elevation: number; source: 'attribute' | 'placement' }[];
  spaces: number;
  walls: number;
  doors: number;
  links: number;
  obstacles: number;
  /** Counters, signs and points recognised from our own property sets (a re-imported export). */
  designed: number;
  meshes: number;
  triangles: number;
  /** Milliseconds per stage. */
  ms: Partial<Record<ImportStage, number>>;
  totalMs: number;
}

/** An import warning in both languages: the editor shows the UI language's, the CLI prints both. */
export type ImportWarning = Term;

export interface ImportResult {
  doc: HallDocument;
  warnings: ImportWarning[];
  context?: ContextGeometry;
  stats: ImportStats;
}
