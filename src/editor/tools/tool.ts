/**
 * Tools are small state machines (tldraw's StateNode, flattened): each keeps a `state` name and reacts to
 * pointer and key events in plan coordinates. A tool changes the document only through editor.execute.
 */
import type { EditorKeyEvent, PlanPointerEvent, ToolId } from '../types';

export interface Tool {
  readonly id: ToolId;
  /** Current state, e.g. 'idle' | 'pointing' | 'dragging'; exposed for tests and the status bar. */
  readonly state: string;
  enter?(): void;
  /** Leave cleanly: cancel any open gesture, clear the overlay. */
  exit?(): void;
  pointerDown?(e: PlanPointerEvent): void;
  pointerMove?(e: PlanPointerEvent): void;
  pointerUp?(e: PlanPointerEvent): void;
  /** Return true when the key was handled. */
  key?(e: EditorKeyEvent): boolean;
}
