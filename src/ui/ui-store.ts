/** Transient shell state that is not part of the editor: notices, long-running work with progress, the restore offer. */
import { createStore } from 'zustand/vanilla';
import type { HallDocument } from '../core';
import type { IfcProgress } from '../ifc/progress';
import type { ContextGeometry } from '../ifc/types';

export interface Busy {
  label: string;
  /** 0..1, or undefined when the work cannot tell how far it is. */
  progress?: number;
  cancel?: () => void;
}

export interface RestoreItem {
  doc: HallDocument;
  savedAt?: number;
  /** The autosave slot it came from. */
  key: string;
  /** Written by this tab before a reload (else by another tab, or an older page). */
  ownTab: boolean;
}

export interface UiState {
  notice?: { text: string; kind: 'ok' | 'info'; nonce: number };
  busy?: Busy;
  /** Autosaved halls that hold work the opened one does not, newest first (one per tab and hall). */
  restore?: RestoreItem[];
  /** The autosave's last failure, shown until a write succeeds again. */
  autosaveFailed?: { reason: string; attempts: number };
  dragging: boolean;
  /** An IFC import under way: its file, the worker's last progress report, and how to cancel it. */
  ifcImport?: { fileName: string; progress?: IfcProgress; cancel: () => void };
  /** 3D context meshes of the imported IFC, for the viewport's context layer. */
  ifcContext?: ContextGeometry;
  /** File name of the IFC model the context and IFC write-back come from. */
  ifcModelName?: string;
  /**
   * How the context layer is shown: on or off (3D meshes and plan cut lines together), the meshes'
   * opacity 0.05..1, and the categories left out of the 3D view (context groups such as 'IfcRoof').
   */
  ifcView: { visible: boolean; opacity: number; hiddenGroups: string[] };
  /**
   * How the last IFC import reached the page: the worker's messages (hall first, then geometry) and the steps
   * the result was applied in, each in its own task (the context meshes then join the scene one per frame).
   */
  ifcHandOver?: { pieces: number; meshes: number; steps: string[] };
  /** The room schedule drawer is open. */
  scheduleOpen?: boolean;
}

/** The context layer's opacity until the user moves the slider: see-through enough that the designed hall reads first. */
export const DEFAULT_IFC_OPACITY = 0.35;

export const uiStore = createStore<UiState>(() => ({ dragging: false, ifcView: { visible: true, opacity: DEFAULT_IFC_OPACITY, hiddenGroups: [] } }));

let nonce = 0;
export function notify(text: string, kind: 'ok' | 'info' = 'ok'): void {
  const n = ++nonce;
  uiStore.setState({ notice: { text, kind, nonce: n } });
  setTimeout(() => {
    if (uiStore.getState().notice?.nonce === n) uiStore.setState({ notice: undefined });
  }, 4000);
}
