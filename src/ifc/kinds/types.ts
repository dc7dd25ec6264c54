/**
 * What a kind's IFC mapping is made of on our side (src/ifc/kinds/<kind>.ts): how its elements are written and how
 * they are read back. Which IFC entities become the kind is not said here but in its definition (`ifc.from` in
 * src/core/kinds/<kind>), so the importer reads exactly the entities the registry lists.
 */
import type { ImportWarning } from '../types';
import type { Floor, HallDocument } from '../../core/document';
import type { ElementOf, ElementKind, HallElement } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import type { ElementGeom, MeshCollector } from '../meshes';
import type { Frame } from '../placements';
import type { ModelReader } from '../reader';
import type { Place, Target } from '../step-shapes';
import type { ImportOptions, ImportStage } from '../types';

/** Our property set's values as read back. */
export type Props = Record<string, string | number | boolean>;

/** A wall as its doors need it: its element id and its axis. */
export interface ImportedWall {
  id: string;
  a: Vec2;
  b: Vec2;
}

/** The import so far, shared by the kinds' importers. */
export interface ImportContext {
  r: ModelReader;
  /** Metres per file length unit. */
  scale: number;
  floors: Floor[];
  warnings: ImportWarning[];
  opts: ImportOptions;
  stage(s: ImportStage, f: number): void;
  meshes: MeshCollector;
  /** Our property set `name` on line `id`. */
  ps(id: number, name: string): Props | undefined;
  /** Lines aggregated into a line (a stair's flights). */
  childrenOf: ReadonlyMap<number, readonly number[]>;
  /** The line a line is aggregated into. */
  parentOf: ReadonlyMap<number, number>;
  /** Index into `floors` of a line, by containment, else by its geometry's elevation. */
  floorOf(id: number, geom?: ElementGeom): number;
  /** A fresh element id, the one our property set carries when it is free. */
  newId(prefix: string, p?: Props): string;
  put(floorIndex: number, el: HallElement): void;
  /** Walls by their IFC line, for the doors that sit in them. */
  walls: Map<number, ImportedWall>;
  /** Doors that carry our property set (their `exterior` is theirs, not inferred). */
  ownDoors: Set<string>;
  /** Lines brought back as our own elements (not to be read again as other models' furniture). */
  designed: Set<number>;
}

/** A line of ours (it carries the kind's property set), with its placement read. */
export interface OwnLine {
  id: number;
  line: { Name?: unknown; GlobalId?: unknown } | undefined;
  frame: Frame;
  /** Plan position of the placement, metres. */
  position: Vec2;
}

/** Where a writer puts an element. */
export interface WriteContext {
  t: Target;
  doc: HallDocument;
  floor: Floor;
  place: Place;
  /** Walls written so far on this floor, for the doors that cut them. */
  walls: Map<string, { el: number; thickness: number }>;
}

export interface KindIfc<K extends ElementKind> {
  /** Writes the element, returns its entity line (undefined: nothing written). */
  write?(el: ElementOf<K>, c: WriteContext): number | undefined;
  /**
   * Other authors' entities (`ifc.from` of the kind) made into elements. Runs in stage `stage`, after the kinds
   * before it in IFC_IMPORT_ORDER (a door needs its wall).
   */
  fromEntities?: {
    stage: ImportStage;
    /** Keep plan triangles of its entities (an outline traced from faces), not only their points. */
    outline: boolean;
    /** Its entities' aggregated parts count as its geometry (a stair's flights). */
    withParts?: boolean;
    /** web-ifc's all-meshes stream leaves its entities out (IfcSpace): their meshes are streamed by type first. */
    streamedByType?: boolean;
    /** `ids`: lines of all its entities; `byEntity`: the same per entity of `ifc.from`, in that order. */
    run(c: ImportContext, ids: number[], byEntity: ReadonlyMap<string, number[]>): void;
  };
  /** An element of ours brought back from its property set (`ifc.pset`); false when the set does not make one. */
  fromPset?: {
    /** Keep plan triangles of the line's geometry (its outline is its shape). */
    outline?: boolean;
    run(c: ImportContext, own: OwnLine, p: Props): boolean;
  };
}
