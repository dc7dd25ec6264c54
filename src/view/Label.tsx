/**
 * A text label pinned to a world point. It registers with the viewport's label layer, which draws plain DOM
 * text over the canvas: CJK renders with the system font offline, and user text is a text node, never HTML.
 */
import { useContext, useEffect, useId } from 'react';
import { LabelsContext, MovingLabelsContext, type LabelVariant } from './labels-store';

export interface LabelProps {
  /** World position. */
  position: [number, number, number];
  /** The text. */
  text: string;
  /** Visual style, default 'zone'. */
  variant?: LabelVariant;
  /** Widest the label may be in metres (a zone's width), default unlimited. */
  maxWidth?: number;
}

export function Label({ position, text, variant = 'zone', maxWidth }: LabelProps) {
  const store = useContext(LabelsContext);
  const moving = useContext(MovingLabelsContext);
  const key = useId();
  const [x, y, z] = position;
  useEffect(() => {
    store?.set(key, { position: [x, y, z], text, variant, maxWidth, ...(moving ? { moving } : {}) });
  }, [store, key, x, y, z, text, variant, maxWidth, moving]);
  useEffect(() => () => store?.delete(key), [store, key]);
  return null;
}
