/** How the editor offers counters: one at a time by type, or a row. */
import type { KindTool } from '../roles';
import { COUNTER_TYPES, COUNTER_TYPE_IDS } from '../../vocab';

export const COUNTER_TOOLS: readonly KindTool[] = [
  {
    id: 'counter',
    label: { zh: '窗口', en: 'Counter' },
    shortcut: 'C',
    icon: [{ d: 'M4 8h16v6H4z' }, { d: 'M8 18h8', dash: '2 1.5' }, { d: 'M10.4 5a1.6 1.6 0 1 0 3.2 0a1.6 1.6 0 1 0-3.2 0' }],
    catalogue: {
      group: 'counters',
      entries: COUNTER_TYPE_IDS.map((t) => ({ id: `counter:${t}`, label: COUNTER_TYPES[t], options: { counterType: t }, vocabulary: { of: 'counter', type: t } })),
    },
  },
  {
    id: 'counter-row',
    label: { zh: '一排窗口', en: 'Row of counters' },
    shortcut: 'Shift+C',
    icon: [{ d: 'M2 8h6v5H2zM9 8h6v5H9zM16 8h6v5h-6z' }, { d: 'M2 17h20', dash: '2 1.5' }],
    catalogue: { group: 'counters', entries: [{ id: 'counter-row', label: { zh: '一排窗口', en: 'Row of counters' }, options: { counterType: 'general-intake' } }] },
  },
];
