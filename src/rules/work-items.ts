/**
 * Findings worked on as issues: each finding's status, assignee, comments and acceptance reason live in
 * the hall (`meta.findingStates`, keyed by the finding's stable key), so they survive re-checks, saves and
 * BCF round trips. A finding the check no longer reports is fixed by the edit, whatever its state said.
 */
import type { FindingComment, FindingState, FindingStatus, HallDocument } from '../core/document';
import type { CheckResult, Finding, Severity } from './types';
import { elementLabel } from './element-label';

export type States = Readonly<Record<string, FindingState>>;

export function statusOf(states: States | undefined, key: string): FindingStatus {
  return states?.[key]?.status ?? 'open';
}

/** The states with one finding's state changed; an open finding with nothing else to say is dropped. */
export function patchState(states: States | undefined, key: string, patch: Partial<FindingState>, now = new Date()): Record<string, FindingState> {
  const prev: FindingState = states?.[key] ?? { status: 'open' };
  const next: FindingState = { ...prev, ...patch, updated: now.toISOString() };
  for (const k of Object.keys(next) as (keyof FindingState)[]) if (next[k] === undefined || next[k] === '') delete next[k];
  const out = { ...(states ?? {}) };
  if (next.status === 'open' && !next.assignee && !next.comments?.length && !next.reason) delete out[key];
  else out[key] = next;
  return out;
}

export function addComment(states: States | undefined, key: string, c: Omit<FindingComment, 'date'> & { date?: string }, now = new Date()): Record<string, FindingState> {
  const prev = states?.[key];
  const comment: FindingComment = { ...c, date: c.date ?? now.toISOString() };
  return patchState(states, key, { status: prev?.status ?? 'open', comments: [...(prev?.comments ?? []), comment] }, now);
}

export interface FindingFilter {
  severities?: readonly Severity[];
  ruleId?: string;
  floorId?: string;
  status?: FindingStatus | 'all' | 'active';
  search?: string;
}

/** Text a search matches: the messages, hint, clause, rule id and the elements' names. */
function haystack(doc: HallDocument, f: Finding): string {
  const names = f.elementIds.map((id) => elementLabel(doc, id)).flatMap((l) => (l ? [l.zh, l.en] : []));
  return [f.message.zh, f.message.en, f.hint?.zh, f.hint?.en, f.clause, f.ruleId, ...names].join('\n').toLowerCase();
}

export function filterFindings(doc: HallDocument, findings: readonly Finding[], states: States | undefined, filter: FindingFilter): Finding[] {
  const q = filter.search?.trim().toLowerCase();
  return findings.filter((f) => {
    if (filter.severities && !filter.severities.includes(f.severity)) return false;
    if (filter.ruleId && f.ruleId !== filter.ruleId) return false;
    if (filter.floorId && f.floorId !== filter.floorId) return false;
    const st = statusOf(states, f.key);
    if (filter.status === 'active' && (st === 'accepted' || st === 'fixed')) return false;
    if (filter.status && filter.status !== 'all' && filter.status !== 'active' && st !== filter.status) return false;
    if (q && !haystack(doc, f).includes(q)) return false;
    return true;
  });
}

/** Keys of the findings in `now` that `before` did not have (new after an edit). Empty when `before` is another hall's. */
export function newFindingKeys(before: CheckResult | undefined, now: CheckResult): Set<string> {
  if (!before) return new Set();
  const had = new Set(before.findings.map((f) => f.key));
  return new Set(now.findings.filter((f) => !had.has(f.key)).map((f) => f.key));
}
