/** Labels registered by scene components and drawn by one DOM layer over the canvas. */
import { createContext } from 'react';

import type { PlanLabelKind } from '../core/geometry/label-rules';

export type LabelVariant = PlanLabelKind;

export interface LabelData {
  position: [number, number, number];
  text: string;
  variant: LabelVariant;
  /** Widest the label may be, in metres (a zone's width): a longer name is shortened or hidden. */
  maxWidth?: number;
  /** Drawn with what a gesture moves: placed before the still labels (MOVING_LABEL_PRIORITY). */
  moving?: boolean;
}

/**
 * Two versions: `getVersion` changes with anything (the projector lays the labels out again), `getListVersion` only
 * when a label comes, goes or changes its text or style (the DOM layer renders its nodes again). A label that only
 * moves (the snap name following the pointer through a drag) is placed by the projector without React rendering
 * the hundreds of other nodes of a city hall floor. Listeners hear once per microtask, however many labels changed.
 */
export class LabelsStore {
  readonly labels = new Map<string, LabelData>();
  private listeners = new Set<() => void>();
  private version = 0;
  private listVersion = 0;
  private pending = false;
  set(key: string, data: LabelData): void {
    const old = this.labels.get(key);
    this.labels.set(key, data);
    this.bump(!old || old.text !== data.text || old.variant !== data.variant);
  }
  delete(key: string): void {
    if (this.labels.delete(key)) this.bump(true);
  }
  /** The label layer added nodes for labels already here (a later slice of a large floor's): lay them out. */
  nodesAdded(): void {
    this.bump(false);
  }
  private bump(list: boolean): void {
    this.version++;
    if (list) this.listVersion++;
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.listeners.forEach((l) => l());
    });
  }
  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  getVersion = (): number => this.version;
  getListVersion = (): number => this.listVersion;
}

export const LabelsContext = createContext<LabelsStore | null>(null);

/** True inside the group of what a gesture moves: its labels are placed first. */
export const MovingLabelsContext = createContext(false);
