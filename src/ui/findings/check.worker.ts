/**
 * Runs the rules off the main thread: a cold check (rasters, graphs, walking-distance fields) takes longer than a
 * frame. What it does with each document the page sends is ./check-host.ts.
 */
import { createChecker } from '../../rules/engine';
import type { DocPatch } from '../../core/sync';
import { checkHost } from './check-host';

const onPatch = checkHost(
  createChecker(),
  (r) => self.postMessage(r),
  (fn, ms) => {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
);

self.onmessage = (e: MessageEvent<{ patch: DocPatch }>) => onPatch(e.data.patch);
