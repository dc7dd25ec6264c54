/**
 * Asked when the open hall names files this session has not loaded (underlay images, the CAD drawing, the IFC model):
 * one dialog lists them all, each with its own "Locate file…", and one "Later" for the rest (the hall is open and
 * editable either way; the underlay panel and the hall file keep the links). Out of the way while a located file is
 * read; a file refused (another project's model, an unreadable drawing) is said here, where the user is looking (the
 * error banner, under the dialog's backdrop, steps aside meanwhile).
 */
import { useStore } from 'zustand';
import type { Term } from '../../core/vocab';
import { drawingLink } from '../dxf/drawing-link';
import { locateDrawing } from '../dxf/locate-drawing';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';
import { uiStore } from '../ui-store';
import { linkedImages } from '../underlay/linked-images';
import { locateUnderlay } from '../underlay/locate-underlay';
import { ifcModelLink } from './ifc-model-link';
import { locateIfcModel } from './locate-ifc-model';
import { leaveMissingFiles, type MissingFile, missingFiles } from './missing-files';

const ACCEPT: Record<MissingFile['kind'], string> = {
  underlay: 'image/png,image/jpeg,application/pdf,.png,.jpg,.jpeg,.pdf',
  drawing: '.dxf',
  model: '.ifc',
};

/** The test ids each row kept from the prompts it replaces. */
function ids(m: MissingFile): { row: string; file: string } {
  if (m.kind === 'underlay') return { row: `underlay-link-${m.floorId}`, file: `underlay-locate-${m.floorId}` };
  return m.kind === 'drawing' ? { row: 'dxf-relink', file: 'dxf-relink-file' } : { row: 'ifc-relink', file: 'ifc-relink-file' };
}

/** The files the dialog asks for now: none while a located file is being read (the dialog then steps aside). */
export function useMissingFiles(): MissingFile[] {
  const editor = useEditor();
  useEditorState((s) => s.settledDoc);
  useStore(linkedImages);
  useStore(drawingLink);
  useStore(ifcModelLink);
  const reading = useStore(uiStore, (s) => !!s.ifcImport || !!s.busy);
  return reading ? [] : missingFiles(editor);
}

export function LocateFilesDialog() {
  const editor = useEditor();
  const t = useT();
  const error = useEditorState((s) => s.error);
  const locale = useEditorState((s) => s.locale);
  const missing = useMissingFiles();
  if (missing.length === 0) return null;
  const inLocale = (m: Term | string) => (typeof m === 'string' ? m : term(m, locale));
  const what = (m: MissingFile) => (m.kind === 'underlay' ? t('locate.underlay', { floor: m.floorName }) : t(m.kind === 'drawing' ? 'dxf.context' : 'ifc.model'));
  const why = (m: MissingFile) => t(m.kind === 'underlay' ? 'locate.underlayWhy' : m.kind === 'drawing' ? 'locate.drawingWhy' : 'locate.modelWhy');
  const locate = (m: MissingFile, file: File) => {
    if (m.kind === 'underlay') void locateUnderlay(editor, m.floorId, file);
    else if (m.kind === 'drawing') void locateDrawing(editor, file);
    else void locateIfcModel(editor, file);
  };
  return (
    <div className="dxf-dialog-backdrop">
      <div className="dxf-dialog locate-files" role="dialog" aria-modal="true" aria-labelledby="locate-files-title" data-testid="locate-files">
        <h2 id="locate-files-title">{t('locate.title', { n: missing.length })}</h2>
        <p className="dxf-dialog__why">{t('locate.why')}</p>
        {error && (
          <p className="dxf-dialog__warn" role="alert" data-testid="locate-files-error">
            {[error.message, ...(error.details ?? [])].map(inLocale).join(' — ')}
          </p>
        )}
        <ul className="locate-files__list">
          {missing.map((m) => (
            <li key={ids(m).row} data-testid={ids(m).row} data-kind={m.kind}>
              <span>
                <span className="locate-files__what">{what(m)}</span> <strong>{m.name}</strong>
                {m.kind === 'underlay' && m.page ? ` (p. ${m.page})` : ''}
              </span>
              <span className="locate-files__why">{why(m)}</span>
              <label className="chip">
                {t(m.kind === 'model' ? 'ifc.relinkLocate' : 'underlay.locate')}
                <input
                  type="file"
                  hidden
                  accept={ACCEPT[m.kind]}
                  data-testid={ids(m).file}
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    if (file) locate(m, file);
                  }}
                />
              </label>
            </li>
          ))}
        </ul>
        <div className="dxf-dialog__buttons">
          <button type="button" data-testid="locate-files-later" onClick={() => leaveMissingFiles(editor)}>
            {t('underlay.later')}
          </button>
        </div>
      </div>
    </div>
  );
}
