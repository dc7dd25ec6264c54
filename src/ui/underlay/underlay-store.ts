/**
 * Transient underlay state: a two-point scale in progress, the PDF an underlay page came from, the mouse
 * handles shown, and the underlay as a handle drag has it so far (committed as one edit on release). Not saved.
 */
import { createStore } from 'zustand/vanilla';
import type { Underlay } from '../../core/document';

export interface UnderlayState {
  /** Scale by two points: waiting for the measure tool's two clicks, then for the real distance. */
  calibrating: boolean;
  /** The open PDF, so another page can be chosen without dropping the file again. */
  pdf?: { name: string; bytes: Uint8Array; pages: number; floorId: string };
  /** Move / rotate / scale handles on the plan. */
  handles?: boolean;
  /** The underlay while a handle is dragged. */
  preview?: { floorId: string; underlay: Underlay };
}

export const underlayStore = createStore<UnderlayState>(() => ({ calibrating: false }));
