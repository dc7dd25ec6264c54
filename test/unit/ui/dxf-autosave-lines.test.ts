/**
 * The autosave's copy of a hall traced over a DXF holds the drawing's linework, as a saved file does: restoring it
 * after a crash shows the drawing again (the copy had the hall alone, and the restored hall no drawing under it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import { importDxf } from '../../../src/dxf';
import { Autosave, MemoryStore } from '../../../src/editor/autosave';
import { dxfStore } from '../../../src/ui/dxf/dxf-store';
import { showDrawingLines, withDrawingLines } from '../../../src/ui/dxf/kept-lines';
import { hallToDxf } from '../../fixtures/cad-plan';
import { TestEditor } from '../editor/test-editor';

const county = JSON.parse(readFileSync('models/county-hall.hall.json', 'utf8'));

const plain = (c: readonly { floorId: string; axes?: unknown; byRole: Partial<Record<string, Float32Array>> }[]) =>
  c.map((f) => ({ floorId: f.floorId, axes: f.axes, byRole: Object.fromEntries(Object.entries(f.byRole).map(([k, v]) => [k, Array.from(v ?? [])])) }));

describe('the DXF linework in the autosave copy', () => {
  it('an edited hall’s copy keeps the drawing; restored, the same drawing is shown', async () => {
    const r = importDxf(new TextEncoder().encode(hallToDxf(county)), { fileName: 'county.dxf' });
    const ed = new TestEditor(r.doc);
    dxfStore.setState({ context: r.context, contextName: 'county.dxf' });
    const kv = new MemoryStore();
    const autosave = new Autosave(ed, kv, { tab: 't', prepare: withDrawingLines });
    autosave.start();
    ed.setTool('zone-rect', { zoneType: 'waiting' });
    ed.drag([0, 0], [4, 4]);
    await autosave.flush();
    autosave.stop();

    dxfStore.setState({ context: undefined, contextName: undefined });
    const rec = await new Autosave(new TestEditor(), kv, { tab: 't', prepare: withDrawingLines }).findRecovery(new TestEditor().doc);
    const restored = parseHallText(rec!.text);
    if (!restored.ok) throw new Error(JSON.stringify(restored.problems));
    expect(restored.doc.floors.map((f) => f.lines?.name)).toEqual(['county.dxf', 'county.dxf']);
    showDrawingLines(restored.doc);
    expect(dxfStore.getState().contextName).toBe('county.dxf');
    expect(plain(dxfStore.getState().context ?? [])).toEqual(plain(r.context));
  });

  it('the drawing is encoded once, not at every write, and a reopened file’s copy is written back as it was read', () => {
    const r = importDxf(new TextEncoder().encode(hallToDxf(county)), { fileName: 'county.dxf' });
    dxfStore.setState({ context: r.context, contextName: 'county.dxf' });
    const first = withDrawingLines(r.doc);
    const again = withDrawingLines({ ...r.doc, meta: { ...r.doc.meta, name: 'renamed' } });
    expect(again.floors[0].lines).toBe(first.floors[0].lines);
    showDrawingLines(first);
    expect(withDrawingLines(first).floors.map((f) => f.lines)).toEqual(first.floors.map((f) => f.lines));
    expect(withDrawingLines(first).floors[1].lines).toBe(first.floors[1].lines);
    dxfStore.setState({ context: undefined, contextName: undefined });
  });
});
