/**
 * Moves the camera, and only on explicit requests: the first view and a change of view mode frame the floor;
 * `cameraRequest` (zoom to fit, switching floor, a clicked finding, opening a file) frames the floor or elements.
 * Edits never reach here, so the plan stays put under the cursor while drawing.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useStore } from 'zustand';
import type { Editor } from '../../editor/editor';
import { findElement } from '../../core/query';
import { elementBBox } from '../../editor/hit-test';
import { type CameraGoal, type Controls, glideToward, goalFor, jumpTo } from './camera-goal';
import { type Extent, floorExtent, framedBox } from './floor-extent';

export function CameraRig({ editor, controls, mode }: { editor: Editor; controls: React.RefObject<Controls | null>; mode: string }) {
  const { camera, size, gl, invalidate } = useThree();
  const request = useStore(editor.store, (s) => s.cameraRequest);
  const goal = useRef<CameraGoal | null>(null);
  useUserWinsOverGlide(gl.domElement, goal);
  /** Frames `b`: a glide over a few frames when `smooth`, else at once. */
  const fit = (b: Extent, elevation: number, margin: number, smooth = false) => {
    const g = goalFor(camera, size, b, elevation, margin, smooth ? (controls.current ?? undefined) : undefined);
    goal.current = smooth ? g : null;
    if (!smooth) jumpTo(camera, controls.current, g);
    invalidate();
  };
  useFrame((_, dt) => {
    const g = goal.current;
    if (!g) return;
    // Frames are drawn on demand: ask for the next one until the camera arrives.
    if (glideToward(camera, controls.current, g, dt)) goal.current = null;
    else invalidate();
  });
  // The first view of each mode frames the floor, once the canvas has a size and the controls exist (they
  // would otherwise reset the target); a later resize keeps the view where the user left it.
  const sized = size.width > 0 && size.height > 0;
  const pendingFit = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new view mode is what asks for the framing
  useEffect(() => {
    pendingFit.current = true;
    invalidate();
  }, [mode, invalidate]);
  useFrame(() => {
    if (!pendingFit.current || !sized || !controls.current) return;
    pendingFit.current = false;
    const floor = editor.floor;
    fit(floorExtent(floor), floor?.elevation ?? 0, 1.08);
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request (its nonce) moves the camera, never an edit
  useEffect(() => {
    if (!request) return;
    if (!request.ids.length && !request.points?.length) {
      const floor = editor.floor;
      fit(floorExtent(floor), floor?.elevation ?? 0, 1.08, mode !== '2d');
      return;
    }
    const boxes: Extent[] = [];
    for (const id of request.ids) {
      const r = findElement(editor.doc, id);
      if (r) boxes.push(elementBBox(r.element));
    }
    const b = framedBox(boxes, request.points ?? []);
    if (b) fit(b, editor.floor.elevation, 1.2, true);
  }, [request?.nonce]);
  return null;
}

/** The user's own pan or zoom wins over a glide in progress. */
function useUserWinsOverGlide(el: HTMLCanvasElement, goal: React.RefObject<CameraGoal | null>): void {
  useEffect(() => {
    const stop = () => void (goal.current = null);
    el.addEventListener('wheel', stop, { passive: true });
    el.addEventListener('pointerdown', stop);
    return () => {
      el.removeEventListener('wheel', stop);
      el.removeEventListener('pointerdown', stop);
    };
  }, [el, goal]);
}
