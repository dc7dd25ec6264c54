/**
 * The one entry point that replaces the open hall: the unsaved-edits question is asked once (not at all for an
 * unchanged hall), the replacement needs the ticket that answer gives, an edit made after the answer (while an import
 * ran) is asked about again, and the old hall's companions (IFC model, CAD drawing) go with it. No other module of the
 * editor's UI opens a document itself.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setMeta } from '../../../src/core/commands';
import { HallDocumentSchema, emptyDocument } from '../../../src/core/document';
import { dxfStore } from '../../../src/ui/dxf/dxf-store';
import { originalIfcBytes, replaceHall } from '../../../src/ui/files/replace-hall';
import { askToReplace } from '../../../src/ui/files/replace-ticket';
import { type ReplaceChoice, unsavedPromptStore } from '../../../src/ui/files/unsaved';
import { uiStore } from '../../../src/ui/ui-store';
import { SRC, sourceFiles } from '../architecture/imports';
import { TestEditor } from '../editor/test-editor';

const noSave = async () => {};
const answerers: (() => void)[] = [];
afterEach(() => {
  for (const stop of answerers.splice(0)) stop();
});
/** Answers the question once it is up; how many times it was asked. */
function answering(choice: ReplaceChoice): { asked: () => number } {
  let n = 0;
  const stop = unsavedPromptStore.subscribe((s) => {
    if (!s.ask) return;
    n++;
    queueMicrotask(() => s.ask?.answer(choice));
  });
  answerers.push(stop);
  return { asked: () => n };
}

describe('replacing the open hall', () => {
  it('a hall the loader already checked (a file read in the worker) is not schema-checked again on the page; an import is', async () => {
    const parse = vi.spyOn(HallDocumentSchema, 'safeParse');
    try {
      const ed = new TestEditor(emptyDocument('old'));
      const loaded = emptyDocument('from file');
      expect(await replaceHall(ed, (await askToReplace(ed, 'a.hall.json', noSave))!, { doc: loaded, label: 'Open', loaded: true })).toBe(true);
      expect(ed.doc.meta.name).toBe('from file');
      expect(parse).not.toHaveBeenCalled();
      expect(await replaceHall(ed, (await askToReplace(ed, 'b.ifc', noSave))!, { doc: emptyDocument('imported'), label: 'Import' })).toBe(true);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('an unchanged hall: no question; the new hall opens and the old one lets go of its IFC model and CAD drawing', async () => {
    const ed = new TestEditor(emptyDocument('old'));
    uiStore.setState({ ifcModelName: 'old.ifc' });
    dxfStore.setState({ context: [], contextName: 'old.dxf' });
    const ticket = await askToReplace(ed, 'new.ifc', noSave);
    expect(ticket).toBeDefined();
    expect(unsavedPromptStore.getState().ask).toBeUndefined();
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await replaceHall(ed, ticket!, { doc: emptyDocument('new'), label: 'Import', ifc: { bytes, name: 'new.ifc' } })).toBe(true);
    expect(ed.doc.meta.name).toBe('new');
    expect(uiStore.getState().ifcModelName).toBeUndefined();
    expect(dxfStore.getState().context).toBeUndefined();
    expect(originalIfcBytes()).toBe(bytes);
  });

  it('an edited hall: asked once; cancel gives no ticket and keeps the hall', async () => {
    const ed = new TestEditor(emptyDocument('old'));
    ed.execute(setMeta({ name: 'edited' }));
    const a = answering('cancel');
    expect(await askToReplace(ed, 'new.hall.json', noSave)).toBeUndefined();
    expect(a.asked()).toBe(1);
    expect(ed.doc.meta.name).toBe('edited');
  });

  it('an edit made after the answer (while an import ran) is asked about again; cancel keeps it', async () => {
    const ed = new TestEditor(emptyDocument('old'));
    const ticket = await askToReplace(ed, 'plan.dxf', noSave);
    ed.execute(setMeta({ name: 'edited while importing' }));
    const a = answering('cancel');
    expect(await replaceHall(ed, ticket!, { doc: emptyDocument('plan'), label: 'Import DXF' })).toBe(false);
    expect(a.asked()).toBe(1);
    expect(ed.doc.meta.name).toBe('edited while importing');
  });

  it('a document the loader refuses is not opened: false, the hall kept', async () => {
    const ed = new TestEditor(emptyDocument('old'));
    const ticket = await askToReplace(ed, 'bad.ifc', noSave);
    const bad = { ...emptyDocument('bad'), floors: [{ ...emptyDocument('bad').floors[0], height: -1 }] };
    expect(await replaceHall(ed, ticket!, { doc: bad, label: 'Import' })).toBe(false);
    expect(ed.doc.meta.name).toBe('old');
  });

  it('nothing else in the UI opens a document (an autosave restore is the user’s own unsaved hall, not a replacement)', () => {
    const opening = sourceFiles().filter((f) => f.startsWith('ui/') && /\.openDocument\(/.test(readFileSync(`${SRC}/${f}`, 'utf8')));
    expect(opening.sort()).toEqual(['ui/files/RestoreOffer.tsx', 'ui/files/replace-hall.ts']);
  });
});
