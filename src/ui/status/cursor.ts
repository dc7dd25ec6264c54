/** The pointer's plan position as the editor last saw it (kept in the store for the status bar). */
import type { Vec2 } from '../../core';
import type { EditorState } from '../../editor/editor';

export function cursorOf(s: EditorState): Vec2 | undefined {
  const any = s as unknown as { cursor?: Vec2; overlay?: { cursor?: Vec2 } };
  return any.cursor ?? any.overlay?.cursor;
}
