/** DXF import progress as one 0..1 number across stages (weights: rough shares of a typical import's time). */
import type { DxfStage } from './types';

const WEIGHTS: [DxfStage, number][] = [
  ['read', 0.05],
  ['parse', 0.45],
  ['layers', 0.1],
  ['walls', 0.1],
  ['doors', 0.05],
  ['rooms', 0.25],
  ['done', 0],
];

export interface DxfProgress {
  stage: DxfStage;
  fraction: number;
}

export function dxfProgress(stage: DxfStage, stageFraction: number): DxfProgress {
  let before = 0;
  for (const [s, w] of WEIGHTS) {
    if (s === stage) return { stage, fraction: stage === 'done' ? 1 : Math.min(1, before + w * Math.max(0, Math.min(1, stageFraction))) };
    before += w;
  }
  return { stage, fraction: 0 };
}
