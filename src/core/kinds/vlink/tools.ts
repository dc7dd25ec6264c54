/** How the editor offers stairs, lifts, escalators and ramps. */
import type { KindTool } from '../roles';
import { LINK_KINDS, LINK_KIND_IDS } from '../../vocab';

export const VLINK_TOOLS: readonly KindTool[] = [
  {
    id: 'vlink',
    label: { zh: '垂直交通', en: 'Vertical link' },
    hint: { zh: '楼梯/电梯', en: 'Stair / elevator' },
    shortcut: 'L',
    icon: [{ d: 'M4 20h4v-4h4v-4h4V8h4M16 4l4 0 0 4' }],
    catalogue: { group: 'vertical', entries: LINK_KIND_IDS.map((k) => ({ id: `vlink:${k}`, label: LINK_KINDS[k], options: { linkKind: k } })) },
  },
];
