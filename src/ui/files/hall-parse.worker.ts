/**
 * Reads a `.hall.json` file off the main thread: decoding, JSON parsing, migrations and schema validation of a
 * 10,000-element hall take several hundred milliseconds, which on the page would freeze it after the file is read.
 * The page receives the validated document (or the problems with their JSON paths) as structured clones, a floor
 * per message.
 */
import { parseHallBytes } from '../../core/io';

self.onmessage = (e: MessageEvent<{ id: number; bytes: ArrayBuffer }>) => {
  const { id, bytes } = e.data;
  try {
    const result = parseHallBytes(new Uint8Array(bytes));
    if (!result.ok) {
      self.postMessage({ id, result });
      return;
    }
    // A floor per message: the page reads each in a task of its own (a 10,000-element hall read as one message
    // was one long task on the page), then the result without them.
    for (const floor of result.doc.floors) self.postMessage({ id, floor });
    self.postMessage({ id, result: { ...result, doc: { ...result.doc, floors: [] } } });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
