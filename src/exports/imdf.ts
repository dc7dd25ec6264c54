/** IMDF 1.0.0 archive for indoor map platforms; validated before it is handed out. */
import { defineExport } from './types';

export const imdfExport = defineExport({
  id: 'imdf',
  label: { zh: 'IMDF 压缩包', en: 'IMDF archive' },
  ext: '-imdf.zip',
  mime: 'application/zip',
  needsCheck: false,
  slow: true,
  options: [],
  async run({ doc }) {
    const { exportImdf } = await import('../nav/export/imdf');
    const { validateImdf } = await import('../nav/export/imdf-validate');
    const zip = exportImdf(doc);
    const problems = validateImdf(zip);
    if (problems.length) throw new Error(`the IMDF archive does not validate:\n${problems.slice(0, 20).join('\n')}`);
    return { data: zip };
  },
});
