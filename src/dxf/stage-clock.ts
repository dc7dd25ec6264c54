/**
 * Where an import's time goes: the import says which stage its work belongs to as it moves on, and a caller
 * that wants to know (the bench) reads its own clock at each switch. Without a listener a switch costs a call.
 */

/** The import's stages, in the order they first run (the floor stages run once per floor). */
export const DXF_WORK_STAGES = [
  'read',
  'parse',
  'flatten',
  'layers',
  'frames',
  'units',
  'clip',
  'walls',
  'doors',
  'windows',
  'barriers',
  'faces',
  'raster',
  'outline',
  'rooms',
  'obstacles',
  'vlinks',
  'context',
  'document',
] as const;
export type DxfWorkStage = (typeof DXF_WORK_STAGES)[number];

/** Told each time the import's work moves to another stage: what follows belongs to `stage`. */
export type DxfStageListener = (stage: DxfWorkStage) => void;

export interface StageClock {
  /** Work from now on belongs to `stage`; returns the stage it belonged to before (to go back to after a detour). */
  at(stage: DxfWorkStage): DxfWorkStage | undefined;
}

export function stageClock(listener?: DxfStageListener): StageClock {
  let current: DxfWorkStage | undefined;
  return {
    at(stage) {
      const before = current;
      current = stage;
      listener?.(stage);
      return before;
    },
  };
}
