/**
 * Whether the chosen plans measure like a building in the chosen unit: the import refuses them otherwise, and the
 * import dialog says so as soon as the unit or the plans are picked, before Import is pressed.
 */
import type { Term } from '../core/vocab';
import { r3 } from './ids';
import type { DxfUnit, Frame } from './types';
import { PLAN_METRES } from './units';

/** What is wrong with the size of `frames` read in `unit` (`metres` per drawing unit), or undefined when nothing is. */
export function planSizeProblem(fileName: string, frames: readonly Frame[], unit: DxfUnit, metres: number): Term | undefined {
  if (frames.length === 0) return undefined;
  const widthM = Math.max(...frames.map((f) => (f.maxX - f.minX) * metres));
  const heightM = Math.max(...frames.map((f) => (f.maxY - f.minY) * metres));
  if (Math.max(widthM, heightM) > PLAN_METRES.max)
    return {
      zh: `${fileName}：按 ${unit} 计，平面为 ${Math.round(widthM)} × ${Math.round(heightM)} m，建筑不会这么大；请检查单位`,
      en: `${fileName}: the plan would be ${Math.round(widthM)} × ${Math.round(heightM)} m in ${unit} — too large for a building; check the unit`,
    };
  if (Math.max(widthM, heightM) < PLAN_METRES.min)
    return {
      zh: `${fileName}：按 ${unit} 计，平面只有 ${r3(widthM)} × ${r3(heightM)} m，建筑不会这么小；请检查单位，或确认这是平面图`,
      en: `${fileName}: the plan would be only ${r3(widthM)} × ${r3(heightM)} m in ${unit} — too small for a building; check the unit, or this is not a floor plan`,
    };
  return undefined;
}
