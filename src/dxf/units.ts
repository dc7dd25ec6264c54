/**
 * Drawing units. $INSUNITS says what the author set, which is often wrong (a template's default kept, or a
 * drawing copied between files), so the header is trusted only when the plan measures like a building in it:
 * between 4 and 600 m across, walls 7–60 cm thick, door leaves 0.5–1.6 m. Otherwise the unit that fits best
 * is taken and the caller warns.
 */
import type { DxfUnit } from './types';

export const UNIT_METRES: Record<DxfUnit, number> = { mm: 0.001, cm: 0.01, m: 1, in: 0.0254, ft: 0.3048 };

/** The widest and the narrowest a floor plan is taken to be, metres: a plan outside them is read in the wrong unit. */
export const PLAN_METRES = { max: 2000, min: 2 };

/**
 * The most drawing units a floor plan can span in the smallest unit offered (millimetres): linework spread wider is
 * no building in any unit, but a stray entity (a line drawn out to 1e12) with the plan.
 */
export const MAX_PLAN_UNITS = PLAN_METRES.max / Math.min(...Object.values(UNIT_METRES));
const INSUNITS: Record<number, DxfUnit> = { 1: 'in', 2: 'ft', 4: 'mm', 5: 'cm', 6: 'm' };

export function unitFromHeader(code: number | undefined): DxfUnit | undefined {
  return code === undefined ? undefined : INSUNITS[code];
}

export function parseUnit(s: string): DxfUnit | undefined {
  const k = s.trim().toLowerCase();
  const alias: Record<string, DxfUnit> = {
    mm: 'mm',
    millimetre: 'mm',
    millimeter: 'mm',
    毫米: 'mm',
    cm: 'cm',
    厘米: 'cm',
    m: 'm',
    metre: 'm',
    meter: 'm',
    米: 'm',
    in: 'in',
    inch: 'in',
    inches: 'in',
    英寸: 'in',
    ft: 'ft',
    foot: 'ft',
    feet: 'ft',
    英尺: 'ft',
  };
  return alias[k];
}

export interface UnitEvidence {
  /** Width and depth of the plan in drawing units. */
  width: number;
  height: number;
  /** Typical wall thickness in drawing units, when walls were paired. */
  wallThickness?: number;
  /** Radii of door-like swing arcs, drawing units. */
  doorRadii: number[];
}

/** How well a unit makes the drawing look like a building: higher is better, 4 is a full fit. */
export function unitScore(unit: DxfUnit, ev: UnitEvidence): number {
  const f = UNIT_METRES[unit];
  const size = Math.max(ev.width, ev.height) * f;
  let s = size >= 4 && size <= 600 ? 2 : 0;
  if (ev.wallThickness !== undefined) {
    const t = ev.wallThickness * f;
    if (t >= 0.07 && t <= 0.6) s += 1;
  } else s += 0.5;
  if (ev.doorRadii.length > 0) {
    const fits = ev.doorRadii.filter((r) => r * f >= 0.5 && r * f <= 1.6).length;
    s += fits / ev.doorRadii.length;
  } else s += 0.5;
  return s;
}

/**
 * Whether the header's unit is kept whatever the walls' thickness says (each unit's wall count is 0, ½ or 1):
 * then the import need not pair face lines to measure it. Decides as chooseUnit would with any thickness.
 */
export function headerStands(header: DxfUnit, ev: Omit<UnitEvidence, 'wallThickness'>): boolean {
  // Scored without a thickness, every unit has the middle ½ for walls: ½ less or more bound what a thickness gives.
  const mid = new Map(ORDER.map((u) => [u, unitScore(u, ev)]));
  const lowHeader = (mid.get(header) ?? 0) - 0.5;
  const highOthers = Math.max(...ORDER.filter((u) => u !== header).map((u) => (mid.get(u) ?? 0) + 0.5));
  const highAll = Math.max(highOthers, lowHeader + 1);
  return lowHeader >= highOthers - 1e-9 || highAll < 3;
}

/** Chinese drawings are in millimetres; after that the common ones, in order of how often they turn up. */
const ORDER: DxfUnit[] = ['mm', 'm', 'cm', 'in', 'ft'];

export function chooseUnit(header: DxfUnit | undefined, ev: UnitEvidence): { unit: DxfUnit; fromHeader: boolean } {
  const scores = new Map(ORDER.map((u) => [u, unitScore(u, ev)]));
  const best = Math.max(...scores.values());
  if (header && (scores.get(header) ?? 0) >= best - 1e-9) return { unit: header, fromHeader: true };
  // The header is overruled only by a unit that fits on every count (size, walls and doors), never on size alone.
  if (header && best < 3) return { unit: header, fromHeader: true };
  const unit = ORDER.find((u) => (scores.get(u) ?? 0) >= best - 1e-9) ?? 'mm';
  return { unit, fromHeader: false };
}
