/**
 * Autosave through the editor's Autosave (IndexedDB). On start, if the stored copy holds work the opened
 * hall does not, the shell offers it ("恢复 / 忽略"). The copy is kept after a save too: it is simply the
 * latest work, and is offered only when it differs from what the page opened with.
 */
import { parseHallText } from '../../core';
import { Autosave } from '../../editor/autosave';
import type { Editor } from '../../editor/editor';
import { IdbStore } from '../../editor/idb-store';
import { uiStore } from '../ui-store';

declare global {
  interface Window {
    /** The document object last written to the autosave (lets the browser tests wait for it). */
    __halltwinAutosavedDoc?: unknown;
  }
}

class ShellAutosave extends Autosave {
  constructor(private readonly ed: Editor) {
    super(ed, new IdbStore());
  }
  override async flush(): Promise<void> {
    const doc = this.ed.doc;
    await super.flush();
    window.__halltwinAutosavedDoc = doc;
  }
}

let active: ShellAutosave | undefined;

export async function startAutosaveWithOffer(editor: Editor): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const autosave = new ShellAutosave(editor);
  active = autosave;
  try {
    const rec = await autosave.findRecovery(editor.doc);
    if (rec) {
      const r = parseHallText(rec.text);
      // A corrupt or foreign copy is not worth offering.
      if (r.ok) uiStore.setState({ restore: { doc: r.doc, savedAt: rec.savedAt } });
    }
  } catch {
    // IndexedDB may be unavailable (private mode); editing goes on without autosave.
  }
  autosave.start();
  window.addEventListener('pagehide', () => void autosave.flush());
}

/** The user dismissed the offer: forget the old copy. */
export function discardAutosave(): void {
  void active?.clear();
}
