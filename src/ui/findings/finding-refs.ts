/**
 * Findings sent to the page by reference: a finding equal to one of the last result sent goes as its index there,
 * and the page takes its own object for it. The findings list then keeps its rows for the findings an edit did not
 * change (a seat nudged in a hall with thirty findings re-rendered every row on each result), and a large hall's
 * thousands of unchanged findings are not copied between the threads on every check.
 */
import type { CheckResult, Finding } from '../../rules/types';

/** A finding the page holds (its index in the last result sent), or a new one. */
export type FindingRef = number | Finding;

/** A check result as the worker sends it. */
export type SentResult = Omit<CheckResult, 'findings'> & { findings: FindingRef[] };

/**
 * `next`'s findings as references into `prev` where one is the same object or, with the same key, equal in every
 * field; `kept` is `next` with those replaced by `prev`'s objects (what the page will hold).
 */
export function findingRefs(prev: readonly Finding[] | undefined, next: readonly Finding[]): { refs: FindingRef[]; kept: Finding[] } {
  if (!prev) return { refs: next.slice(), kept: next.slice() };
  const at = new Map<Finding, number>();
  const byKey = new Map<string, number>();
  prev.forEach((f, i) => {
    at.set(f, i);
    if (!byKey.has(f.key)) byKey.set(f.key, i);
  });
  const refs: FindingRef[] = [];
  const kept: Finding[] = [];
  for (const f of next) {
    let i = at.get(f);
    if (i === undefined) {
      // A rule that ran again makes new objects for findings it had already: compared by value (same code, same
      // field order), only where the key matches.
      const j = byKey.get(f.key);
      if (j !== undefined && JSON.stringify(prev[j]) === JSON.stringify(f)) i = j;
    }
    refs.push(i ?? f);
    kept.push(i === undefined ? f : prev[i]);
  }
  return { refs, kept };
}

/** The findings a sent result stands for, with `held` the last result's; undefined when a reference is not held. */
export function resolveRefs(held: readonly Finding[] | undefined, refs: readonly FindingRef[]): Finding[] | undefined {
  const out: Finding[] = [];
  for (const r of refs) {
    if (typeof r !== 'number') out.push(r);
    else if (held && r < held.length) out.push(held[r]);
    else return undefined;
  }
  return out;
}
