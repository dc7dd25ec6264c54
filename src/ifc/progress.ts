/** Import progress as one 0..1 number across stages (weights are rough shares of a typical import's time). */
import type { ImportStage } from './types';

const WEIGHTS: [ImportStage, number][] = [
  ['open', 0.15],
  ['storeys', 0.05],
  ['spaces', 0.1],
  ['walls', 0.5],
  ['doors', 0.03],
  ['links', 0.02],
  ['furniture', 0.05],
  ['geometry', 0.1],
  ['done', 0],
];

export interface IfcProgress {
  stage: ImportStage;
  /** Overall progress 0..1 (what a progress bar shows). */
  fraction: number;
  /** Progress within the stage, 0..1. */
  stageFraction: number;
}

export function overallProgress(stage: ImportStage, stageFraction: number): IfcProgress {
  let before = 0;
  for (const [s, w] of WEIGHTS) {
    if (s === stage) {
      const f = stage === 'done' ? 1 : Math.min(1, before + w * Math.max(0, Math.min(1, stageFraction)));
      return { stage, fraction: f, stageFraction };
    }
    before += w;
  }
  return { stage, fraction: 0, stageFraction };
}
