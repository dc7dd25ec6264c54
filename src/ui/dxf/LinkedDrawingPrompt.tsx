/**
 * Offered when the open hall links a CAD drawing by file name that this session has not loaded: locate the file to
 * see its linework under the floors again, or leave it (the hall is open and editable either way; the link is kept).
 */
import { useStore } from 'zustand';
import { useEditor, useT } from '../EditorContext';
import { RelinkBanner } from '../files/RelinkBanner';
import { drawingLink } from './drawing-link';
import { locateDrawing } from './locate-drawing';

export function LinkedDrawingPrompt() {
  const editor = useEditor();
  const t = useT();
  const { missing, later } = useStore(drawingLink);
  if (!missing || later) return null;
  return (
    <RelinkBanner
      id="dxf-relink"
      title={t('dxf.relinkTitle', { name: missing.name })}
      why={t('dxf.relinkWhy')}
      locate={t('underlay.locate')}
      accept=".dxf"
      onFile={(file) => void locateDrawing(editor, file)}
      onLater={() => drawingLink.setState({ later: true })}
    />
  );
}
