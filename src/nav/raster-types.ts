/** The walking raster of a floor, and what it is computed from (kept apart so the raster's parts share them). */
import type { BBox, Polygon } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';

export interface FloorGrid {
  floorId: string;
  elevation: number;
  origin: Vec2;
  cell: number;
  cols: number;
  rows: number;
  /** 1 = inside the floor and not blocked. */
  free: Uint8Array;
  /** 1 = staff-only (staff zone or staff door). */
  staff: Uint8Array;
  /** Free half-width around each cell in metres (distance to the nearest blocked cell), for width limits. */
  clearance: Float32Array;
  /** 1 = a door threshold with a step and no ramp (closed to wheelchairs). */
  stepped: Uint8Array;
  /** Clear width of the door whose opening covers the cell (0 elsewhere): wheelchair routes pass doors by it. */
  doorWidth: Float32Array;
  /**
   * Exact clear width of the passage at each free cell's centre, from the real outlines (src/nav/clearance.ts),
   * capped at CLEARANCE_CAP_M; 0 for blocked cells. Width limits read this, not `clearance`.
   */
  passWidth: Float32Array;
  /**
   * Per cell, the steps (bit k: the search's k-th neighbour, mask.ts NEIGHBOURS) that pass through an obstacle
   * thinner than a cell, which closes neither cell beside it (raster-cuts.ts): searches leave them out.
   */
  cut: Uint8Array;
  /**
   * Diagonal steps past a blocked corner cell with no way round that run clear of every obstacle through a gap,
   * with that gap's clear width (raster-gaps.ts): a search takes one when its width limit allows.
   */
  gaps: GapSteps;
  /**
   * Steps across the chord between two obstacle corners facing each other that is narrower than both of the step's
   * ends, with that chord's length (step-chords.ts): a search leaves out those narrower than its width limit.
   */
  pinch: PinchSteps;
}

/**
 * Per step (key: 8 × cell + the search's neighbour index k, mask.ts NEIGHBOURS; both directions of a step are
 * kept), the clear width of a diagonal step past a blocked corner cell that runs clear of every obstacle.
 */
export type GapSteps = ReadonlyMap<number, number>;

/**
 * Per cell (those with any), the widths of its steps in the search's NEIGHBOURS order (mask.ts), Infinity for the
 * steps not pinched; both directions of a step are kept.
 */
export type PinchSteps = ReadonlyMap<number, Float32Array>;

/**
 * Everything the raster depends on, as plain data: two floors with equal inputs get the same raster, so an edit
 * that does not change walkability (a sign, a label, a counter number) reuses it.
 */
export interface RasterInputs {
  floorId: string;
  elevation: number;
  ext: BBox;
  outline?: Polygon;
  staff: Polygon[];
  blockers: Polygon[];
  /** `strip` cuts the wall's true shape for exact widths; `cells` is what the raster opens (raster-shapes.ts). */
  doors: { strip: Polygon; cells: Polygon; staff: boolean; stepped: boolean; width: number }[];
  /** Blockers at their true shape (walls at their real thickness), for exact widths. */
  solids: Polygon[];
}
