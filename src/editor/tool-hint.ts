/**
 * What the status bar says a click of the armed tool does: what the tool says for the place under the pointer (a door
 * set into this wall, a zone filling this room, a stair joining these floors), else what its kind declares it does.
 */
import type { Term } from '../core/vocab';
import { kindTool } from './kind-tools';
import type { EditorState } from './types';

export function toolStatus(s: Pick<EditorState, 'tool' | 'overlay'>): Term | undefined {
  if (s.tool === 'select') return undefined;
  const declared = kindTool(s.tool)?.tool;
  return s.overlay.status ?? s.overlay.hint ?? declared?.hint ?? declared?.label;
}
