/** Toast for finished work, the progress bar for long work (IFC import, export), and the autosave restore offer. */
import { useStore } from 'zustand';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { uiStore } from '../ui-store';
import { ImportProgress } from '../ifc/ImportProgress';
import { showDrawingLines } from '../dxf/kept-lines';
import { adoptAutosave, discardAutosave, retryAutosave } from './autosave-offer';
import { frameOpened, saveHall } from './actions';
import { ImportNotes } from './ImportNotes';
import { UnsavedPrompt } from './UnsavedPrompt';
import { confirmReplace } from './unsaved';

export function ShellNotices() {
  const editor = useEditor();
  const t = useT();
  const { notice, busy, restore, ifcImport, autosaveFailed } = useStore(uiStore);
  const locale = useEditorState((s) => s.locale);
  return (
    <>
      <UnsavedPrompt />
      <ImportNotes />
      {restore && restore.length > 0 && (
        <div className="banner info" role="alertdialog" data-testid="restore-offer">
          {restore.length > 1 && <div>{t('autosave.recovered')}</div>}
          {restore.map((item, i) => (
            <div className="restore-item" key={item.key || i} data-testid="restore-item" data-key={item.key}>
              <span>
                {t('restore.found', { time: item.savedAt ? new Date(item.savedAt).toLocaleString(locale) : '—' })} <b>{item.doc.meta.name}</b> ·{' '}
                {t(item.ownTab ? 'autosave.thisTab' : 'autosave.otherTab')}
              </span>
              <button
                className="primary"
                data-testid={i === 0 ? 'restore-accept' : 'restore-accept-other'}
                onClick={async () => {
                  // The hall on screen may have been edited since the start: its edits are not dropped unasked.
                  if (!(await confirmReplace(editor, item.doc.meta.name, () => saveHall(editor, 'save')))) return;
                  // The drawing the copy keeps comes back with it, as it does when a saved file is opened.
                  if (editor.openDocument(item.doc, '恢复自动备份 / Restore autosave')) showDrawingLines(item.doc);
                  adoptAutosave(item.key);
                  frameOpened(editor);
                  uiStore.setState({ restore: uiStore.getState().restore?.filter((x) => x !== item) });
                }}
              >
                {t('restore.restore')}
              </button>
              <button
                data-testid={i === 0 ? 'restore-ignore' : 'restore-ignore-other'}
                onClick={() => {
                  discardAutosave(item.key);
                  uiStore.setState({ restore: restore.filter((x) => x !== item) });
                }}
              >
                {t('restore.ignore')}
              </button>
            </div>
          ))}
        </div>
      )}
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
