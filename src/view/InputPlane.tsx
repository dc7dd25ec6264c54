/**
 * An invisible plane at the floor level that turns pointer events into plan points for the editor.
 *
 * In the plan the left button belongs to the tools. In 3D and in the stack a left drag orbits the view, as in Revit,
 * SketchUp or any model viewer, unless the press starts on an element that is already selected (or on one of its
 * handles): only then does the select tool move it. A left click without a drag still selects what it hits. So a
 * drag meant to turn the view never carries a zone out through its walls. Drawing tools keep the left button in 3D
 * (a click places); the right button orbits there.
 */
import { useRef } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import type { Editor } from '../editor/editor';
import { findElement } from '../core/query';
import type { Vec2 } from '../core/geometry/vec';
import { elementBBox } from '../editor/hit-test';
import { pickAt } from '../editor/hover-cycle';
import { outlineHandles, pickHandle, selectionHandles } from './handles';
import type { HandleRef, PlanPointerEvent } from '../editor/types';
import type { Controls } from './camera/camera-goal';

/** A press that moves less than this many pixels before release is a click, not an orbit. */
const CLICK_SLOP_PX = 4;

/** The handle under `p`: the outline tool's corners, else the selection's vertices and rotate knob. */
function handleAt(editor: Editor, p: Vec2): HandleRef | undefined {
  const s = editor.state;
  if (s.tool === 'outline') return editor.floor.outline ? pickHandle(outlineHandles(editor.floor.outline), p, editor.snapTolerance) : undefined;
  if (s.tool !== 'select' || !s.selection.length) return undefined;
  const top = Math.max(
    ...s.selection
      .map((id) => findElement(s.doc, id))
      .filter(Boolean)
      .map((r) => elementBBox(r!.element).maxY),
  );
  const handles = selectionHandles(s.doc, s.selection, editor.selectionCenter(), top, editor.snapTolerance * 4 * 0.75);
  return pickHandle(handles, p, editor.snapTolerance);
}

export function InputPlane({ editor, elevation, orbitLeft, controls }: { editor: Editor; elevation: number; orbitLeft: boolean; controls: React.RefObject<Controls | null> }) {
  /** A left press handed to the orbit: where it started, so its release can be told a click. */
  const orbitPress = useRef<{ x: number; y: number } | null>(null);
  const toPlan = (e: ThreeEvent<PointerEvent | MouseEvent>, extra: Partial<PlanPointerEvent> = {}): PlanPointerEvent => {
    const n = e.nativeEvent;
    const point: Vec2 = [e.point.x, -e.point.z];
    return { point, button: n.button, shift: n.shiftKey, alt: n.altKey, ctrl: n.ctrlKey, meta: n.metaKey, ...extra };
  };
  /** In 3D, whether this left press is the select tool's (on a selected element or a handle) rather than the orbit's. */
  const pressIsTools = (ev: PlanPointerEvent, handle: HandleRef | undefined): boolean => {
    if (!orbitLeft || editor.state.tool !== 'select') return true;
    if (handle) return true;
    const hit = pickAt(editor, ev.point);
    return !!hit && editor.selection.includes(hit);
  };
  const setOrbit = (on: boolean) => {
    const c = controls.current as (Controls & { enabled?: boolean }) | null;
    if (c) c.enabled = on;
  };
  return (
    // Hidden: it only takes the pointer (raycasting ignores visibility). Drawn, a transparent plane over the whole
    // canvas cost every frame a blend of every pixel, in software WebGL a fifth of a drag frame's GPU time.
    <mesh
      visible={false}
      position={[0, elevation + 0.001, 0]}
      rotation={[-Math.PI / 2, 0, 0]}
      onPointerDown={(e) => {
        if (e.nativeEvent.button !== 0) return;
        e.stopPropagation();
        const ev = toPlan(e);
        const handle = handleAt(editor, ev.point);
        if (!pressIsTools(ev, handle)) {
          orbitPress.current = { x: e.nativeEvent.clientX, y: e.nativeEvent.clientY };
          return;
        }
        // The tool has this press: the orbit (which may have seen the press first) stays still until release.
        if (orbitLeft) {
          setOrbit(false);
          window.addEventListener('pointerup', () => setOrbit(true), { once: true });
        }
        (e.target as Element | null)?.setPointerCapture?.(e.pointerId);
        editor.pointerDown({ ...ev, handle });
      }}
      onPointerMove={(e) => {
        if (orbitPress.current && e.nativeEvent.buttons & 1) return;
        // The select tool pre-highlights what a click would pick (and what Tab reached) as the pointer moves.
        editor.pointerMove(toPlan(e));
      }}
      onPointerLeave={() => {
        if (editor.state.hoverId !== undefined || editor.state.hoverCandidates) editor.store.setState({ hoverId: undefined, hoverCandidates: undefined });
      }}
      onPointerUp={(e) => {
        if (e.nativeEvent.button !== 0) return;
        const press = orbitPress.current;
        orbitPress.current = null;
        setOrbit(true);
        if (press) {
          // A click that did not turn the view picks, as a click in the plan does.
          if (Math.hypot(e.nativeEvent.clientX - press.x, e.nativeEvent.clientY - press.y) < CLICK_SLOP_PX) {
            editor.pointerDown(toPlan(e));
            editor.pointerUp(toPlan(e));
          }
          return;
        }
        editor.pointerUp(toPlan(e));
      }}
      onDoubleClick={(e) => editor.pointerDown(toPlan(e, { double: true }))}
    >
      <planeGeometry args={[10000, 10000]} />
      <meshBasicMaterial transparent opacity={0} depthWrite={false} />
    </mesh>
  );
}
