/** How the editor offers signs: placed by kind of sign. */
import type { KindTool } from '../roles';
import { SIGN_KINDS, SIGN_KIND_IDS } from '../../vocab';

export const SIGN_TOOLS: readonly KindTool[] = [
  {
    id: 'sign',
    label: { zh: '标识', en: 'Sign' },
    shortcut: 'S',
    icon: [{ d: 'M5 4h14a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z' }, { d: 'M12 13v7M9 20h6M8 8.5h6l-2-2M14 8.5l-2 2' }],
    catalogue: { group: 'signs', entries: SIGN_KIND_IDS.map((k) => ({ id: `sign:${k}`, label: SIGN_KINDS[k], options: { signKind: k } })) },
  },
];
