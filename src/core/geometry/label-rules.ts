/**
 * Which plan labels win when they compete for room, and where each may sit around its anchor: one table for the
 * editor's plan and the report's plans, so both show the same labels in the same places.
 */
import type { LabelAnchor } from './label-placement';

export type PlanLabelKind = 'zone' | 'counter' | 'sign' | 'link' | 'measure' | 'snap';

/** Lower places first: what the user is drawing, then zone names, counter numbers, signs and points. */
export const LABEL_PRIORITY: Record<PlanLabelKind, number> = { measure: 0, snap: 1, zone: 2, counter: 3, sign: 4, link: 5 };

/**
 * A label of what a gesture moves (the name of a zone being dragged): after the measures of the gesture, before the
 * snap's name (which has four sides to go to) and before every still label it passes over. Placed by the still
 * labels' order it lost to the snap's name at its own centre and to each name it crossed, and went blank mid-drag.
 */
export const MOVING_LABEL_PRIORITY = (LABEL_PRIORITY.measure + LABEL_PRIORITY.snap) / 2;

export const LABEL_ANCHORS: Record<PlanLabelKind, readonly LabelAnchor[]> = {
  measure: ['top', 'center', 'bottom', 'right', 'left'],
  snap: ['right', 'left', 'top', 'bottom'],
  zone: ['center', 'bottom', 'top'],
  counter: ['center', 'top', 'bottom', 'right', 'left'],
  sign: ['top', 'bottom', 'right', 'left', 'center'],
  link: ['center', 'top', 'bottom', 'right', 'left'],
};
