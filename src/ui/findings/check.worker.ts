/** Runs the rules off the main thread: the hall-wide rules (routing, coverage) take far longer than a frame. */
import { createChecker } from '../../rules/engine';
import type { HallDocument } from '../../core';

const checker = createChecker();

self.onmessage = (e: MessageEvent<{ seq: number; doc: HallDocument }>) => {
  const { seq, doc } = e.data;
  const t0 = performance.now();
  try {
    const result = checker.check(doc);
    self.postMessage({ seq, result, ms: performance.now() - t0 });
  } catch (err) {
    self.postMessage({ seq, error: err instanceof Error ? err.message : String(err), ms: performance.now() - t0 });
  }
};
