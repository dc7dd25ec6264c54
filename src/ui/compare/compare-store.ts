/** The version comparison shown in its drawer: against which file, and what differs. */
import { createStore } from 'zustand/vanilla';
import type { VersionDiff } from '../../core/version-diff';
import type { FindingsDiff } from '../../rules/version-findings';

export interface CompareState {
  open: boolean;
  /** File name of the version the open hall is compared with. */
  baseName?: string;
  /** The other version itself, kept so the comparison can be run again after edits. */
  base?: import('../../core/document').HallDocument;
  /** Comparing: loading the other version and checking both. */
  busy?: boolean;
  diff?: VersionDiff;
  findings?: FindingsDiff;
  error?: string;
}

export const compareStore = createStore<CompareState>(() => ({ open: false }));
