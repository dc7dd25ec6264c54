/** How the editor offers walls: drawn corner to corner. */
import type { KindTool } from '../roles';

export const WALL_TOOLS: readonly KindTool[] = [
  {
    id: 'wall',
    label: { zh: '墙', en: 'Wall' },
    hint: { zh: '画墙', en: 'Wall' },
    shortcut: 'W',
    icon: [{ d: 'M3 6h18v12H3z' }, { d: 'M3 12h18M9 6v6M15 12v6' }],
    catalogue: { group: 'building', entries: [{ id: 'wall', label: { zh: '墙', en: 'Wall' } }] },
  },
];
