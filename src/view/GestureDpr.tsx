/**
 * Fewer pixels while a gesture (a drag, a rotation, a vertex edit) is in progress, all of them again on release,
 * as drei's AdaptiveDpr does for camera moves. In software WebGL a frame's cost grows with the canvas's pixels
 * (shading, then the compositor's readback of the canvas, which the main thread waits for): a quarter of them keeps
 * a drag's frames short on any hall; the picture at rest, the one that is read, is drawn at full resolution.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { Editor } from '../editor/editor';

/** The pixel ratio during a gesture, as a share of the canvas's own: half each way. */
export const GESTURE_DPR = 0.5;

export function GestureDpr({ editor }: { editor: Editor }) {
  const setDpr = useThree((s) => s.setDpr);
  const full = useThree((s) => s.viewport.initialDpr);
  useEffect(() => {
    const apply = (gesture: boolean) => setDpr(gesture ? full * GESTURE_DPR : full);
    const unsub = editor.store.subscribe((s, prev) => {
      if (s.gesture !== prev.gesture) apply(s.gesture);
    });
    return () => {
      unsub();
      apply(false);
    };
  }, [editor, setDpr, full]);
  return null;
}
