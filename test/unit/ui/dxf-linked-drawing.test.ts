/**
 * A large CAD drawing kept with the hall by file name instead of embedded: the hall file names the drawing and how it
 * was imported, with no linework; opening it asks for the file (the link is kept when saved meanwhile); the file
 * found is imported again that way and shows the same linework under the same floors.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { emptyDocument } from '../../../src/core/document';
import { parseHallText, serializeHall } from '../../../src/core/io';
import { analyseDxf, buildHall, type DxfImportOptions } from '../../../src/dxf';
import { drawingLink, rememberSource } from '../../../src/ui/dxf/drawing-link';
import { dxfStore } from '../../../src/ui/dxf/dxf-store';
import { withDrawingLines } from '../../../src/ui/dxf/kept-lines';
import { locateDrawing } from '../../../src/ui/dxf/locate-drawing';
import { replaceHall } from '../../../src/ui/files/replace-hall';
import { askToReplace } from '../../../src/ui/files/replace-ticket';
import { hallToDxf } from '../../fixtures/cad-plan';
import { TestEditor } from '../editor/test-editor';

// The import worker, run in this thread: what the worker does with the bytes, without a Worker.
vi.mock('../../../src/dxf/worker-client', () => ({
  openDxfInWorker: async (file: File, opts: { fileName: string }) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return {
      analysis: analyseDxf(bytes, { fileName: opts.fileName }).analysis,
      build: async (o: DxfImportOptions) => buildHall(analyseDxf(bytes, o), o),
      close() {},
    };
  },
}));

const county = JSON.parse(readFileSync('models/county-hall.hall.json', 'utf8'));
const dxf = hallToDxf(county);
const plain = (c: readonly { floorId: string; axes?: unknown; byRole: Partial<Record<string, Float32Array>> }[]) =>
  c.map((f) => ({ floorId: f.floorId, axes: f.axes, byRole: Object.fromEntries(Object.entries(f.byRole).map(([k, v]) => [k, Array.from(v ?? [])])) }));

describe('a CAD drawing linked by file name', () => {
  it('is saved as its name and import, asked for on open, kept while missing, and shown again from the file', async () => {
    const bytes = new TextEncoder().encode(dxf);
    const session = analyseDxf(bytes, { fileName: 'county.dxf' });
    const from = {
      units: session.analysis.units.unit,
      layers: Object.fromEntries(session.analysis.layers.map((l) => [l.name, l.role])),
      frames: session.analysis.proposedFrames,
    };
    const res = buildHall(session, { fileName: 'county.dxf', ...from });
    rememberSource(res.context, from);
    dxfStore.setState({ context: res.context, contextName: 'county.dxf', linked: false });
    const embedded = serializeHall(withDrawingLines(res.doc));
    dxfStore.setState({ linked: true });
    const linked = serializeHall(withDrawingLines(res.doc));
    const saved = parseHallText(linked);
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    expect(saved.doc.floors.map((f) => [f.lines?.name, f.lines?.link, Object.keys(f.lines?.byRole ?? {}).length, f.lines?.from?.index])).toEqual([
      ['county.dxf', true, 0, 0],
      ['county.dxf', true, 0, 1],
    ]);
    // What the link adds to the hall file is a small part of what the linework adds.
    const bare = serializeHall(res.doc).length;
    expect(linked.length - bare).toBeLessThan((embedded.length - bare) / 4);

    dxfStore.setState({ context: undefined, contextName: undefined, linked: false });
    const ed = new TestEditor(emptyDocument('before'));
    const ticket = await askToReplace(ed, 'county.hall.json', async () => {});
    expect(await replaceHall(ed, ticket!, { doc: saved.doc, label: 'Open', loaded: true })).toBe(true);
    expect(dxfStore.getState().context).toBeUndefined();
    expect(drawingLink.getState().missing?.floors.map((f) => f.floorId)).toEqual(saved.doc.floors.map((f) => f.id));
    // Saved before the file is found: the links stay.
    expect(withDrawingLines(ed.doc).floors.map((f) => f.lines?.link)).toEqual([true, true]);

    expect(await locateDrawing(ed, new File([dxf], 'county-v2.dxf'))).toBe(true);
    expect(drawingLink.getState().missing).toBeUndefined();
    expect(dxfStore.getState()).toMatchObject({ contextName: 'county-v2.dxf', linked: true });
    expect(plain(dxfStore.getState().context ?? [])).toEqual(plain(res.context));
    // Saved again: still linked, now to the file found.
    expect(withDrawingLines(ed.doc).floors.map((f) => [f.lines?.name, f.lines?.link])).toEqual([
      ['county-v2.dxf', true],
      ['county-v2.dxf', true],
    ]);
  });
});
