/**
 * Draws the view's frames. At rest, and during a camera move, the whole scene as R3F would. During a gesture (a
 * drag, a rotation, a vertex edit) the scene's static part is drawn once into a still frame (./still-frame) and
 * each frame copies it and draws only the moving group over it, at full resolution: the drag follows the pointer
 * and the picture stays sharp. The still frame is drawn again whenever the static part or the camera changes; a
 * gesture that changes the static part with its steps (a door that cuts its wall anew at each step) draws every
 * frame whole, at the gesture resolution (./GestureDpr), as does a renderer that cannot complete the target.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import type { StoreApi } from 'zustand';
import type { Editor } from '../editor/editor';
import { SceneSignature, StillFrame } from './still-frame';

/** Whether the current gesture's frames are drawn whole (no still frame): ./GestureDpr then draws fewer pixels. */
export interface WholeFrames {
  whole: boolean;
}

/**
 * A gesture's frames are drawn whole once it has needed more than this many still frames and one for more than
 * every other frame it drew: its still part changes with its steps, and a still frame would cost more than it saves.
 */
const STILL_FRAMES_BEFORE_WHOLE = 2;

/** R3F renders the frame itself only while no frame callback has a priority above 0. */
const RENDER_PRIORITY = 1;

const NO_AFTER_RENDER = () => undefined;

declare global {
  interface Window {
    /**
     * Browser tests: still frames drawn and frames copied from one so far; `off` draws every frame whole (at the
     * same resolution), the normal render a copied frame is compared with.
     */
    __halltwin_stillFrame?: { drawn: number; copied: number; off: boolean };
  }
}

export function StillFrameRenderer({
  editor,
  moving,
  wholeFrames,
  stillChanges,
}: {
  editor: Editor;
  moving: React.RefObject<THREE.Group | null>;
  wholeFrames: StoreApi<WholeFrames>;
  /**
   * The gesture in progress changes the still part at every step (a wall or an opening moves, and the wall is cut
   * anew): its frames are drawn whole from the first, with no still frame drawn for nothing.
   */
  stillChanges: boolean;
}) {
  const still = useMemo(() => new StillFrame(), []);
  const signature = useMemo(() => new SceneSignature(), []);
  const size = useMemo(() => new THREE.Vector2(), []);
  /** This gesture's frames, and the still frames drawn for them. */
  const count = useRef({ frames: 0, still: 0 });
  useEffect(() => {
    window.__halltwin_stillFrame ??= { drawn: 0, copied: 0, off: false };
    return () => still.dispose();
  }, [still]);
  useEffect(
    () =>
      editor.store.subscribe((s, prev) => {
        if (s.gesture === prev.gesture) return;
        signature.reset();
        count.current = { frames: 0, still: 0 };
        wholeFrames.setState({ whole: !still.usable });
      }),
    [editor, signature, still, wholeFrames],
  );
  // Before the gesture's first frame: the view renders it in the same commit as the gesture's start.
  useLayoutEffect(() => {
    if (stillChanges && !wholeFrames.getState().whole) wholeFrames.setState({ whole: true });
  }, [stillChanges, wholeFrames]);
  useFrame(({ gl, scene, camera }) => {
    const group = moving.current;
    const probe = window.__halltwin_stillFrame;
    if (!editor.store.getState().gesture || !group || wholeFrames.getState().whole || probe?.off) {
      gl.render(scene, camera);
      return;
    }
    scene.updateMatrixWorld();
    if (camera.parent === null) camera.updateMatrixWorld();
    const statics = scene.children.filter((c) => c !== group);
    gl.getDrawingBufferSize(size);
    const c = count.current;
    c.frames++;
    if (!signature.same(statics, camera, size.x, size.y)) {
      c.still++;
      group.visible = false;
      // The still frame is not a frame of the view: the view's frame counter (./Viewport) counts the one below.
      const after = scene.onAfterRender;
      scene.onAfterRender = NO_AFTER_RENDER;
      still.draw(gl, scene, camera, size.x, size.y);
      scene.onAfterRender = after;
      if (probe) probe.drawn++;
      group.visible = true;
      if (!still.usable || (c.still > STILL_FRAMES_BEFORE_WHOLE && 2 * c.still > c.frames)) {
        wholeFrames.setState({ whole: true });
        gl.render(scene, camera);
        return;
      }
    }
    still.copy(gl);
    if (probe) probe.copied++;
    drawOver(gl, scene, camera, statics);
  }, RENDER_PRIORITY);
  return null;
}

/** Draws the scene without clearing, its static parts hidden (lights stay: the moving elements are lit by them). */
function drawOver(gl: THREE.WebGLRenderer, scene: THREE.Scene, camera: THREE.Camera, statics: readonly THREE.Object3D[]): void {
  const shown = statics.map((o) => o.visible);
  for (const o of statics) if (!(o as THREE.Light).isLight) o.visible = false;
  const autoClear = gl.autoClear;
  gl.autoClear = false;
  gl.render(scene, camera);
  gl.autoClear = autoClear;
  statics.forEach((o, i) => {
    o.visible = shown[i];
  });
}
