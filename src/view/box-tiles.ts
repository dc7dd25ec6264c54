/**
 * Boxes split into square tiles of the plan by their centres, so that the renderer can skip the tiles out of view:
 * an instanced draw processes every instance it holds, and in software WebGL the vertices of a whole city-hall
 * floor's seats, drawn for a view of a few rooms, cost more than everything on screen. Each tile's list stays the
 * same array while its boxes are the same objects in the same order, so a drag step rewrites one tile's mesh.
 */

/** Tile edge in metres: a view zoomed in to edit spans two or three tiles, a whole floor some dozens. */
export const TILE_M = 24;

/** Up to this many boxes stay one draw: below it the extra draw calls cost more than the vertices culled. */
export const SPLIT_ABOVE = 256;

interface Centred {
  /** Centre in world coordinates (x, height, z). */
  pos: readonly [number, number, number];
}

/** A tile's number from a world position: distinct for every tile within ±786 km of the origin. */
function tileOf(x: number, z: number): number {
  return (Math.floor(x / TILE_M) + 32768) * 65536 + (Math.floor(z / TILE_M) + 32768);
}

/**
 * The boxes grouped by tile, in first-seen order; a tile whose boxes are element-for-element those of the same
 * tile in `prev` gets `prev`'s array back.
 */
export function tileBoxes<T extends Centred>(items: readonly T[], prev?: ReadonlyMap<number, readonly T[]>): Map<number, readonly T[]> {
  const groups = new Map<number, T[]>();
  for (const it of items) {
    const k = tileOf(it.pos[0], it.pos[2]);
    const g = groups.get(k);
    if (g) g.push(it);
    else groups.set(k, [it]);
  }
  const out = new Map<number, readonly T[]>();
  for (const [k, g] of groups) {
    const p = prev?.get(k);
    out.set(k, p && p.length === g.length && p.every((x, i) => x === g[i]) ? p : g);
  }
  return out;
}
