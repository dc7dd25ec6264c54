/** The DXF import dialog's state and the imported drawing's linework shown behind the hall. */
import { createStore } from 'zustand/vanilla';
import type { DxfAnalysis, DxfFloorLines, DxfUnit, LayerRole } from '../../dxf/types';
import type { DxfWorkerSession } from '../../dxf/worker-client';

export interface DxfDialog {
  fileName: string;
  analysis: DxfAnalysis;
  /** Role per layer as the user has it now (starts as the proposal). */
  roles: Record<string, LayerRole>;
  units: DxfUnit;
  /** Frames to import as floors, in order. */
  frames: number[];
  session: DxfWorkerSession;
  /** Saves the open hall: offered by the unsaved-edits question that Import asks before it replaces the hall. */
  save: () => Promise<void>;
  /** A new hall (the open one replaced), or floors added on top of the open hall (one floor per file). */
  into: 'hall' | 'floors';
  /** Added as floors: every sheet stacked on top of the hall instead of at the storey its title names (asked on a clash). */
  stack?: boolean;
}

export interface DxfState {
  dialog?: DxfDialog;
  /** Linework of the imported drawing per floor, drawn under the hall in the plan. */
  context?: DxfFloorLines[];
  contextName?: string;
  /** The drawing is saved with the hall by file name only (the user's choice for a large DXF), not embedded. */
  linked?: boolean;
  view: { visible: boolean; opacity: number };
}

export const dxfStore = createStore<DxfState>(() => ({ view: { visible: true, opacity: 0.5 } }));
