/** What the label layer (DOM) and the label projector (in the canvas) share. */
import type { LabelBox } from '../core/geometry/label-placement';

/** Where the projector finds the DOM nodes of the labels. */
export type LabelNodes = Map<string, HTMLSpanElement>;

/** What the projector placed, for hover tooltips and browser tests. */
export type LabelPlacements = Map<string, { box: LabelBox; full: string; shortened: boolean }>;
