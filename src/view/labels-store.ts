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
}

export class LabelsStore {
  readonly labels = new Map<string, LabelData>();
  private listeners = new Set<() => void>();
  private version = 0;
  set(key: string, data: LabelData): void {
    this.labels.set(key, data);
    this.bump();
  }
  delete(key: string): void {
    if (this.labels.delete(key)) this.bump();
  }
  private bump(): void {
    this.version++;
    queueMicrotask(() => this.listeners.forEach((l) => l()));
  }
  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  getVersion = (): number => this.version;
}

export const LabelsContext = createContext<LabelsStore | null>(null);
