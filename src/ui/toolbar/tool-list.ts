/** The tools on the toolbar, in order: selecting, then each kind's placing tools in registry order, then the floor's. */
import { KIND_TOOLS } from '../../editor/kind-tools';
import type { ToolId } from '../../editor/types';

export const TOOLBAR_TOOLS: readonly ToolId[] = ['select', ...KIND_TOOLS.map((t) => t.tool.id), 'outline', 'measure'];
