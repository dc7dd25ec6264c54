/**
 * Fewer pixels while a camera move (a pan, a wheel zoom, an orbit, a glide to a framing) is in progress, all of
 * them again on release, as drei's AdaptiveDpr does; the same for a gesture (a drag, a rotation, a vertex edit)
 * whose frames are drawn whole (./StillFrameRenderer: most gestures are drawn over a still frame at full
 * resolution instead). In software WebGL a frame's cost grows with the canvas's pixels (shading, then the
 * compositor's readback of the canvas, which the main thread waits for): a quarter of them keeps such frames short
 * on any hall; the picture at rest, the one that is read, is drawn at full resolution.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type * as THREE from 'three';
import type { StoreApi } from 'zustand';
import type { Editor } from '../editor/editor';
import type { WholeFrames } from './StillFrameRenderer';

/** The pixel ratio during a gesture, as a share of the canvas's own: half each way. */
export const GESTURE_DPR = 0.5;

/**
 * The camera is at rest once it has not moved for this long: a wheel zoom moves it in separate notches and a
 * pan in steps between pointer events, and switching resolution between them would redraw each step twice.
 */
export const CAMERA_REST_MS = 200;

type ChangeEvents = { change: object; start: object; end: object };

export function GestureDpr({ editor, wholeFrames }: { editor: Editor; wholeFrames: StoreApi<WholeFrames> }) {
  const setDpr = useThree((s) => s.setDpr);
  const full = useThree((s) => s.viewport.initialDpr);
  const controls = useThree((s) => s.controls) as THREE.EventDispatcher<ChangeEvents> | null;
  useEffect(() => {
    let cameraMoving = false;
    let held = false;
    let rest: ReturnType<typeof setTimeout> | undefined;
    let applied = full;
    const apply = () => {
      // A gesture drawn over a still frame keeps every pixel: only a gesture drawn whole pays for them each frame.
      const dpr = (editor.state.gesture && wholeFrames.getState().whole) || cameraMoving ? full * GESTURE_DPR : full;
      if (dpr === applied) return;
      applied = dpr;
      setDpr(dpr);
    };
    const unsub = editor.store.subscribe((s, prev) => {
      if (s.gesture !== prev.gesture) apply();
    });
    const unsubWhole = wholeFrames.subscribe(apply);
    const restLater = () => {
      clearTimeout(rest);
      rest = setTimeout(() => {
        // A pan or orbit held still under the button is still a camera gesture: full resolution at its release.
        if (held) return;
        cameraMoving = false;
        apply();
      }, CAMERA_REST_MS);
    };
    /** Each camera step (pointer pan or orbit, wheel notch, damping, glide frame): fewer pixels until it rests. */
    const moved = () => {
      cameraMoving = true;
      apply();
      restLater();
    };
    // A press alone (a click in 3D) changes nothing: only a camera that moves draws fewer pixels.
    const start = () => {
      held = true;
    };
    const end = () => {
      held = false;
      if (cameraMoving) restLater();
    };
    controls?.addEventListener('change', moved);
    controls?.addEventListener('start', start);
    controls?.addEventListener('end', end);
    return () => {
      unsub();
      unsubWhole();
      clearTimeout(rest);
      controls?.removeEventListener('change', moved);
      controls?.removeEventListener('start', start);
      controls?.removeEventListener('end', end);
      setDpr(full);
    };
  }, [editor, wholeFrames, setDpr, full, controls]);
  return null;
}
