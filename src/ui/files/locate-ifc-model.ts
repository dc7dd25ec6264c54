/** The file the user chose for the IFC model a reopened hall names (src/ui/files/ifc-model-link.ts). */
import type { Editor } from '../../editor/editor';
import { translate } from '../i18n';
import { notify, uiStore } from '../ui-store';
import { ifcModelLink } from './ifc-model-link';
import { withIfcRead } from './ifc-read';
import { attachIfcModel } from './replace-hall';

/**
 * Reads the chosen file as an import does (in the worker, with progress and cancel) and keeps its model layer and
 * bytes, not its hall. False, with a message, when it is another project's model, fails to read, or is cancelled.
 */
export function locateIfcModel(editor: Editor, file: File): Promise<boolean> {
  const wanted = ifcModelLink.getState().wanted;
  const tr = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(editor.store.getState().locale, key, vars);
  return withIfcRead(editor, file, async (out, bytes) => {
    const id = out.doc.meta.source?.projectGlobalId;
    if (wanted?.projectGlobalId && id !== wanted.projectGlobalId) {
      editor.store.setState({ error: { message: tr('ifc.relinkOther', { name: file.name, want: wanted.fileName }) } });
      return false;
    }
    attachIfcModel(bytes, file.name);
    uiStore.setState({ ifcContext: out.context, ifcModelName: file.name, ifcView: { ...uiStore.getState().ifcView, visible: true, hiddenGroups: [] } });
    ifcModelLink.setState({ wanted: undefined });
    editor.store.setState({ error: undefined });
    notify(tr('ifc.relinked', { name: file.name }), 'info');
    return true;
  });
}
