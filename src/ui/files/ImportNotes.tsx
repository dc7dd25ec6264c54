/** The notes of the last import, as a neutral notice in the UI's language, each shown while it still applies. */
import { useStore } from 'zustand';
import { useEditorState, useT } from '../EditorContext';
import { clearImportNotes, importNotesStore, noteApplies, noteInLocale } from './import-notes';

export function ImportNotes() {
  const t = useT();
  const notes = useStore(importNotesStore, (s) => s.notes);
  const doc = useEditorState((s) => s.settledDoc);
  const locale = useEditorState((s) => s.locale);
  const lines = notes?.lines.filter((l) => noteApplies(l, doc)) ?? [];
  if (!notes || lines.length === 0) return null;
  return (
    <div className="banner info import-notes" role="status" data-testid="import-notes">
      <div className="banner-body">
        <strong>{t('notes.title', { name: notes.source, count: lines.length })}</strong>
        <ul className="banner-details">
          {lines.map((l) => (
            <li key={typeof l === 'string' ? l : l.en}>{noteInLocale(l, locale)}</li>
          ))}
        </ul>
      </div>
      <button className="banner-close" data-testid="import-notes-dismiss" title={t('notes.dismiss')} onClick={clearImportNotes}>
        ×
      </button>
    </div>
  );
}
