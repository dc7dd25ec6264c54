/** Shelf packing of text cells into one atlas canvas, so every sign's text is one texture and one draw call. */

export interface AtlasCell {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Places cells of the given widths (all `rowH` tall) left to right in rows of `atlasW` pixels, in input order.
 * Widths wider than the atlas are clamped to it. Returns the cells and the atlas height (whole rows).
 */
export function shelfPack(widths: readonly number[], rowH: number, atlasW: number): { cells: AtlasCell[]; height: number } {
  const cells: AtlasCell[] = [];
  let x = 0;
  let y = 0;
  for (const raw of widths) {
    const w = Math.max(1, Math.min(Math.ceil(raw), atlasW));
    if (x + w > atlasW) {
      x = 0;
      y += rowH;
    }
    cells.push({ x, y, w, h: rowH });
    x += w;
  }
  return { cells, height: widths.length ? y + rowH : 0 };
}

/** Font scale so text measured at the base size fits a cell `cellW` wide with `pad` pixels each side (never above 1). */
export function fitScale(textW: number, cellW: number, pad: number): number {
  if (textW <= 0) return 1;
  return Math.min(1, Math.max(0, cellW - 2 * pad) / textW);
}
