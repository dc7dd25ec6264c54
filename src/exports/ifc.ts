/** IFC4 of the hall; with the model it was imported from, the hall's elements are written back into that model. */
import { defineExport } from './types';

export const ifcExport = defineExport({
  id: 'ifc',
  label: { zh: 'IFC', en: 'IFC' },
  ext: '.ifc',
  mime: 'application/x-step',
  needsCheck: false,
  slow: true,
  options: [],
  reads: ['original-ifc'],
  async run({ doc, env }) {
    const { exportIfc } = await import('../ifc/export');
    const bytes = exportIfc(doc, { original: env.originalIfc, fileName: env.fileName });
    const n = doc.floors.reduce((s, f) => s + f.elements.length, 0);
    return { data: bytes, summary: `IFC${env.originalIfc ? ' (written back into the original model)' : '4'}, ${doc.floors.length} floors, ${n} elements, ${bytes.length} bytes` };
  },
});
