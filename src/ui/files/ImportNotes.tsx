/**
 * The notes of the last import, as a neutral notice in the UI's language: one line
 * (how many, and the first) that opens into the list, so it never squeezes the plan; out of the way while another
 * file is being read or imported over the hall (back if that import is cancelled).
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import { useEditorState, useT } from '../EditorContext';
import { dxfStore } from '../dxf/dxf-store';
import { uiStore } from '../ui-store';
import { clearImportNotes, importNotesStore, noteInLocale } from './import-notes';

export function ImportNotes() {
  const t = useT();
  const notes = useStore(importNotesStore, (s) => s.notes);
  const locale = useEditorState((s) => s.locale);
  const importing = useStore(uiStore, (s) => !!s.ifcImport || !!s.busy);
  const dxfDialog = useStore(dxfStore, (s) => !!s.dialog);
  const [open, setOpen] = useState(false);
  const lines = notes?.lines ?? [];
  if (!notes || lines.length === 0 || importing || dxfDialog) return null;
  return (
    <div className={'banner info import-notes' + (open ? ' open' : '')} role="status" data-testid="import-notes">
      <div className="banner-body">
        <button className="notes-toggle" data-testid="import-notes-toggle" aria-expanded={open} title={t(open ? 'notes.collapse' : 'notes.expand')} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'}
        </button>
        <strong>{t('notes.title', { name: notes.source, count: lines.length })}</strong>
        {!open && <span className="notes-first">{noteInLocale(lines[0], locale)}</span>}
        {open && (
          <ul className="banner-details">
            {lines.map((l) => (
              <li key={l.en}>{noteInLocale(l, locale)}</li>
            ))}
          </ul>
        )}
      </div>
      <button className="banner-close" data-testid="import-notes-dismiss" title={t('notes.dismiss')} onClick={clearImportNotes}>
        ×
      </button>
    </div>
  );
}
