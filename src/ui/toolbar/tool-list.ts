/** The tools on the toolbar, in order. */
import type { ToolId } from '../../editor/types';

export const TOOLBAR_TOOLS: readonly ToolId[] = [
  'select',
  'wall',
  'outline',
  'zone-rect',
  'zone-poly',
  'door',
  'window',
  'counter',
  'counter-row',
  'sign',
  'point',
  'vlink',
  'route',
  'measure',
];
