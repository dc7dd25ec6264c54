/** Reads a BCF file the design team edited (BIMcollab, Solibri …) into the findings' statuses, assignees and comments. */
import { memo, useRef } from 'react';
import { useStore } from 'zustand';
import { setMeta } from '../../core/commands';
import { useEditor, useT } from '../EditorContext';
import { notify } from '../ui-store';
import { checkStore } from './check-store';

/** Memoised: it follows the check store itself, so the findings panel's re-renders need not reach it. */
export const BcfImportButton = memo(function BcfImportButton() {
  const editor = useEditor();
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const ready = useStore(checkStore, (s) => !!s.result && s.resultDoc === editor.doc);
  const read = async (file: File) => {
    const { result, resultDoc } = checkStore.getState();
    const doc = editor.doc;
    if (!result || resultDoc !== doc) return;
    try {
      const { importBcf } = await import('../../rules/bcf/import');
      const r = importBcf(doc, result, new Uint8Array(await file.arrayBuffer()));
      // Refused (the editor says why): nothing was imported, so nothing is announced.
      if (!editor.execute(setMeta({ findingStates: r.states }, `导入 BCF ${file.name} / Import BCF`))) return;
      notify(t('bcf.imported', { n: r.matched, c: r.changed.length, u: r.unmatched }));
    } catch (e) {
      editor.fail(t('bcf.failed', { name: file.name }), [e instanceof Error ? e.message : String(e)]);
    }
  };
  return (
    <>
      <button className="link" data-testid="import-bcf" disabled={!ready} title={t('bcf.importTitle')} onClick={() => input.current?.click()}>
        {t('bcf.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".bcf,.bcfzip,application/zip"
        hidden
        data-testid="import-bcf-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void read(f);
        }}
      />
    </>
  );
});
