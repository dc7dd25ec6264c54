/** Entry: pick the opening hall, make the editor, offer an autosave restore, render the shell. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import sample from '../models/county-hall.hall.json';
import type { Editor } from './editor/editor';
import { createEditor } from './editor/create';
import { App } from './ui/App';
import { bootDocument } from './ui/boot';
import { problemLines, showError } from './ui/files/actions';
import { startAutosaveWithOffer } from './ui/files/autosave-offer';
import { translate } from './ui/i18n';
import './ui/styles.css';
import { checkStore } from './ui/findings/check-store';
import { uiStore } from './ui/ui-store';
import { hasUnsavedEdits } from './ui/files/unsaved';

declare global {
  interface Window {
    /** For browser tests and benchmarks, which drive the editor through it and read the live check's results and the shell's state. */
    __halltwin?: { editor: Editor; checks: typeof checkStore; ui: typeof uiStore; unsaved: () => boolean };
  }
}

async function main(): Promise<void> {
  const boot = await bootDocument(location.search, location.hash, sample);
  const editor = createEditor(boot.doc);
  window.__halltwin = { editor, checks: checkStore, ui: uiStore, unsaved: () => hasUnsavedEdits(editor) };
  if (boot.problems) showError(editor, translate('zh-CN', 'file.openFailed', { name: '#hall=' }), problemLines(editor, boot.problems));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App editor={editor} />
    </StrictMode>,
  );
  await startAutosaveWithOffer(editor);
}

void main();
