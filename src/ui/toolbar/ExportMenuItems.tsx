/** The File menu's exports, one item each from the export registry, with a PDF print beside each that prints to PDF. */
import { Fragment } from 'react';
import { useStore } from 'zustand';
import { EXPORTS } from '../../exports/registry';
import type { ExportDef } from '../../exports/types';
import { useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';
import { uiStore } from '../ui-store';

export function ExportMenuItems({ start, printPdf }: { start: (def: ExportDef) => void; printPdf: (def: ExportDef) => void }) {
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const busy = useStore(uiStore, (s) => s.busy);
  return (
    <>
      <div className="menu-sep">{t('file.export')}</div>
      {EXPORTS.map((def) => (
        <Fragment key={def.id}>
          <button role="menuitem" data-testid={`export-${def.id}`} aria-disabled={!!busy} onClick={() => !busy && start(def)}>
            {term(def.label, locale) + (def.options.some((o) => o.ask) ? '…' : '')}
          </button>
          {def.printsToPdf && (
            <button role="menuitem" data-testid={`print-${def.id}-pdf`} aria-disabled={!!busy} onClick={() => !busy && printPdf(def)}>
              {term(def.printsToPdf.label, locale)}
            </button>
          )}
        </Fragment>
      ))}
    </>
  );
}
