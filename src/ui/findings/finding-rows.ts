/**
 * The findings list as rows: the findings new since the last edit first under their own heading, then one group per
 * severity and rule, most severe first, each headed by the rule's title and the clause it checks (standard and §, as
 * Solibri shows a rule's source). A closed group keeps its heading and hides its findings.
 */
import type { Finding, Severity } from '../../rules/types';

export type FindingRow =
  | { kind: 'group'; id: string; severity: Severity; title: string; clause?: string; n: number; open: boolean }
  | { kind: 'finding'; f: Finding; fresh: boolean };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The clauses a group's findings cite, each once, in the order met (a rule cites one clause for all of them in most presets). */
function groupClause(list: readonly Finding[]): string | undefined {
  const clauses = [...new Set(list.map((f) => f.clause).filter((c) => c))];
  return clauses.length ? clauses.join('；') : undefined;
}

export function findingRows(
  visible: readonly Finding[],
  newKeys: ReadonlySet<string> | undefined,
  closed: Readonly<Record<string, boolean>>,
  titles: { newGroup: string; rule: (ruleId: string) => string },
): FindingRow[] {
  const out: FindingRow[] = [];
  const fresh = visible.filter((f) => newKeys?.has(f.key));
  if (fresh.length) {
    const open = !closed.new;
    const severity = fresh.reduce<Severity>((s, f) => (RANK[f.severity] < RANK[s] ? f.severity : s), 'info');
    out.push({ kind: 'group', id: 'new', severity, title: titles.newGroup, n: fresh.length, open });
    if (open) for (const f of fresh) out.push({ kind: 'finding', f, fresh: true });
  }
  const byRule = new Map<string, Finding[]>();
  for (const f of visible) {
    if (newKeys?.has(f.key)) continue;
    const k = `${f.severity}|${f.ruleId}`;
    const l = byRule.get(k) ?? [];
    l.push(f);
    byRule.set(k, l);
  }
  const groups = [...byRule.entries()].sort((a, b) => RANK[a[1][0].severity] - RANK[b[1][0].severity] || a[0].localeCompare(b[0]));
  for (const [k, list] of groups) {
    const open = !closed[k];
    out.push({ kind: 'group', id: k, severity: list[0].severity, title: titles.rule(list[0].ruleId), clause: groupClause(list), n: list.length, open });
    if (open) for (const f of list) out.push({ kind: 'finding', f, fresh: false });
  }
  return out;
}
