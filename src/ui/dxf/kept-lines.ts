/**
 * The imported drawing's linework goes into the hall file with the floors it lies under, and comes back from it when
 * the hall is opened: a hall traced from a DXF still shows the drawing after save and reopen, as the underlay image
 * does. Written on save only, so an import (and every edit) stays free of the encoding.
 */
import type { HallDocument } from '../../core/document';
import { floorLinesData, floorLinesOf } from '../../dxf/floor-lines';
import { dxfStore } from './dxf-store';

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
    if (lines) return { ...f, lines: floorLinesData(lines, name) };
    if (!f.lines) return f;
    const { lines: _gone, ...rest } = f;
    return rest;
  });
  return { ...doc, floors };
}

/** Shows the linework an opened hall keeps under its floors (none: the previous hall's is taken away). */
export function showDrawingLines(doc: HallDocument): void {
  const kept = doc.floors.filter((f) => f.lines);
  const context = kept.map((f) => floorLinesOf(f.id, f.lines!));
  const name = kept[0]?.lines?.name;
  if (context.length) dxfStore.setState({ context, contextName: name });
  else if (dxfStore.getState().context) dxfStore.setState({ context: undefined, contextName: undefined });
}
