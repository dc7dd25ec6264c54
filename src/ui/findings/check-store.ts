/** Results of the live rule check, kept outside the editor store: derived data, never undone or saved. */
import { createStore } from 'zustand/vanilla';
import type { CheckResult } from '../../rules/types';

export interface CheckState {
  result?: CheckResult;
  /** Wall time of the last check in ms, and whether checks are now debounced because they ran slow. */
  lastMs?: number;
  debounced: boolean;
  error?: string;
  available: boolean;
}

export const checkStore = createStore<CheckState>(() => ({ debounced: false, available: true }));
