/**
 * Findings of two versions of a hall compared by their stable keys: new in the current version, fixed since
 * the base version, and still open in both.
 */
import type { CheckResult, Finding } from './types';

export interface FindingsDiff {
  new: Finding[];
  fixed: Finding[];
  open: Finding[];
}

export function compareFindings(base: CheckResult, current: CheckResult): FindingsDiff {
  const before = new Set(base.findings.map((f) => f.key));
  const now = new Set(current.findings.map((f) => f.key));
  return {
    new: current.findings.filter((f) => !before.has(f.key)),
    fixed: base.findings.filter((f) => !now.has(f.key)),
    open: current.findings.filter((f) => before.has(f.key)),
  };
}
