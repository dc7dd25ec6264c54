/**
 * Draws the view's frames. At rest, and during a camera move, the whole scene as R3F would. During a gesture (a
 * drag, a rotation, a vertex edit) the scene's static part is drawn once into a still frame (./still-frame) and
 * each frame copies it and draws only the moving group over it, at full resolution: the drag follows the pointer
 * and the picture stays sharp. The still frame is drawn again whenever the static part or the camera changes; a
 * gesture that changes the static part on every frame (a wall dragged with the walls joined to it) draws every
 * frame whole, at the gesture resolution (./GestureDpr), as does a renderer that cannot complete the target.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import type { StoreApi } from 'zustand';
import type { Editor } from '../editor/editor';
import { SceneSignature, StillFrame } from './still-frame';

/** Whether the current gesture's frames are drawn whole (no still frame): ./GestureDpr then draws fewer pixels. */
export interface WholeFrames {
  whole: boolean;
}

/** After this many frames in a row that each needed a new still frame, the gesture's frames are drawn whole. */
const CHANGES_BEFORE_WHOLE = 2;

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

export function StillFrameRenderer({ editor, moving, wholeFrames }: { editor: Editor; moving: React.RefObject<THREE.Group | null>; wholeFrames: StoreApi<WholeFrames> }) {
  const still = useMemo(() => new StillFrame(), []);
  const signature = useMemo(() => new SceneSignature(), []);
  const size = useMemo(() => new THREE.Vector2(), []);
  /** Frames in a row that drew a new still frame, this gesture. */
  const changes = useRef(0);
  useEffect(() => {
    window.__halltwin_stillFrame ??= { drawn: 0, copied: 0, off: false };
    return () => still.dispose();
  }, [still]);
  useEffect(
    () =>
      editor.store.subscribe((s, prev) => {
        if (s.gesture === prev.gesture) return;
        signature.reset();
        changes.current = 0;
        wholeFrames.setState({ whole: !still.usable });
      }),
    [editor, signature, still, wholeFrames],
  );
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
    if (!signature.same(statics, camera, size.x, size.y)) {
      changes.current++;
      group.visible = false;
      // The still frame is not a frame of the view: the view's frame counter (./Viewport) counts the one below.
      const after = scene.onAfterRender;
      scene.onAfterRender = NO_AFTER_RENDER;
      still.draw(gl, scene, camera, size.x, size.y);
      scene.onAfterRender = after;
      if (probe) probe.drawn++;
      group.visible = true;
      if (!still.usable || changes.current > CHANGES_BEFORE_WHOLE) {
        wholeFrames.setState({ whole: true });
        gl.render(scene, camera);
        return;
      }
    } else changes.current = 0;
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
