/** The report's sign-off names who prepared it: from the library, from `halltwin export report --prepared-by`. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../../src/cli/export';
import { checkHall } from '../../../../src/rules';
import { renderReport } from '../../../../src/rules/report';
import { fakeIO } from '../../cli/fake-io';
import { loadSample, ROOT } from '../../core/helpers';

const DATE = new Date('2026-11-23T10:00:00Z');
const hall = loadSample('county-hall');
const result = checkHall(hall);

/** The sign-off table's rows as [role, name, signature, date] text. */
function signoff(html: string): string[][] {
  const table = html.slice(html.indexOf('<section class="signoff">'));
  return [...table.matchAll(/<tr><td>([^<]*)<\/td><td[^>]*>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => m.slice(1));
}

describe('report sign-off', () => {
  it('the 编制 row carries the preparer’s name and the report’s date; review and approval stay blank for ink', () => {
    const rows = signoff(renderReport(hall, result, { date: DATE, preparedBy: ' 王工 ' }));
    expect(rows).toEqual([
      ['编制 Prepared by', '王工', '', '2026-11-23'],
      ['审核 Reviewed by', '', '', ''],
      ['批准 Approved by（负责人 Director）', '', '', ''],
    ]);
  });

  it('without a name the row is left blank, undated; a name is escaped, never markup', () => {
    expect(signoff(renderReport(hall, result, { date: DATE }))[0]).toEqual(['编制 Prepared by', '', '', '']);
    expect(signoff(renderReport(hall, result, { date: DATE, preparedBy: '   ' }))[0]).toEqual(['编制 Prepared by', '', '', '']);
    const html = renderReport(hall, result, { date: DATE, preparedBy: '<b>李</b>' });
    expect(html).toContain('&lt;b&gt;李&lt;/b&gt;');
    expect(html).not.toContain('<b>李</b>');
  });

  it('halltwin export report --prepared-by NAME signs the row', async () => {
    const io = fakeIO();
    expect(await run(['report', resolve(ROOT, 'models/county-hall.hall.json'), '-o', 'r.html', '--prepared-by', '张工'], io)).toBe(0);
    expect(signoff(String(io.written.get('r.html')))[0].slice(0, 2)).toEqual(['编制 Prepared by', '张工']);
  });
});
