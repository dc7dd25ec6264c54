/** The printable compliance report (HTML). */
import { defineExport } from './types';

export const reportExport = defineExport({
  id: 'report',
  label: { zh: '合规报告（HTML）', en: 'Compliance report (HTML)' },
  ext: '-report.html',
  mime: 'text/html',
  needsCheck: true,
  options: [
    {
      key: 'prepared-by',
      label: { zh: '编制人', en: 'Prepared by' },
      type: 'text',
      signer: true,
      hint: { zh: '签署栏“编制”一行的姓名', en: 'The name in the sign-off’s “Prepared by” row' },
    },
  ],
  reads: ['other-version'],
  printsToPdf: { label: { zh: '合规报告（PDF，打印）…', en: 'Compliance report (PDF, print)…' } },
  async run({ doc, result, options, env }) {
    if (!result) throw new Error('the report needs the check result');
    const { renderReport } = await import('../rules/report');
    const other = env.compareWith;
    const compare = other ? { base: other.doc, baseResult: (await import('../rules')).checkHall(other.doc), name: other.name } : undefined;
    return {
      data: renderReport(doc, result, { compare, preparedBy: options['prepared-by'] }),
      summary: `${result.findings.length} findings${other ? `, compared with ${other.name}` : ''}`,
    };
  },
});
