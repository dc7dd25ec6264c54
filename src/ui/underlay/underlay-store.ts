/** Transient underlay state: a two-point scale in progress, and the PDF an underlay page came from (not saved). */
import { createStore } from 'zustand/vanilla';

export interface UnderlayState {
  /** Scale by two points: waiting for the measure tool's two clicks, then for the real distance. */
  calibrating: boolean;
  /** The open PDF, so another page can be chosen without dropping the file again. */
  pdf?: { name: string; bytes: Uint8Array; pages: number; floorId: string };
}

export const underlayStore = createStore<UnderlayState>(() => ({ calibrating: false }));
