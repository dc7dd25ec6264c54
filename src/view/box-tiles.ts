/**
 * Boxes split into square tiles of the plan by their centres, so that the renderer can skip the tiles out of view:
 * an instanced draw processes every instance it holds, and in software WebGL the vertices of a whole city-hall
 * floor's seats, drawn for a view of a few rooms, cost more than everything on screen. Each tile's list stays the
 * same array while its boxes are the same objects in the same order, so a drag step rewrites one tile's mesh.
 */

/** Smallest tile edge in metres: a view zoomed in to edit (some 30 m across) spans two to four tiles. */
export const TILE_M = 24;

/**
 * At most this many tiles per layer: the edge doubles until the boxes fit, so a whole floor in view stays a
 * few dozen draw calls (a 264 m floor's seats: 48 m tiles; at 64 tiles of 16 m its whole-floor view took 254 draw
 * calls for a few thousand vertices fewer while dragging). Doubling, not fitting the extent, keeps the tiles as they
 * are while a dragged box stretches the layer's extent a little.
 */
export const MAX_TILES = 16;

/** Up to this many boxes stay one draw: below it the extra draw calls cost more than the vertices culled. */
export const SPLIT_ABOVE = 256;

interface Centred {
  /** Centre in world coordinates (x, height, z). */
  pos: readonly [number, number, number];
}

/** A tile's number from a world position and the tile edge `TILE_M · 2^level`: distinct within ±786 km of the origin. */
function tileOf(x: number, z: number, level: number): number {
  const edge = TILE_M * 2 ** level;
  return level * 2 ** 32 + (Math.floor(x / edge) + 32768) * 65536 + (Math.floor(z / edge) + 32768);
}

function group<T extends Centred>(items: readonly T[], level: number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const it of items) {
    const k = tileOf(it.pos[0], it.pos[2], level);
    const g = groups.get(k);
    if (g) g.push(it);
    else groups.set(k, [it]);
  }
  return groups;
}

/**
 * The boxes grouped by tile (at most MAX_TILES, with the smallest edge that allows it), in first-seen order; a
 * tile whose boxes are element-for-element those of the same tile in `prev` gets `prev`'s array back.
 */
export function tileBoxes<T extends Centred>(items: readonly T[], prev?: ReadonlyMap<number, readonly T[]>): Map<number, readonly T[]> {
  let level = 0;
  let groups = group(items, level);
  // 40 doublings span any floating-point plan: the loop ends.
  while (groups.size > MAX_TILES && level < 40) groups = group(items, ++level);
  const out = new Map<number, readonly T[]>();
  for (const [k, g] of groups) {
    const p = prev?.get(k);
    out.set(k, p && p.length === g.length && p.every((x, i) => x === g[i]) ? p : g);
  }
  return out;
}
