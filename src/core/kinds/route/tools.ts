/** How the editor offers hand-drawn accessible routes. */
import type { KindTool } from '../roles';

export const ROUTE_TOOLS: readonly KindTool[] = [
  {
    id: 'route',
    label: { zh: '无障碍路线', en: 'Accessible route' },
    shortcut: 'T',
    icon: [{ d: 'M8.4 5a1.6 1.6 0 1 0 3.2 0a1.6 1.6 0 1 0-3.2 0' }, { d: 'M10 8v5h5l2 5M10 13a5 5 0 1 0 4 6' }],
    catalogue: { group: 'building', entries: [{ id: 'route', label: { zh: '无障碍路线', en: 'Accessible route' } }] },
  },
];
