/**
 * Autosave through the editor's Autosave (IndexedDB, plus localStorage at the moment the page goes away), of
 * unsaved edits only. On start, every stored copy holding work the opened hall does not is offered ("恢复 / 忽略"):
 * at most one per tab, the hall it had open with edits no file has. A failed write (quota) shows a warning until a retry succeeds; while changes are not yet stored, closing
 * the tab asks first.
 */
import { parseHallText } from '../../core';
import { Autosave, encodeRecord, type SyncStore } from '../../editor/autosave';
import { withDrawingLines } from '../dxf/kept-lines';
import { workerWriter } from './autosave-writer';
import type { Editor } from '../../editor/editor';
import { IdbStore } from '../../editor/idb-store';
import { uiStore, type RestoreItem } from '../ui-store';
import { hasUnsavedEdits, whenClean } from './unsaved';

declare global {
  interface Window {
    /** The document object last written to the autosave (lets the browser tests wait for it). */
    __halltwinAutosavedDoc?: unknown;
  }
}

/** This tab's id: kept in sessionStorage, which a reload keeps and another tab does not share. */
function tabId(): string {
  try {
    let id = sessionStorage.getItem('halltwin:tab');
    if (!id) {
      id = Math.random().toString(36).slice(2, 10);
      sessionStorage.setItem('halltwin:tab', id);
    }
    return id;
  } catch {
    return 'tab';
  }
}

function syncStore(): SyncStore | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

let active: Autosave | undefined;

export async function startAutosaveWithOffer(editor: Editor): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const tab = tabId();
  const idb = new IdbStore();
  const autosave = new Autosave(editor, idb, {
    tab,
    sync: syncStore(),
    write: workerWriter((key, doc, meta) => idb.set(key, encodeRecord(doc, meta))),
    // The drawing's linework goes into the copy as it goes into a saved file: a restored hall shows it again.
    prepare: withDrawingLines,
    // Only unsaved work is kept, so the next start offers a hall only when it holds edits no file has.
    isClean: () => !hasUnsavedEdits(editor),
    onStatus: (s) => {
      if (s.state === 'failed') uiStore.setState({ autosaveFailed: { reason: s.reason, attempts: s.attempts } });
      else if (s.state === 'saved') {
        uiStore.setState({ autosaveFailed: undefined });
        window.__halltwinAutosavedDoc = editor.doc;
      }
    },
  });
  active = autosave;
  try {
    const recs = await autosave.findRecoveries(editor.doc);
    const items: RestoreItem[] = [];
    for (const rec of recs) {
      const r = parseHallText(rec.text);
      // A corrupt or foreign copy is not worth offering.
      if (r.ok) items.push({ doc: r.doc, savedAt: rec.savedAt, key: rec.key ?? '', ownTab: rec.tab === tab });
    }
    if (items.length) uiStore.setState({ restore: items });
  } catch {
    // IndexedDB may be unavailable (private mode); editing goes on without autosave.
  }
  autosave.start();
  whenClean(() => void autosave.flush().catch(() => {}));
  window.addEventListener('pagehide', () => autosave.flushNow());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') autosave.flushNow();
  });
  window.addEventListener('beforeunload', (e) => {
    if (!autosave.dirty) return;
    autosave.flushNow();
    e.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    e.returnValue = '';
  });
}

/** The user restored an autosaved hall: keep writing it into the slot it came from. */
export function adoptAutosave(key: string): void {
  if (key) active?.adopt(key);
}

/** The user dismissed an offered copy: forget it. */
export function discardAutosave(key?: string): void {
  void active?.clear(key);
}

/** Try the failed write again now (instead of at the next scheduled retry). */
export function retryAutosave(): void {
  void active?.retry().catch(() => {});
}
