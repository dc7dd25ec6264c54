/** How the editor offers windows: placed on a wall (its tool class, src/editor/tools/window.ts). */
import type { KindTool } from '../roles';

export const WINDOW_TOOLS: readonly KindTool[] = [
  {
    id: 'window',
    label: { zh: '窗', en: 'Window' },
    hint: { zh: '在墙附近单击放置窗（外墙上为外窗，隔墙上为内窗）', en: 'Click near a wall to set a window into it (exterior in an outer wall, interior in a partition)' },
    shortcut: 'N',
    icon: [{ d: 'M3 9h18M3 15h18' }, { d: 'M5 11h14M5 13h14' }, { d: 'M5 9v6M19 9v6' }],
    catalogue: { group: 'building', entries: [{ id: 'window', label: { zh: '窗（外窗/内窗）', en: 'Window (exterior / interior)' } }] },
  },
];
