/**
 * The imported drawing's linework goes into the hall file with the floors it lies under, and comes back from it when
 * the hall is opened: a hall traced from a DXF still shows the drawing after save and reopen, as the underlay image
 * does. Written on save and into the autosave's copy, so an import (and every edit) stays free of the encoding.
 */
import type { FloorLines, HallDocument } from '../../core/document';
import { floorLinesData, floorLinesOf } from '../../dxf/floor-lines';
import type { DxfFloorLines } from '../../dxf/types';
import { dxfStore } from './dxf-store';

/**
 * Each shown floor's linework as last written (or as the opened file held it): the autosave writes the hall after
 * every pause in editing, and the drawing, which the editor never changes, is encoded once, not at each write.
 */
const encoded = new WeakMap<DxfFloorLines, FloorLines>();

function encode(lines: DxfFloorLines, name: string): FloorLines {
  const known = encoded.get(lines);
  if (known?.name === name) return known;
  const data = floorLinesData(lines, name);
  encoded.set(lines, data);
  return data;
}

/**
 * `doc` with the shown drawing's linework under the floors it belongs to, and none under the others: a drawing the
 * user let go of (or an opened file's, closed since) is not written back.
 */
export function withDrawingLines(doc: HallDocument): HallDocument {
  const { context, contextName } = dxfStore.getState();
  const byFloor = new Map((context ?? []).map((c) => [c.floorId, c]));
  if (byFloor.size === 0 && !doc.floors.some((f) => f.lines)) return doc;
  const name = contextName ?? doc.meta.source?.fileName ?? 'drawing.dxf';
  const floors = doc.floors.map((f) => {
    const lines = byFloor.get(f.id);
    if (lines) return { ...f, lines: encode(lines, name) };
    if (!f.lines) return f;
    const { lines: _gone, ...rest } = f;
    return rest;
  });
  return { ...doc, floors };
}

/** Shows the linework an opened hall keeps under its floors (none: the previous hall's is taken away). */
export function showDrawingLines(doc: HallDocument): void {
  const kept = doc.floors.filter((f) => f.lines);
  const context = kept.map((f) => {
    const lines = floorLinesOf(f.id, f.lines!);
    encoded.set(lines, f.lines!);
    return lines;
  });
  const name = kept[0]?.lines?.name;
  if (context.length) dxfStore.setState({ context, contextName: name });
  else if (dxfStore.getState().context) dxfStore.setState({ context: undefined, contextName: undefined });
}
