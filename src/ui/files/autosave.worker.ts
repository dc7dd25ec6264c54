/**
 * Turns the open hall into its autosave record off the main thread: the pretty-printed `.hall.json` text of a
 * 10,000-element hall, and that text again inside the record's JSON, took a few hundred milliseconds on the page.
 */
import { serializeHall } from '../../core/io';
import type { HallDocument } from '../../core/document';

self.onmessage = (e: MessageEvent<{ id: number; doc: HallDocument; meta: Record<string, unknown> }>) => {
  const { id, doc, meta } = e.data;
  try {
    self.postMessage({ id, value: JSON.stringify({ ...meta, text: serializeHall(doc) }) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
