/** Results of the live rule check, kept outside the editor store: derived data, never undone or saved. */
import { createStore } from 'zustand/vanilla';
import type { CheckResult } from '../../rules/types';
import type { HallDocument } from '../../core/document';

export interface CheckState {
  result?: CheckResult;
  /** The document `result` was checked on: the panel shows the result as current only while it is the open one. */
  resultDoc?: HallDocument;
  /** Keys of findings the last check found that the one before did not (highlighted as new). */
  newKeys?: ReadonlySet<string>;
  /** Wall time of the last check in ms, and whether checks are now debounced because they ran slow. */
  lastMs?: number;
  debounced: boolean;
  error?: string;
  available: boolean;
}

export const checkStore = createStore<CheckState>(() => ({ debounced: false, available: true }));
