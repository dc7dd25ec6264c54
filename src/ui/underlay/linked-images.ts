/**
 * Images of underlays linked by file name (not embedded in the hall): held for this session only, keyed by
 * file name and PDF page, so the hall file stays small and the plan image stays where the user keeps it.
 */
import { createStore } from 'zustand/vanilla';
import type { Underlay } from '../../core/document';

export interface LinkedImages {
  images: Record<string, string>;
  /** Missing links the user chose to leave for now (the prompt does not come back for them). */
  dismissed: Record<string, true>;
}

export const linkedImages = createStore<LinkedImages>(() => ({ images: {}, dismissed: {} }));

export const linkKey = (u: Pick<Underlay, 'name' | 'page'>): string => `${u.name}#${u.page ?? 1}`;

export function rememberImage(u: Pick<Underlay, 'name' | 'page'>, data: string): void {
  linkedImages.setState((s) => ({ images: { ...s.images, [linkKey(u)]: data } }));
}

/** The image to draw for an underlay: its own, or the linked file's when it was found. */
export function underlayData(u: Underlay, images: Record<string, string>): string | undefined {
  return u.data ?? images[linkKey(u)];
}
