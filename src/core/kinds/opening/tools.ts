/** How the editor offers doors: placed on a wall. */
import type { KindTool } from '../roles';

export const OPENING_TOOLS: readonly KindTool[] = [
  {
    id: 'door',
    label: { zh: '门', en: 'Door' },
    shortcut: 'D',
    icon: [{ d: 'M3 20h18M6 20V5h2' }, { d: 'M8 5a14 14 0 0 1 11 15', dash: '2 2' }],
    catalogue: { group: 'building', entries: [{ id: 'door', label: { zh: '门', en: 'Door' } }] },
  },
];
