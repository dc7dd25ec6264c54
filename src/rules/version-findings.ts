/**
 * Findings of two versions of a hall compared by their stable keys: new in the current version, fixed since
 * the base version, still open in both, and, among those still open, the ones whose status the people working
 * through them changed (open → accepted, in progress → fixed …), as an issue comparison lists them.
 */
import type { FindingStatus } from '../core/document';
import type { CheckResult, Finding } from './types';
import { type States, statusOf } from './work-items';

/** A finding found in both versions whose status differs between them. */
export interface StatusChange {
  finding: Finding;
  from: FindingStatus;
  to: FindingStatus;
}

export interface FindingsDiff {
  new: Finding[];
  fixed: Finding[];
  open: Finding[];
  /** Findings of `open` whose status changed from the base version's to the current one's. */
  status: StatusChange[];
}

export function compareFindings(base: CheckResult, current: CheckResult, baseStates?: States, currentStates?: States): FindingsDiff {
  const before = new Set(base.findings.map((f) => f.key));
  const now = new Set(current.findings.map((f) => f.key));
  const open = current.findings.filter((f) => before.has(f.key));
  const status: StatusChange[] = [];
  for (const f of open) {
    const from = statusOf(baseStates, f.key);
    const to = statusOf(currentStates, f.key);
    if (from !== to) status.push({ finding: f, from, to });
  }
  return {
    new: current.findings.filter((f) => !before.has(f.key)),
    fixed: base.findings.filter((f) => !now.has(f.key)),
    open,
    status,
  };
}
