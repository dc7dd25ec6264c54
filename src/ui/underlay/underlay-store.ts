/**
 * Transient underlay state: a two-point scale or a four-corner straightening in progress, the PDF an underlay page came from, the mouse
 * handles shown, the panel folded, and the underlay as a handle drag has it so far (committed as one edit on
 * release). Not saved with the hall; the fold is remembered in the browser.
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
  /** The panel folded to its title, the show switch and the scale button, so it covers none of a framed plan. */
  folded: boolean;
  /**
   * Straightening a photo by four corners: the corner handles' places on the plan (top-left, top-right,
   * bottom-right, bottom-left of the plan in the photo), and whether the warp is running.
   */
  straighten?: { floorId: string; corners: [number, number][]; running?: boolean };
}

const FOLDED_KEY = 'halltwin.underlayPanelFolded';

function storedFold(): boolean {
  try {
    return globalThis.localStorage?.getItem(FOLDED_KEY) === '1';
  } catch {
    // Storage refused (private mode, a sandboxed frame): the panel starts open.
    return false;
  }
}

export const underlayStore = createStore<UnderlayState>(() => ({ calibrating: false, folded: storedFold() }));

/** Folds or opens the panel, remembered for the next session (as CAD palettes keep their state). */
export function setUnderlayFolded(folded: boolean): void {
  underlayStore.setState({ folded });
  try {
    globalThis.localStorage?.setItem(FOLDED_KEY, folded ? '1' : '0');
  } catch {
    // Not remembered: the panel still folds for this session.
  }
}
