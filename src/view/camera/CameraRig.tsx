/**
 * Moves the camera, and only on explicit requests: the first view and a change of view mode frame the floor;
 * `cameraRequest` (zoom to fit, switching floor, a clicked finding, opening a file) frames the floor or elements.
 * Edits never reach here, so the plan stays put under the cursor while drawing.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { useStore } from 'zustand';
import type { Editor } from '../../editor/editor';
import { findElement } from '../../core/query';
import { elementBBox } from '../../editor/hit-test';
import { type CameraGoal, type Controls, FIT_PAD, glideToward, goalFor, jumpTo } from './camera-goal';
import { type Extent, floorExtent, framedBox } from './floor-extent';
import { stackFraming } from '../stack/stack-layout';

export function CameraRig({ editor, controls, mode }: { editor: Editor; controls: React.RefObject<Controls | null>; mode: string }) {
  const { camera, size, gl, invalidate } = useThree();
  const request = useStore(editor.store, (s) => s.cameraRequest);
  const goal = useRef<CameraGoal | null>(null);
  /** The last framing, until the user pans, zooms or clicks in the view: a resize before that frames it again. */
  const framed = useRef<{ b: Extent; elevation: number; margin: number; pad?: typeof FIT_PAD } | null>(null);
  useUserWinsOverGlide(gl.domElement, goal, framed);
  /** What zoom to fit shows: the current floor, or in the stack every floor. */
  const wholeView = () => {
    const floor = editor.floor;
    if (mode === 'stack' && floor) return stackFraming(editor.doc.floors, floor.id);
    return { box: floorExtent(floor), elevation: floor?.elevation ?? 0 };
  };
  /** Frames `b`: a glide over a few frames when `smooth`, else at once. */
  const fit = (b: Extent, elevation: number, margin: number, smooth = false, pad?: typeof FIT_PAD) => {
    framed.current = { b, elevation, margin, pad };
    const g = goalFor(camera, size, b, elevation, margin, smooth ? (controls.current ?? undefined) : undefined, pad);
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
  // would otherwise reset the target); a later resize keeps the view where the user left it (or frames again, below).
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
    const whole = wholeView();
    fit(whole.box, whole.elevation, 1.08, false, FIT_PAD);
  });
  // A banner or panel that comes or goes just after a framing (the autosave offer withdrawn when a file is
  // opened) resizes the view: the framing is made again for the new size, unless the user has moved the view since.
  // Made in the next frame, once the renderer and the camera have taken the new size (made at once, the picture
  // drawn for the resize showed the old framing).
  const refit = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new size re-frames
  useEffect(() => {
    if (!framed.current || !sized || pendingFit.current) return;
    refit.current = true;
    invalidate();
  }, [size.width, size.height]);
  useFrame(() => {
    const f = framed.current;
    if (!refit.current) return;
    refit.current = false;
    if (f) fit(f.b, f.elevation, f.margin, false, f.pad);
  });
  useFollowCorner(editor, controls, goal);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request (its nonce) moves the camera, never an edit
  useEffect(() => {
    if (!request) return;
    if (!request.ids.length && !request.points?.length) {
      const whole = wholeView();
      fit(whole.box, whole.elevation, 1.08, mode !== '2d', FIT_PAD);
      return;
    }
    const boxes: Extent[] = [];
    for (const id of request.ids) {
      const r = findElement(editor.doc, id);
      if (r) boxes.push(elementBBox(r.element));
    }
    const b = framedBox(boxes, request.points ?? [], floorExtent(editor.floor));
    if (b) fit(b, editor.floor.elevation, 1.2, true);
  }, [request?.nonce]);
  return null;
}

/**
 * While a chain of walls (or a zone, a route) is drawn, a corner that lands past the view's edge (a typed
 * "20 ↹ 90 ↵" may put it off screen) brings the view along: it glides to centre that corner at the same zoom, so
 * the next segment is never drawn blind. A corner in sight moves nothing: a clicked corner always is, and a view
 * that moved under the hand between two clicks would put the next click where the user was not aiming.
 */
function useFollowCorner(editor: Editor, controls: React.RefObject<Controls | null>, goal: React.RefObject<CameraGoal | null>): void {
  const { camera, invalidate } = useThree();
  const corner = useStore(editor.store, (s) => s.overlay.corner);
  useEffect(() => {
    const c = controls.current;
    if (!corner || !c) return;
    const y = editor.floor?.elevation ?? 0;
    const p = new THREE.Vector3(corner[0], y, -corner[1]).project(camera);
    if (Math.abs(p.x) <= 1 && Math.abs(p.y) <= 1 && p.z < 1) return;
    const target = new THREE.Vector3(corner[0], c.target.y, -corner[1]);
    const shift = target.clone().sub(c.target);
    goal.current = { pos: camera.position.clone().add(shift), target, zoom: camera instanceof THREE.OrthographicCamera ? camera.zoom : undefined };
    invalidate();
  }, [corner, camera, controls, editor, goal, invalidate]);
}

/** The user's own pan or zoom wins over a glide in progress, and over the framing a resize would make again. */
function useUserWinsOverGlide(el: HTMLCanvasElement, goal: React.RefObject<CameraGoal | null>, framed: React.RefObject<unknown>): void {
  useEffect(() => {
    const stop = () => {
      goal.current = null;
      framed.current = null;
    };
    el.addEventListener('wheel', stop, { passive: true });
    el.addEventListener('pointerdown', stop);
    return () => {
      el.removeEventListener('wheel', stop);
      el.removeEventListener('pointerdown', stop);
    };
  }, [el, goal, framed]);
}
