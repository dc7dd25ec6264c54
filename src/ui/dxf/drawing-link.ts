/**
 * A CAD drawing kept with the hall by file name instead of embedded (a large DXF): the hall file keeps, per floor,
 * the drawing's name and how it was imported (unit, layer roles, frames, the floor's place among them); opening the
 * hall asks for the file, as a linked underlay's is asked for, and the file found is imported again that way for its
 * linework only. The hall itself is never replaced.
 */
import { createStore } from 'zustand/vanilla';
import type { FloorLines } from '../../core/document';
import type { DxfFloorLines, DxfUnit, LayerRole } from '../../dxf/types';

/** How a drawing was imported: enough to import it again into the same linework. */
export interface DrawingSource {
  units: DxfUnit;
  layers: Record<string, LayerRole>;
  frames: number[];
}

/** Each shown floor's linework: the import it came from and its place among that import's floors. */
const sources = new WeakMap<DxfFloorLines, { from: DrawingSource; index: number }>();

/** Remembers how `context` (one import's floors, in its order) was made, so it can be linked instead of embedded. */
export function rememberSource(context: readonly DxfFloorLines[], from: DrawingSource): void {
  context.forEach((c, index) => sources.set(c, { from, index }));
}

/** …for one floor's linework, the `index`-th floor of the import `from`. */
export function rememberOne(lines: DxfFloorLines, from: DrawingSource, index: number): void {
  sources.set(lines, { from, index });
}

/** The linework's entry in the hall file when the drawing is linked: its name and how to import it again. */
export function linkedLines(lines: DxfFloorLines, name: string): FloorLines | undefined {
  const s = sources.get(lines);
  if (!s) return undefined;
  return { name, byRole: {}, ...(lines.axes?.length ? { axes: lines.axes } : {}), link: true, from: { ...s.from, index: s.index } };
}

/** Linked drawings the open hall names and this session has not loaded: per floor, how to import it again. */
export interface MissingDrawing {
  name: string;
  floors: { floorId: string; from: NonNullable<FloorLines['from']> }[];
}

/** `later`: the user left the file for now (the prompt goes; the hall file keeps the link). */
export const drawingLink = createStore<{ missing?: MissingDrawing; later?: boolean }>(() => ({}));
