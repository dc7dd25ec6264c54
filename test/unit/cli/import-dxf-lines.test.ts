/**
 * `halltwin import FILE.dxf -o OUT.hall.json` keeps the drawing's linework under the floors, as the editor's save
 * does: the file opened in the editor shows the drawing it came from (the CLI wrote the hall without it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/import';
import { emptyDocument } from '../../../src/core/document';
import { parseHallText } from '../../../src/core/io';
import { importDxf } from '../../../src/dxf';
import { dxfStore } from '../../../src/ui/dxf/dxf-store';
import { replaceHall } from '../../../src/ui/files/replace-hall';
import { askToReplace } from '../../../src/ui/files/replace-ticket';
import { hallToDxf } from '../../fixtures/cad-plan';
import { TestEditor } from '../editor/test-editor';
import { fakeIO } from './fake-io';

const county = JSON.parse(readFileSync('models/county-hall.hall.json', 'utf8'));
const dxf = hallToDxf(county);

/** Segments per role as plain arrays, comparable with toEqual. */
const plain = (c: readonly { floorId: string; axes?: unknown; byRole: Partial<Record<string, Float32Array>> }[]) =>
  c.map((f) => ({ floorId: f.floorId, axes: f.axes, byRole: Object.fromEntries(Object.entries(f.byRole).map(([k, v]) => [k, Array.from(v ?? [])])) }));

describe('halltwin import FILE.dxf keeps the drawing', () => {
  it('the written hall holds every floor’s linework, and opening it in the editor shows the same drawing as an import there', async () => {
    const io = fakeIO({ 'plans/county.dxf': dxf });
    expect(await run(['plans/county.dxf', '-o', 'out.hall.json'], io)).toBe(0);
    const parsed = parseHallText(String(io.written.get('out.hall.json')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.doc.floors.map((f) => f.lines?.name)).toEqual(['county.dxf', 'county.dxf']);

    dxfStore.setState({ context: undefined, contextName: undefined });
    const ed = new TestEditor(emptyDocument('before'));
    const ticket = await askToReplace(ed, 'out.hall.json', async () => {});
    expect(await replaceHall(ed, ticket!, { doc: parsed.doc, label: 'Open', loaded: true })).toBe(true);
    const shown = dxfStore.getState();
    expect(shown.contextName).toBe('county.dxf');
    const direct = importDxf(new TextEncoder().encode(dxf), { fileName: 'county.dxf' });
    expect(direct.context.length).toBe(2);
    expect(plain(shown.context ?? [])).toEqual(plain(direct.context));
  });

  it('--no-drawing leaves the linework out', async () => {
    const io = fakeIO({ 'county.dxf': dxf });
    expect(await run(['county.dxf', '-o', 'bare.hall.json', '--no-drawing'], io)).toBe(0);
    const text = String(io.written.get('bare.hall.json'));
    expect(parseHallText(text).ok).toBe(true);
    expect(text).not.toMatch(/"lines"/);
  });
});
