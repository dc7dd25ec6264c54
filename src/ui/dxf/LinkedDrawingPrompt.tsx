/**
 * Offered when the open hall links a CAD drawing by file name that this session has not loaded: locate the file to
 * see its linework under the floors again, or leave it (the hall is open and editable either way; the link is kept).
 */
import { useStore } from 'zustand';
import { useEditor, useT } from '../EditorContext';
import { drawingLink } from './drawing-link';
import { locateDrawing } from './locate-drawing';

export function LinkedDrawingPrompt() {
  const editor = useEditor();
  const t = useT();
  const { missing, later } = useStore(drawingLink);
  if (!missing || later) return null;
  return (
    <div className="banner info" role="alertdialog" aria-labelledby="dxf-relink-title" data-testid="dxf-relink">
      <span>
        <b id="dxf-relink-title">{t('dxf.relinkTitle', { name: missing.name })}</b> {t('dxf.relinkWhy')}
      </span>
      <label className="chip">
        {t('underlay.locate')}
        <input
          type="file"
          hidden
          accept=".dxf"
          data-testid="dxf-relink-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void locateDrawing(editor, file);
          }}
        />
      </label>
      <button type="button" data-testid="dxf-relink-later" onClick={() => drawingLink.setState({ later: true })}>
        {t('underlay.later')}
      </button>
    </div>
  );
}
