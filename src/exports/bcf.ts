/** The check's findings as BCF issues, for Revit, Solibri, BIMcollab and other BIM tools. */
import { defineExport } from './types';

export const bcfExport = defineExport({
  id: 'bcf',
  label: { zh: 'BCF 问题包', en: 'BCF issues' },
  ext: '.bcfzip',
  mime: 'application/zip',
  needsCheck: true,
  options: [{ key: 'bcf-version', label: { zh: 'BCF 版本', en: 'BCF version' }, type: 'choice', choices: ['2.1', '3.0'], default: '2.1', ask: true }],
  async run({ doc, result, options }) {
    if (!result) throw new Error('BCF needs the check result');
    const version = options['bcf-version'] === '3.0' ? '3.0' : '2.1';
    const { exportBcf } = await import('../rules/bcf');
    return { data: exportBcf(doc, result, { version }), summary: `${result.findings.length} topics, BCF ${version}` };
  },
});
