/**
 * Whether a check's result is the one before it. The incremental checker hands back the very finding objects of
 * the rules an edit did not change, so when every finding is one of those the page already holds this verdict:
 * the worker says so instead of sending it, which spares the page reading a copy and recomputing its badges on
 * every pointer move of a drag.
 */
import type { CheckResult } from '../../rules/types';

export function sameResult(prev: CheckResult, next: CheckResult): boolean {
  if (prev.findings.length !== next.findings.length || prev.applied.length !== next.applied.length || prev.passed.length !== next.passed.length) return false;
  return next.findings.every((f, i) => f === prev.findings[i]) && next.applied.every((x, i) => x === prev.applied[i]) && next.passed.every((x, i) => x === prev.passed[i]);
}
