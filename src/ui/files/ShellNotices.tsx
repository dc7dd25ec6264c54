/**
 * Toast for finished work, the progress bar for long work (IFC import, export), the autosave restore offer, and the
 * dialog asking for the files the open hall names but this session has not loaded.
 */
import { useStore } from 'zustand';
import { useEditorState, useT } from '../EditorContext';
import { uiStore } from '../ui-store';
import { ImportProgress } from '../ifc/ImportProgress';
import { retryAutosave } from './autosave-offer';
import { ImportNotes } from './ImportNotes';
import { LocateFilesDialog } from './LocateFilesDialog';
import { RestoreOffer } from './RestoreOffer';
import { UnsavedPrompt } from './UnsavedPrompt';

export function ShellNotices() {
  const t = useT();
  const { notice, busy, ifcImport, autosaveFailed } = useStore(uiStore);
  const locale = useEditorState((s) => s.locale);
  return (
    <>
      <UnsavedPrompt />
      <ImportNotes />
      <LocateFilesDialog />
      <RestoreOffer />
      {autosaveFailed && (
        <div className="banner warning" role="alert" data-testid="autosave-failed" data-attempts={autosaveFailed.attempts}>
          <span>{t('autosave.failed', { reason: autosaveFailed.reason })}</span>
          <button data-testid="autosave-retry" onClick={retryAutosave}>
            {t('autosave.retry')}
          </button>
        </div>
      )}
      {ifcImport && (
        // The shell's own 0..1 bar (same as for exports) over <ImportProgress>'s stage label and cancel button.
        <div className="busy ifc" role="status" data-testid="busy">
          <progress value={ifcImport.progress?.fraction ?? 0} max={1} />
          <ImportProgress progress={ifcImport.progress} fileName={ifcImport.fileName} onCancel={ifcImport.cancel} locale={locale} />
        </div>
      )}
      {busy && (
        <div className="busy" role="status" data-testid="busy">
          <span className="busy-label">{busy.label}</span>
          {busy.progress === undefined ? <progress /> : <progress value={busy.progress} max={1} />}
          {busy.cancel && (
            <button data-testid="busy-cancel" onClick={busy.cancel}>
              {t('ifc.cancel')}
            </button>
          )}
        </div>
      )}
      {notice && (
        <div className={`toast ${notice.kind}`} role="status" data-testid="notice">
          {notice.text}
        </div>
      )}
    </>
  );
}
