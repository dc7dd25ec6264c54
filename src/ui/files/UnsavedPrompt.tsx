/** The question asked before an edited, unsaved hall is replaced: save it, discard the edits, or keep it open. */
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useT } from '../EditorContext';
import { unsavedPromptStore } from './unsaved';

export function UnsavedPrompt() {
  const t = useT();
  const ask = useStore(unsavedPromptStore, (s) => s.ask);
  const saveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!ask) return;
    saveButton.current?.focus();
    // Escape answers the question (cancel) and nothing else: the editor's own Escape (leave the tool) waits.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      ask.answer('cancel');
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [ask]);
  if (!ask) return null;
  return (
    <div className="dxf-dialog-backdrop unsaved-backdrop">
      <div className="dxf-dialog unsaved-prompt" role="alertdialog" aria-modal="true" aria-labelledby="unsaved-title" data-testid="unsaved-prompt">
        <h2 id="unsaved-title">{t('unsaved.title')}</h2>
        <p>{t('unsaved.why', { what: ask.what })}</p>
        <div className="dxf-dialog__buttons">
          <button ref={saveButton} className="primary" data-testid="unsaved-save" onClick={() => ask.answer('save')}>
            {t('unsaved.save')}
          </button>
          <button data-testid="unsaved-discard" onClick={() => ask.answer('discard')}>
            {t('unsaved.discard')}
          </button>
          <button data-testid="unsaved-cancel" onClick={() => ask.answer('cancel')}>
            {t('unsaved.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
