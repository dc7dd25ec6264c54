/**
 * The 2D plan / 3D orbit / stacked-floors view of the hall. Left button goes to the editor's tools (in plan
 * coordinates, picked on the current floor's plane); right/middle button and the wheel move the camera.
 */
import { useEffect, useMemo, useRef } from 'react';
import { Canvas, useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { OrbitControls, OrthographicCamera, PerspectiveCamera } from '@react-three/drei';
import * as THREE from 'three';
import { useStore } from 'zustand';
import type { Editor } from '../editor/editor';
import { findElement } from '../core/query';
import { bbox } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';
import { elementBBox } from '../editor/hit-test';
import { FloorScene } from './FloorScene';
import { SelectionLayer } from './SelectionLayer';
import { OverlayLayer } from './OverlayLayer';
import { pickHandle, selectionHandles } from './handles';
import type { PlanPointerEvent } from '../editor/types';
import { LabelsContext, LabelsStore } from './labels-store';
import { LabelLayer, LabelProjector, type LabelNodes } from './LabelLayer';

export interface ViewportProps {
  /** The editor to show and drive. */
  editor: Editor;
  /** Extra class on the wrapper, default none. */
  className?: string;
  /** Extra things to draw in the scene (rule overlays, IFC context), default none. */
  children?: React.ReactNode;
}

declare global {
  interface Window {
    __halltwin_drawCalls?: number;
    __halltwin_planToScreen?: (p: Vec2) => [number, number] | undefined;
  }
}

type Controls = { target: THREE.Vector3; update(): void; object: THREE.Camera };

export function Viewport({ editor, className, children }: ViewportProps) {
  const mode = useStore(editor.store, (s) => s.viewMode);
  const labels = useMemo(() => new LabelsStore(), []);
  const nodes = useMemo<LabelNodes>(() => new Map(), []);
  return (
    <div className={className} style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }} data-testid="viewport" onContextMenu={(e) => e.preventDefault()}>
      <LabelsContext.Provider value={labels}>
        <Canvas gl={{ antialias: false, preserveDrawingBuffer: true }} dpr={1} style={{ background: '#f8fafc' }}>
          <Scene editor={editor} mode={mode} />
          <LabelProjector store={labels} nodes={nodes} />
          {children}
        </Canvas>
        <LabelLayer store={labels} nodes={nodes} />
      </LabelsContext.Provider>
    </div>
  );
}

