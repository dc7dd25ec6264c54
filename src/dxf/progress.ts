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

/** The stages run once per floor, floor after floor. */
const FLOOR_STAGES: DxfStage[] = ['walls', 'doors', 'rooms'];
const FLOOR_BASE = WEIGHTS.slice(
  0,
  WEIGHTS.findIndex(([s]) => s === FLOOR_STAGES[0]),
).reduce((t, [, w]) => t + w, 0);
const FLOOR_WEIGHT = WEIGHTS.filter(([s]) => FLOOR_STAGES.includes(s)).reduce((t, [, w]) => t + w, 0);

/**
 * How far the floors' work is, 0..1 across all floors, when floor k of n is `x` through `stage`: what
 * buildHall reports for a floor stage, so the bar runs on from one floor to the next instead of going back.
 */
export function floorsFraction(stage: DxfStage, x: number, k: number, n: number): number {
  let before = 0;
  for (const [s, w] of WEIGHTS) {
    if (!FLOOR_STAGES.includes(s)) continue;
    if (s === stage) return Math.min(1, (k + (before + w * Math.max(0, Math.min(1, x))) / FLOOR_WEIGHT) / Math.max(1, n));
    before += w;
  }
  return Math.min(1, (k + 1) / Math.max(1, n));
}

/** Overall progress; a floor stage's fraction is floorsFraction's (all floors' work, not that stage's). */
export function dxfProgress(stage: DxfStage, stageFraction: number): DxfProgress {
  if (FLOOR_STAGES.includes(stage)) return { stage, fraction: FLOOR_BASE + FLOOR_WEIGHT * Math.max(0, Math.min(1, stageFraction)) };
  let before = 0;
  for (const [s, w] of WEIGHTS) {
    if (s === stage) return { stage, fraction: stage === 'done' ? 1 : Math.min(1, before + w * Math.max(0, Math.min(1, stageFraction))) };
    before += w;
  }
  return { stage, fraction: 0 };
}
