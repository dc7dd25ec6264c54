/**
 * Writes the autosave record off the main thread: the pretty-printed `.hall.json` text of a 10,000-element hall,
 * that text again inside the record's JSON, and the store's copy of the result took a few hundred milliseconds
 * on the page. The record goes into the same IndexedDB store the page reads recoveries from.
 */
import { encodeRecord, type AutosaveRecord } from '../../editor/autosave';
import { IdbStore } from '../../editor/idb-store';
import type { HallDocument } from '../../core/document';

const store = new IdbStore();

self.onmessage = async (e: MessageEvent<{ id: number; key: string; doc: HallDocument; meta: Omit<AutosaveRecord, 'text'> }>) => {
  const { id, key, doc, meta } = e.data;
  try {
    await store.set(key, encodeRecord(doc, meta));
    self.postMessage({ id });
  } catch (err) {
    // Name and message, so the page reports a full disk as QuotaExceededError as it would its own write.
    const name = err instanceof Error || err instanceof DOMException ? err.name : 'Error';
    self.postMessage({ id, error: { name, message: err instanceof Error || err instanceof DOMException ? err.message : String(err) } });
  }
};
