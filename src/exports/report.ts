/** The printable compliance report (HTML). */
import { defineExport } from './types';

export const reportExport = defineExport({
  id: 'report',
  label: { zh: '合规报告（HTML）', en: 'Compliance report (HTML)' },
  ext: '-report.html',
  mime: 'text/html',
  needsCheck: true,
  options: [],
  async run({ doc, result }) {
    if (!result) throw new Error('the report needs the check result');
    const { renderReport } = await import('../rules/report');
    return { data: renderReport(doc, result), summary: `${result.findings.length} findings` };
  },
});
