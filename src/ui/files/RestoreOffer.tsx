/**
 * The autosave restore offer: each copy holding work no file has, restored into its own slot (with the drawing and
 * the IFC model it names, as opening a saved file brings them) or dismissed.
 */
import { useStore } from 'zustand';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { showDrawingLines } from '../dxf/kept-lines';
import { uiStore } from '../ui-store';
import { frameOpened, saveHall } from './actions';
import { adoptAutosave, discardAutosave } from './autosave-offer';
import { offerIfcModel } from './ifc-model-link';
import { confirmReplace } from './unsaved';

export function RestoreOffer() {
  const editor = useEditor();
  const t = useT();
  const restore = useStore(uiStore, (s) => s.restore);
  const locale = useEditorState((s) => s.locale);
  if (!restore?.length) return null;
  return (
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
              if (editor.openDocument(item.doc, '恢复自动备份 / Restore autosave')) {
                showDrawingLines(item.doc);
                offerIfcModel(uiStore.getState().ifcModelName ? undefined : item.doc);
              }
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
  );
}
