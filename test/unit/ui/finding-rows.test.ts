import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import { checkHall } from '../../../src/rules';
import type { Finding } from '../../../src/rules/types';
import { findingRows } from '../../../src/ui/findings/finding-rows';

const titles = { newGroup: 'NEW', rule: (id: string) => `title of ${id}` };

const finding = (key: string, ruleId: string, severity: Finding['severity'], clause: string): Finding => ({
  key,
  ruleId,
  severity,
  clause,
  elementIds: [],
  message: { zh: key, en: key },
});

describe('the findings list rows', () => {
  it('head each rule group with the clause its findings cite (standard and §), never the rule id', () => {
    const r = parseHallText(readFileSync(resolve(import.meta.dirname, '../../../models/failing-hall.hall.json'), 'utf8'));
    if (!r.ok) throw new Error('failing sample invalid');
    const found = checkHall(r.doc).findings;
    expect(found.length).toBeGreaterThan(0);
    const groups = findingRows(found, undefined, {}, titles).filter((row) => row.kind === 'group');
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      const ruleId = g.id.split('|')[1];
      const clauses = new Set(found.filter((f) => f.ruleId === ruleId && `${f.severity}|${f.ruleId}` === g.id).map((f) => f.clause));
      expect(g.clause?.split('；').sort()).toEqual([...clauses].sort());
      expect(g.clause).toMatch(/§|表|附录|第/);
      expect(g.clause).not.toContain(ruleId);
    }
  });

  it('puts new findings first, then groups by severity and rule; a closed group keeps only its heading', () => {
    const fs = [
      finding('a', 'r.info', 'info', 'GB 1 §1'),
      finding('b', 'r.err', 'error', 'GB 2 §2'),
      finding('c', 'r.err', 'error', 'GB 2 §3'),
      finding('d', 'r.warn', 'warning', 'GB 3 §4'),
    ];
    const rows = findingRows(fs, new Set(['d']), { 'info|r.info': true }, titles);
    expect(rows.map((r) => (r.kind === 'group' ? `[${r.id} ${r.n} ${r.clause ?? ''}]` : r.f.key))).toEqual([
      '[new 1 ]',
      'd',
      '[error|r.err 2 GB 2 §2；GB 2 §3]',
      'b',
      'c',
      '[info|r.info 1 GB 1 §1]',
    ]);
    expect(rows[0]).toMatchObject({ severity: 'warning', title: 'NEW' });
    expect(rows[2]).toMatchObject({ title: 'title of r.err', open: true });
  });
});