function Scene({ editor, mode }: { editor: Editor; mode: '2d' | '3d' | 'stack' }) {
  const doc = useStore(editor.store, (s) => s.doc);
  const floorId = useStore(editor.store, (s) => s.floorId);
  const locale = useStore(editor.store, (s) => s.locale);
  const floor = doc.floors.find((f) => f.id === floorId) ?? doc.floors[0];
  const controls = useRef<Controls>(null);
  const extent = useMemo(() => floorExtent(floor), [floor]);
  const center: Vec2 = [(extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2];
  const size = Math.max(extent.maxX - extent.minX, extent.maxY - extent.minY, 10);
  const elev = floor?.elevation ?? 0;
  if (!floor) return null;
  return (
    <>
      {mode === '2d' ? (
        <OrthographicCamera makeDefault position={[center[0], elev + 200, -center[1]]} up={[0, 0, -1]} zoom={10} near={0.1} far={2000} />
      ) : (
        <PerspectiveCamera makeDefault position={[center[0] - size * 0.6, elev + size * 0.7, -center[1] + size * 0.9]} fov={45} near={0.1} far={5000} />
      )}
      <OrbitControls
        ref={controls as never}
        makeDefault
        target={[center[0], elev, -center[1]]}
        enableRotate={mode !== '2d'}
        zoomToCursor
        screenSpacePanning
        mouseButtons={{ LEFT: undefined as never, MIDDLE: THREE.MOUSE.PAN, RIGHT: mode === '2d' ? THREE.MOUSE.PAN : THREE.MOUSE.ROTATE }}
      />
      <ambientLight intensity={0.9} />
      <directionalLight position={[center[0] + 30, elev + 60, -center[1] + 20]} intensity={1.2} />
      {mode === '2d' && <gridHelper args={[Math.ceil(size / 10) * 10 + 20, Math.ceil(size / 10) + 2, '#cbd5e1', '#e2e8f0']} position={[center[0], elev - 0.01, -center[1]]} />}
      {mode === 'stack'
        ? doc.floors.map((f) => <FloorScene key={f.id} floor={f} mode={mode} opacity={f.id === floor.id ? 1 : 0.25} labels={f.id === floor.id} locale={locale} />)
        : <FloorScene floor={floor} mode={mode} locale={locale} />}
      <SelectionLayer editor={editor} elevation={elev} />
      <OverlayLayer editor={editor} floor={floor} mode={mode} />
      <InputPlane editor={editor} elevation={elev} />
      <CameraRig editor={editor} controls={controls} mode={mode} initialFit={extent} />
      <Probe editor={editor} mode={mode} />
    </>
  );
}

function floorExtent(floor: { outline?: Vec2[]; elements: Parameters<typeof elementBBox>[0][] } | undefined) {
  if (!floor) return { minX: 0, minY: 0, maxX: 20, maxY: 20 };
  if (floor.outline) return bbox(floor.outline);
  const pts: Vec2[] = [];
  for (const e of floor.elements) {
    const b = elementBBox(e);
    if (Number.isFinite(b.minX)) pts.push([b.minX, b.minY], [b.maxX, b.maxY]);
  }
  return pts.length ? bbox(pts) : { minX: 0, minY: 0, maxX: 20, maxY: 20 };
}

/** An invisible plane at the floor level that turns pointer events into plan points for the editor. */
function InputPlane({ editor, elevation }: { editor: Editor; elevation: number }) {
  const toPlan = (e: ThreeEvent<PointerEvent | MouseEvent>, extra: Partial<PlanPointerEvent> = {}): PlanPointerEvent => {
    const n = e.nativeEvent;
    const point: Vec2 = [e.point.x, -e.point.z];
    return { point, button: n.button, shift: n.shiftKey, alt: n.altKey, ctrl: n.ctrlKey, meta: n.metaKey, ...extra };
  };
  const handleAt = (p: Vec2): string | undefined => {
    const s = editor.state;
    if (s.tool !== 'select' || !s.selection.length) return undefined;
    const top = Math.max(...s.selection.map((id) => findElement(s.doc, id)).filter(Boolean).map((r) => elementBBox(r!.element).maxY));
    const handles = selectionHandles(s.doc, s.selection, editor.selectionCenter(), top, editor.snapTolerance * 4 * 0.75);
    return pickHandle(handles, p, editor.snapTolerance);
  };
  return (
    <mesh
      position={[0, elevation + 0.001, 0]}
      rotation={[-Math.PI / 2, 0, 0]}
      onPointerDown={(e) => {
        if (e.nativeEvent.button !== 0) return;
        e.stopPropagation();
        (e.target as Element | null)?.setPointerCapture?.(e.pointerId);
        const ev = toPlan(e);
        editor.pointerDown({ ...ev, hitId: handleAt(ev.point) });
      }}
      onPointerMove={(e) => editor.pointerMove(toPlan(e))}
      onPointerUp={(e) => {
        if (e.nativeEvent.button !== 0) return;
        editor.pointerUp(toPlan(e));
      }}
      onDoubleClick={(e) => editor.pointerDown(toPlan(e, { double: true }))}
    >
      <planeGeometry args={[10000, 10000]} />
      <meshBasicMaterial transparent opacity={0} depthWrite={false} />
    </mesh>
  );
}

/** Frames the floor at start and the requested elements when a finding is clicked; keeps snap tolerance in pixels. */
function CameraRig({ editor, controls, mode, initialFit }: { editor: Editor; controls: React.RefObject<Controls | null>; mode: string; initialFit: ReturnType<typeof bbox> }) {
  const { camera, size } = useThree();
  const request = useStore(editor.store, (s) => s.cameraRequest);
  const fit = (b: ReturnType<typeof bbox>, elevation: number, margin: number) => {
    const cx = (b.minX + b.maxX) / 2;
    const cy = (b.minY + b.maxY) / 2;
    const w = Math.max(b.maxX - b.minX, 2) * margin;
    const h = Math.max(b.maxY - b.minY, 2) * margin;
    const c = controls.current;
    if (camera instanceof THREE.OrthographicCamera) {
      camera.zoom = Math.min(size.width / w, size.height / h);
      camera.position.set(cx, elevation + 200, -cy);
      camera.updateProjectionMatrix();
    } else {
      const d = Math.max(w, h);
      camera.position.set(cx - d * 0.5, elevation + d * 0.8, -cy + d * 0.8);
    }
    if (c) {
      c.target.set(cx, elevation, -cy);
      c.update();
    }
  };
  useEffect(() => {
    const floor = editor.floor;
    fit(initialFit, floor?.elevation ?? 0, 1.08);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode, size.width, size.height, editor.floorId]);
  useEffect(() => {
    if (!request) return;
    const pts: Vec2[] = [];
    for (const id of request.ids) {
      const r = findElement(editor.doc, id);
      if (!r) continue;
      const b = elementBBox(r.element);
      pts.push([b.minX, b.minY], [b.maxX, b.maxY]);
    }
    if (!pts.length) return;
    const b = bbox(pts);
    fit({ minX: b.minX - 4, minY: b.minY - 4, maxX: b.maxX + 4, maxY: b.maxY + 4 }, editor.floor.elevation, 1.2);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request?.nonce]);
  return null;
}

/** Per frame: pixel-based snap tolerance, the draw-call count and a plan→screen helper for browser tests. */
function Probe({ editor, mode }: { editor: Editor; mode: string }) {
  const { camera, size } = useThree();
  const v = useMemo(() => new THREE.Vector3(), []);
  useFrame(({ gl }) => {
    let pxPerMetre = 10;
    if (camera instanceof THREE.OrthographicCamera) pxPerMetre = camera.zoom;
    else if (camera instanceof THREE.PerspectiveCamera) {
      const d = camera.position.distanceTo(v.set(camera.position.x, editor.floor?.elevation ?? 0, camera.position.z));
      pxPerMetre = size.height / (2 * Math.max(d, 1) * Math.tan((camera.fov * Math.PI) / 360));
    }
    editor.snapTolerance = 10 / pxPerMetre;
    editor.dragThreshold = 4 / pxPerMetre;
    window.__halltwin_drawCalls = gl.info.render.calls;
  });
  useEffect(() => {
    window.__halltwin_planToScreen = (p: Vec2) => {
      const w = new THREE.Vector3(p[0], editor.floor?.elevation ?? 0, -p[1]).project(camera);
      const rect = (document.querySelector('[data-testid="viewport"] canvas') as HTMLCanvasElement | null)?.getBoundingClientRect();
      if (!rect) return undefined;
      return [rect.left + ((w.x + 1) / 2) * rect.width, rect.top + ((1 - w.y) / 2) * rect.height];
    };
  }, [camera, editor, mode]);
  return null;
}
