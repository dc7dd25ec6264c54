/** What the label layer (DOM) and the label projector (in the canvas) share. */
import type { LabelBox } from '../core/geometry/label-placement';

/** Where the projector finds the DOM nodes of the labels; `version` moves whenever a node comes or goes. */
export class LabelNodes extends Map<string, HTMLSpanElement> {
  version = 0;
  override set(key: string, node: HTMLSpanElement): this {
    this.version++;
    return super.set(key, node);
  }
  override delete(key: string): boolean {
    this.version++;
    return super.delete(key);
  }
}

/** What the projector placed, for hover tooltips and browser tests. */
export type LabelPlacements = Map<string, { box: LabelBox; full: string; shortened: boolean }>;
