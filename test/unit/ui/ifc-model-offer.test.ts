/**
 * A hall file imported from IFC names its model: opening it asks for that file (the model layer was lost on reopen,
 * with nothing said); an IFC import, which brings its model, and a hall from elsewhere ask for none.
 */
import { describe, expect, it } from 'vitest';
import { emptyDocument, type HallDocument } from '../../../src/core/document';
import { ifcModelLink } from '../../../src/ui/files/ifc-model-link';
import { replaceHall } from '../../../src/ui/files/replace-hall';
import { askToReplace } from '../../../src/ui/files/replace-ticket';
import { TestEditor } from '../editor/test-editor';

const fromIfc = (fileName: string): HallDocument => {
  const d = emptyDocument('FZK');
  return { ...d, meta: { ...d.meta, source: { kind: 'ifc', fileName, schema: 'IFC4', projectGlobalId: '0lY6P5Ur90TAQnnnI6wtnb' } } };
};

async function open(ed: TestEditor, doc: HallDocument, ifc?: { bytes: Uint8Array; name: string }) {
  const ticket = await askToReplace(ed, 'x', async () => {});
  expect(await replaceHall(ed, ticket!, { doc, label: 'Open', ...(ifc ? { ifc } : {}) })).toBe(true);
  return ifcModelLink.getState().wanted;
}

describe('the IFC model a reopened hall names', () => {
  it('is asked for on open, by file name and project; not after an import or for another hall', async () => {
    const ed = new TestEditor(emptyDocument('before'));
    expect(await open(ed, fromIfc('AC20-FZK-Haus.ifc'))).toEqual({ fileName: 'AC20-FZK-Haus.ifc', projectGlobalId: '0lY6P5Ur90TAQnnnI6wtnb' });
    expect(await open(ed, emptyDocument('new'))).toBeUndefined();
    expect(await open(ed, fromIfc('AC20-FZK-Haus.ifc'))).toBeDefined();
    expect(await open(ed, fromIfc('AC20-FZK-Haus.ifc'), { bytes: new Uint8Array(1), name: 'AC20-FZK-Haus.ifc' })).toBeUndefined();
    const dxf = emptyDocument('plan');
    expect(await open(ed, { ...dxf, meta: { ...dxf.meta, source: { kind: 'dxf', fileName: 'plan.dxf' } } })).toBeUndefined();
  });
});
