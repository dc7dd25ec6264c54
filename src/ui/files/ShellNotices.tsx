/** Toast for finished work, the progress bar for long work (IFC import, export), and the autosave restore offer. */
import { useStore } from 'zustand';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { uiStore } from '../ui-store';
import { ImportProgress } from '../ifc/ImportProgress';
import { discardAutosave } from './autosave-offer';
import { frameOpened } from './actions';

export function ShellNotices() {
  const editor = useEditor();
  const t = useT();
  const { notice, busy, restore, ifcImport } = useStore(uiStore);
  const locale = useEditorState((s) => s.locale);
  return (
    <>
      {restore && (
        <div className="banner info" role="alertdialog" data-testid="restore-offer">
          <span>{t('restore.found', { time: restore.savedAt ? new Date(restore.savedAt).toLocaleString(locale) : '—' })}</span>
          <button
            className="primary"
            data-testid="restore-accept"
            onClick={() => {
              editor.openDocument(restore.doc, '恢复自动备份 / Restore autosave');
              frameOpened(editor);
              uiStore.setState({ restore: undefined });
            }}
          >
            {t('restore.restore')}
          </button>
          <button
            data-testid="restore-ignore"
            onClick={() => {
              discardAutosave();
              uiStore.setState({ restore: undefined });
            }}
          >
            {t('restore.ignore')}
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
