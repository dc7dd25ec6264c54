/**
 * Reads a `.hall.json` file off the main thread: decoding, JSON parsing, migrations and schema validation of a
 * 10,000-element hall take several hundred milliseconds, which on the page would freeze it after the file is read.
 * The page receives the validated document (or the problems with their JSON paths) as a structured clone.
 */
import { parseHallBytes } from '../../core/io';

self.onmessage = (e: MessageEvent<{ id: number; bytes: ArrayBuffer }>) => {
  const { id, bytes } = e.data;
  try {
    self.postMessage({ id, result: parseHallBytes(new Uint8Array(bytes)) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
