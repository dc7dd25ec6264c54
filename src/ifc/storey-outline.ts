/**
 * A storey's floor outline, which hall area, public area and every area-based rule read: the plan footprint of its
 * floor slabs (IfcSlab, roofs left out) when it has any, else the union of its rooms grown by a wall's thickness,
 * which closes the gaps the walls leave between rooms and reaches the outer face of the outer walls. Holes (courts,
 * stair wells) are dropped: the outline is the building's edge; of separate parts the largest is the storey's.
 */
import { area, ensureCCW, isSimplePolygon, type Polygon } from '../core/geometry/polygon';
import { unionAll } from '../core/geometry/clip';
import type { Vec2 } from '../core/geometry/vec';
import { cleanRing } from './tiling';

export type OutlineSource = 'slabs' | 'spaces';

export interface StoreyOutline {
  outline: Polygon;
  source: OutlineSource;
  /** Separate parts left out (a detached canopy slab, a room across a courtyard). */
  droppedParts: number;
}

/** Slabs smaller than this are landings, steps or sills, not a floor. */
const MIN_SLAB_M2 = 4;
/** Rooms must cover this much before their union stands for a floor. */
const MIN_ROOMS_M2 = 4;

/** The largest part of a union, as a clean counter-clockwise ring without holes; undefined when there is none. */
function largestPart(polys: Polygon[]): { ring: Polygon; parts: number } | undefined {
  const parts = unionAll(polys.filter((p) => p.length >= 3 && area(p) > 1e-6));
  let best: Polygon | undefined;
  for (const p of parts) if (!best || area(p.outer) > area(best)) best = p.outer;
  if (!best) return undefined;
  const ring = ensureCCW(cleanRing(best, 1e-4));
  return ring.length >= 3 && isSimplePolygon(ring) ? { ring, parts: parts.length } : undefined;
}

/**
 * A polygon grown by `d` on every side as the union of itself, a strip along each edge and a square at each corner
 * (a Minkowski sum with a square): corners stay square, as a building's do, where a round buffer would bevel them.
 */
export function grownPieces(p: Polygon, d: number): Polygon[] {
  const ring = ensureCCW(p);
  const out: Polygon[] = [ring];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len < 1e-9) continue;
    // outward normal of a counter-clockwise ring's edge: to its right
    const n: Vec2 = [((b[1] - a[1]) / len) * d, (-(b[0] - a[0]) / len) * d];
    out.push([a, [a[0] + n[0], a[1] + n[1]], [b[0] + n[0], b[1] + n[1]], b]);
    out.push([
      [a[0] - d, a[1] - d],
      [a[0] + d, a[1] - d],
      [a[0] + d, a[1] + d],
      [a[0] - d, a[1] + d],
    ]);
  }
  return out;
}

/**
 * The outline of one storey from its slabs' footprints, or failing that from its rooms grown by `wallThickness`
 * (the storey's typical wall), with the walls joining what falls apart. Undefined when neither gives a floor.
 */
export function storeyOutline(slabs: readonly Polygon[], rooms: readonly Polygon[], walls: readonly Polygon[], wallThickness: number): StoreyOutline | undefined {
  const floorSlabs = slabs.filter((s) => s.length >= 3 && area(s) >= MIN_SLAB_M2);
  if (floorSlabs.length) {
    // Rooms beyond a slab the model left out are still floor. Where slabs and rooms fall apart (a slab cut at a
    // party wall, one per flat) the walls join them into one floor; a union that comes out self-touching where a
    // wall grazes a slab's corner falls back to the parts without walls.
    const plain = largestPart([...floorSlabs, ...rooms]) ?? largestPart([...floorSlabs]);
    const u = plain && plain.parts > 1 ? (largestPart([...floorSlabs, ...walls, ...rooms]) ?? plain) : plain;
    if (u) return { outline: u.ring, source: 'slabs', droppedParts: u.parts - 1 };
  }
  const real = rooms.filter((r) => r.length >= 3);
  if (real.reduce((s, r) => s + area(r), 0) < MIN_ROOMS_M2) return undefined;
  const d = Math.min(0.6, Math.max(0.1, wallThickness));
  const grown = real.flatMap((r) => grownPieces(r, d));
  const u = largestPart([...grown, ...walls]) ?? largestPart(grown);
  return u ? { outline: u.ring, source: 'spaces', droppedParts: u.parts - 1 } : undefined;
}

/** The typical wall thickness of a storey: the median of its walls', or a quarter metre without walls. */
export function typicalWallThickness(thicknesses: readonly number[]): number {
  if (!thicknesses.length) return 0.25;
  const s = [...thicknesses].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
