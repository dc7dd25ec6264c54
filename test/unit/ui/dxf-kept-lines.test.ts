/**
 * A hall imported from a DXF keeps the drawing's linework through save and reopen: the file holds it under the floors
 * it belongs to, and opening the file shows it again (it was lost: the reopened hall had no drawing under it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/core/document';
import { parseHallText, serializeHall } from '../../../src/core/io';
import { importDxf } from '../../../src/dxf';
import { dxfStore } from '../../../src/ui/dxf/dxf-store';
import { withDrawingLines } from '../../../src/ui/dxf/kept-lines';
import { replaceHall } from '../../../src/ui/files/replace-hall';
import { askToReplace } from '../../../src/ui/files/replace-ticket';
import { hallToDxf } from '../../fixtures/cad-plan';
import { TestEditor } from '../editor/test-editor';

const county = JSON.parse(readFileSync('models/county-hall.hall.json', 'utf8'));
const noSave = async () => {};

/** Opens `text` as a hall file in a fresh editor, as Open does; the drawing the store shows afterwards. */
async function reopen(text: string) {
  const parsed = parseHallText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const ed = new TestEditor(emptyDocument('before'));
  const ticket = await askToReplace(ed, 'county.hall.json', noSave);
  expect(await replaceHall(ed, ticket!, { doc: parsed.doc, label: 'Open', loaded: true })).toBe(true);
  return dxfStore.getState();
}

describe('the DXF linework kept in the hall file', () => {
  it('save then open: every floor shows the same segments per layer role and the same axes, named after the drawing', async () => {
    const r = importDxf(new TextEncoder().encode(hallToDxf(county)), { fileName: 'county.dxf' });
    dxfStore.setState({ context: r.context, contextName: 'county.dxf' });
    const text = serializeHall(withDrawingLines(r.doc));
    dxfStore.setState({ context: undefined, contextName: undefined });
    const shown = await reopen(text);
    expect(shown.contextName).toBe('county.dxf');
    const plain = (c: typeof r.context) =>
      c.map((f) => ({ floorId: f.floorId, axes: f.axes, byRole: Object.fromEntries(Object.entries(f.byRole).map(([k, v]) => [k, Array.from(v ?? [])])) }));
    expect(r.context.length).toBe(2);
    expect(plain(shown.context ?? [])).toEqual(plain(r.context));
    // A hall saved with no drawing shown has none in its file, and opening it shows none.
    dxfStore.setState({ context: undefined, contextName: undefined });
    expect(serializeHall(withDrawingLines(r.doc))).not.toMatch(/"lines"/);
    // Nor does a reopened hall whose drawing the user let go of: the floors' copy is not written back.
    const opened = parseHallText(text);
    if (!opened.ok) throw new Error('reopen');
    expect(opened.doc.floors.every((f) => f.lines)).toBe(true);
    expect(serializeHall(withDrawingLines(opened.doc))).not.toMatch(/"lines"/);
    expect((await reopen(serializeHall(r.doc))).context).toBeUndefined();
  });
});
