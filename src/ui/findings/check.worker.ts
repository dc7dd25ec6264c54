/**
 * Runs the rules off the main thread: a cold check (rasters, graphs, walking-distance fields) takes longer than a
 * frame. Documents arrive as patches against the previous one (src/core/sync.ts), so unchanged floors and elements
 * keep their identity here and the checker's caches carry over from one edit to the next.
 */
import { createChecker } from '../../rules/engine';
import type { HallDocument } from '../../core';
import { applyDocPatch, type DocPatch } from '../../core/sync';
import type { CheckResult } from '../../rules/types';
import { sameResult } from './same-result';

const checker = createChecker();
let held: { seq: number; doc: HallDocument } | undefined;
/** The last result sent: the page holds it too. */
let sent: CheckResult | undefined;

self.onmessage = (e: MessageEvent<{ patch: DocPatch }>) => {
  const { patch } = e.data;
  const t0 = performance.now();
  if (patch.base >= 0 && held?.seq !== patch.base) {
    self.postMessage({ seq: patch.seq, resend: true, ms: 0 });
    return;
  }
  try {
    const doc = applyDocPatch(held?.doc, patch);
    held = { seq: patch.seq, doc };
    // A full copy (a hall opened, or the page lost track): the page may hold no verdict to match.
    if (patch.base < 0) sent = undefined;
    const result = checker.check(doc);
    if (sent && sameResult(sent, result)) self.postMessage({ seq: patch.seq, same: true, ms: performance.now() - t0 });
    else self.postMessage({ seq: patch.seq, result, ms: performance.now() - t0 });
    sent = result;
  } catch (err) {
    held = undefined;
    sent = undefined;
    self.postMessage({ seq: patch.seq, error: err instanceof Error ? err.message : String(err), ms: performance.now() - t0 });
  }
};
