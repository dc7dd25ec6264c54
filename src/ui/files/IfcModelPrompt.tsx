/**
 * Offered when the open hall was imported from an IFC model this session has not loaded: choose the file to see the
 * model layer again (and have IFC export write back into it), or leave it (the hall is open and editable either way).
 */
import { useStore } from 'zustand';
import { useEditor, useT } from '../EditorContext';
import { dismissIfcModel, ifcModelLink } from './ifc-model-link';
import { locateIfcModel } from './locate-ifc-model';

export function IfcModelPrompt() {
  const editor = useEditor();
  const t = useT();
  const wanted = useStore(ifcModelLink, (s) => s.wanted);
  if (!wanted) return null;
  return (
    <div className="banner info" role="alertdialog" aria-labelledby="ifc-relink-title" data-testid="ifc-relink">
      <span>
        <b id="ifc-relink-title">{t('ifc.relinkTitle', { name: wanted.fileName })}</b> {t('ifc.relinkWhy')}
      </span>
      <label className="chip primary">
        {t('ifc.relinkLocate')}
        <input
          type="file"
          hidden
          accept=".ifc"
          data-testid="ifc-relink-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void locateIfcModel(editor, file);
          }}
        />
      </label>
      <button type="button" data-testid="ifc-relink-later" onClick={dismissIfcModel}>
        {t('underlay.later')}
      </button>
    </div>
  );
}
