/**
 * Offered when the open hall was imported from an IFC model this session has not loaded: choose the file to see the
 * model layer again (and have IFC export write back into it), or leave it (the hall is open and editable either way).
 */
import { useStore } from 'zustand';
import { useEditor, useT } from '../EditorContext';
import { dismissIfcModel, ifcModelLink } from './ifc-model-link';
import { locateIfcModel } from './locate-ifc-model';
import { RelinkBanner } from './RelinkBanner';

export function IfcModelPrompt() {
  const editor = useEditor();
  const t = useT();
  const wanted = useStore(ifcModelLink, (s) => s.wanted);
  if (!wanted) return null;
  return (
    <RelinkBanner
      id="ifc-relink"
      title={t('ifc.relinkTitle', { name: wanted.fileName })}
      why={t('ifc.relinkWhy')}
      locate={t('ifc.relinkLocate')}
      accept=".ifc"
      primary
      onFile={(file) => void locateIfcModel(editor, file)}
      onLater={dismissIfcModel}
    />
  );
}
