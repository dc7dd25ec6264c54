/**
 * The 2D plan / 3D orbit / stacked-floors view of the hall. In the plan the left button goes to the editor's tools
 * (in plan coordinates, picked on the current floor's plane); in 3D a left drag orbits unless it starts on the
 * selection (./InputPlane). Right/middle button and the wheel move the camera.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { OrbitControls, OrthographicCamera, PerspectiveCamera } from '@react-three/drei';
import * as THREE from 'three';
import { type StoreApi, createStore, useStore } from 'zustand';
import type { Editor } from '../editor/editor';
import type { Vec2 } from '../core/geometry/vec';
import type { Floor } from '../core/document';
import { FloorScene } from './FloorScene';
import { SelectionLayer } from './SelectionLayer';
import { SelectionDims } from './SelectionDims';
import { OverlayLayer } from './OverlayLayer';
import { InputPlane } from './InputPlane';
import { stackOffsets } from './stack/stack-layout';
import { LabelsContext, LabelsStore, MovingLabelsContext } from './labels-store';
import { LabelLayer } from './LabelLayer';
import type { LabelNodes, LabelPlacements } from './label-nodes';
import { LabelProjector } from './LabelProjector';
import { PlanGrid } from './PlanGrid';
import { PlanHud, PlanHudProbe, type PlanHudNodes } from './PlanHud';
import { RedrawOnChange } from './RedrawOnChange';
import { GestureDpr } from './GestureDpr';
import { StillFrameRenderer, type WholeFrames } from './StillFrameRenderer';
import { PlanProjectionProbe } from './PlanProjectionProbe';
import { CameraRig } from './camera/CameraRig';
import type { Controls } from './camera/camera-goal';
import { floorExtent } from './camera/floor-extent';
import { visitorsOn } from '../core/standing-on';
import { type HallElement, kindOf } from '../core/kinds/registry';
import { CUT_KINDS } from './host-cuts';

/**
 * Wheel zoom per notch: three.js scales by 0.95 per 100 units of wheel delta times this, so one notch (delta 100)
 * zooms by about 17 %, as AutoCAD, Revit and Figma do (the default 5 % took 30 notches from a room to the hall).
 */
const WHEEL_ZOOM_SPEED = 3.6;

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
    /** Frames drawn so far (the view draws on demand: an idle editor draws none). */
    __halltwin_frames?: number;
    /** Geometries the renderer holds on the GPU after the last frame (three.js info.memory): context meshes freed show here. */
    __halltwin_geometries?: number;
    /**
     * The sum of the scene's material versions: three.js selects a material's shader program again whenever its
     * version moves, so a frame that changed nothing must leave it as it was (browser tests).
     */
    __halltwin_materialVersions?: () => number;
    /** Asks the on-demand view for one frame (browser tests read the counters above after it). */
    __halltwin_redraw?: () => void;
    __halltwin_planToScreen?: (p: Vec2) => [number, number] | undefined;
  }
}

export function Viewport({ editor, className, children }: ViewportProps) {
  const mode = useStore(editor.store, (s) => s.viewMode);
  const labels = useMemo(() => new LabelsStore(), []);
  const nodes = useMemo<LabelNodes>(() => new Map(), []);
  const placed = useMemo<LabelPlacements>(() => new Map(), []);
  const hud = useRef<PlanHudNodes>({ bar: null, caption: null });
  const bearing = useStore(editor.store, (s) => s.doc.meta.georef?.rotation ?? 0);
  const wholeFrames = useMemo(() => createStore<WholeFrames>(() => ({ whole: false })), []);
  return (
    <div className={className} style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }} data-testid="viewport" onContextMenu={(e) => e.preventDefault()}>
      <LabelsContext.Provider value={labels}>
        {/* On demand: see ./RedrawOnChange for what asks for a frame. */}
        <Canvas frameloop="demand" gl={{ antialias: false, preserveDrawingBuffer: false }} dpr={1} style={{ background: '#f8fafc' }}>
          <RedrawOnChange editor={editor} />
          <GestureDpr editor={editor} wholeFrames={wholeFrames} />
          <Scene editor={editor} mode={mode} wholeFrames={wholeFrames} />
          <LabelProjector store={labels} nodes={nodes} placed={placed} />
          {mode === '2d' && <PlanHudProbe nodes={hud} />}
          {children}
        </Canvas>
        <LabelLayer store={labels} nodes={nodes} placed={placed} />
        {mode === '2d' && <PlanHud nodes={hud} northBearing={bearing} />}
      </LabelsContext.Provider>
    </div>
  );
}

const NOTHING_MOVES: ReadonlySet<string> = new Set();

function Scene({ editor, mode, wholeFrames }: { editor: Editor; mode: '2d' | '3d' | 'stack'; wholeFrames: StoreApi<WholeFrames> }) {
  const doc = useStore(editor.store, (s) => s.doc);
  const floorId = useStore(editor.store, (s) => s.floorId);
  const locale = useStore(editor.store, (s) => s.locale);
  const underlay = useStore(editor.store, (s) => s.underlay);
  const ghosts = useStore(editor.store, (s) => s.ghostFloors !== false);
  const floor = doc.floors.find((f) => f.id === floorId) ?? doc.floors[0];
  const { below, above } = useMemo(() => neighbourFloors(doc.floors, floor), [doc.floors, floor]);
  const visitors = useVisitors(doc.floors);
  const controls = useRef<Controls>(null);
  const moving = useRef<THREE.Group>(null);
  const { ids: movingIds, elements: movingElements } = useMoving(editor, floor, mode);
  // The stack pulls the floors apart around the current one (./stack/stack-layout).
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the current floor's id, not the floor object every edit replaces
  const stacked = useMemo(() => (mode === 'stack' && floor ? stackOffsets(doc.floors, floor.id) : undefined), [mode, doc.floors, floor?.id]);
  // An edit gives the floor a new object but keeps its outline: the extent, and the plan grid drawn from it, stay
  // as they are while a seat is dragged (the grid of a 260 m floor is thousands of lines).
  const outline = floor?.outline;
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the floor's id, outline (or its elements when it has none) and underlay, not on the floor object every edit replaces
  const extent = useMemo(() => floorExtent(floor), [floor?.id, outline, outline ? undefined : floor?.elements, floor?.underlay]);
  const gridExtent = useMemo(() => {
    // At least 30 m around: the first seat or sign on an empty floor must not shrink the grid to a patch in the
    // middle of the view an empty floor is framed at.
    const m = Math.max(extent.maxX - extent.minX, extent.maxY - extent.minY, 30);
    return { minX: extent.minX - m, minY: extent.minY - m, maxX: extent.maxX + m, maxY: extent.maxY + m };
  }, [extent.minX, extent.minY, extent.maxX, extent.maxY]);
  const center: Vec2 = [(extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2];
  const elev = floor?.elevation ?? 0;
  if (!floor) return null;
  return (
    <>
      <Rig mode={mode} controls={controls} cx={center[0]} cy={center[1]} elevation={elev} />
      {mode === '2d' && <StillPlanGrid extent={gridExtent} elevation={elev} />}
      {mode === '2d' && underlay.below && below && <FloorScene key={`below-${below.id}`} floor={below} mode="2d" opacity={0.22} labels={false} />}
      {mode === '2d' && underlay.above && above && <FloorScene key={`above-${above.id}`} floor={above} mode="2d" opacity={0.16} labels={false} />}
      {mode === 'stack' && stacked ? (
        doc.floors.map((f) => (
          <group key={f.id} position={[0, stacked.get(f.id) ?? 0, 0]}>
            <FloorScene
              floor={f}
              mode={mode}
              opacity={f.id === floor.id ? 1 : 0.7}
              labels={f.id === floor.id}
              locale={locale}
              preset={doc.meta.preset}
              visitors={visitors.get(f.id)}
              openedAs={doc.meta.source}
            />
          </group>
        ))
      ) : (
        <FloorScene floor={floor} mode={mode} locale={locale} preset={doc.meta.preset} visitors={visitors.get(floor.id)} without={movingIds} openedAs={doc.meta.source} />
      )}
      {mode === '3d' && ghosts && (
        <group>{doc.floors.map((f) => f.id !== floor.id && <FloorScene key={`ghost-${f.id}`} floor={f} mode="3d" opacity={0.12} labels={false} />)}</group>
      )}
      {/* What a gesture moves, its outline and the tools' overlays: drawn over the still frame (./StillFrameRenderer). */}
      <group ref={moving}>
        {movingElements.length > 0 && (
          <MovingLabelsContext.Provider value={true}>
            <FloorScene floor={floor} mode={mode} locale={locale} preset={doc.meta.preset} elements={movingElements} />
          </MovingLabelsContext.Provider>
        )}
        <SelectionLayer editor={editor} elevation={elev} />
        {mode === '2d' && <SelectionDims editor={editor} elevation={elev} />}
        <OverlayLayer editor={editor} floor={floor} mode={mode} />
      </group>
      <StillFrameRenderer editor={editor} moving={moving} wholeFrames={wholeFrames} />
      <StillInputPlane editor={editor} elevation={elev} orbitLeft={mode !== '2d'} controls={controls} />
      <StillCameraRig editor={editor} controls={controls} mode={mode} />
      <Probe editor={editor} mode={mode} />
      <StillProjectionProbe editor={editor} />
    </>
  );
}

/*
 * The scene's parts that take nothing from the document, memoised: every drag step gives the scene a new document,
 * and rendering them again re-applied the cameras', controls' and lights' props on each pointer move.
 */
const StillPlanGrid = memo(PlanGrid);
const StillInputPlane = memo(InputPlane);
const StillCameraRig = memo(CameraRig);
const StillProjectionProbe = memo(PlanProjectionProbe);

/** Camera, controls and lights. They take no document-derived props: only <CameraRig> moves the camera, on an explicit request. */
const Rig = memo(function Rig({
  mode,
  controls,
  cx,
  cy,
  elevation,
}: {
  mode: '2d' | '3d' | 'stack';
  controls: React.RefObject<Controls | null>;
  cx: number;
  cy: number;
  elevation: number;
}) {
  return (
    <>
      {mode === '2d' ? (
        <OrthographicCamera makeDefault position={[0, 200, 0]} up={[0, 0, -1]} zoom={10} near={0.1} far={2000} />
      ) : (
        <PerspectiveCamera makeDefault position={[-30, 40, 50]} fov={45} near={0.1} far={5000} />
      )}
      <OrbitControls
        ref={controls as never}
        makeDefault
        enableRotate={mode !== '2d'}
        zoomToCursor
        zoomSpeed={WHEEL_ZOOM_SPEED}
        screenSpacePanning
        mouseButtons={{ LEFT: mode === '2d' ? (undefined as never) : THREE.MOUSE.ROTATE, MIDDLE: THREE.MOUSE.PAN, RIGHT: mode === '2d' ? THREE.MOUSE.PAN : THREE.MOUSE.ROTATE }}
      />
      <ambientLight intensity={0.9} />
      <directionalLight position={[cx + 30, elevation + 60, -cy + 20]} intensity={1.2} />
    </>
  );
});

const NO_ELEMENTS: HallElement[] = [];

/**
 * The current floor's elements a gesture in progress moves (the selection), drawn apart from the still scene; none
 * at rest and in the stack, where every frame is drawn whole. Nor when a wall or an opening in one moves: a door
 * cuts its wall, and apart from each other the wall would be drawn uncut while the drag lasts; such a gesture
 * changes the still scene at each step and is drawn whole (./StillFrameRenderer).
 */
function useMoving(editor: Editor, floor: Floor | undefined, mode: '2d' | '3d' | 'stack'): { ids: ReadonlySet<string>; elements: HallElement[] } {
  const gesture = useStore(editor.store, (s) => s.gesture);
  const selection = useStore(editor.store, (s) => s.selection);
  const ids = useMemo(() => {
    if (!gesture || mode === 'stack' || !selection.length) return NOTHING_MOVES;
    const picked = new Set(selection);
    const cuts = editor.floor?.elements.some((e) => picked.has(e.id) && (CUT_KINDS.has(e.kind) || kindOf(e).cutsHost));
    return cuts ? NOTHING_MOVES : picked;
  }, [editor, gesture, mode, selection]);
  const elements = useMemo(() => (ids.size && floor ? floor.elements.filter((e) => ids.has(e.id)) : NO_ELEMENTS), [ids, floor]);
  return { ids, elements };
}

/** The floors directly below and above by elevation, drawn faintly under the plan for tracing. */
function neighbourFloors(floors: readonly Floor[], floor: Floor | undefined): { below?: Floor; above?: Floor } {
  if (!floor) return {};
  let below: Floor | undefined;
  let above: Floor | undefined;
  for (const f of floors) {
    if (f.id === floor.id) continue;
    if (f.elevation < floor.elevation && (!below || f.elevation > below.elevation)) below = f;
    if (f.elevation > floor.elevation && (!above || f.elevation < above.elevation)) above = f;
  }
  return { below, above };
}

/** Per frame: pixel-based snap tolerance, the draw-call and frame counts and a plan→screen helper for browser tests. */
const Probe = memo(function Probe({ editor, mode }: { editor: Editor; mode: string }) {
  const { camera, size, scene, invalidate } = useThree();
  useEffect(() => {
    window.__halltwin_redraw = () => invalidate();
    window.__halltwin_materialVersions = () => {
      let n = 0;
      scene.traverse((o) => {
        const m = (o as THREE.Mesh).material;
        for (const x of Array.isArray(m) ? m : m ? [m] : []) n += x.version;
      });
      return n;
    };
  }, [invalidate, scene]);
  const v = useMemo(() => new THREE.Vector3(), []);
  // Counted after the frame is drawn: useFrame runs before it, and with frames on demand there may be no next frame to catch up.
  useEffect(() => {
    scene.onAfterRender = (gl) => {
      window.__halltwin_drawCalls = gl.info.render.calls;
      window.__halltwin_frames = (window.__halltwin_frames ?? 0) + 1;
      window.__halltwin_geometries = gl.info.memory.geometries;
    };
    return () => {
      scene.onAfterRender = () => undefined;
    };
  }, [scene]);
  useFrame(() => {
    let pxPerMetre = 10;
    if (camera instanceof THREE.OrthographicCamera) pxPerMetre = camera.zoom;
    else if (camera instanceof THREE.PerspectiveCamera) {
      const d = camera.position.distanceTo(v.set(camera.position.x, editor.floor?.elevation ?? 0, camera.position.z));
      pxPerMetre = size.height / (2 * Math.max(d, 1) * Math.tan((camera.fov * Math.PI) / 360));
    }
    editor.snapTolerance = 10 / pxPerMetre;
    editor.dragThreshold = 4 / pxPerMetre;
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-registered when the view mode changes, as the browser tests switch modes and read positions at once
  useEffect(() => {
    window.__halltwin_planToScreen = (p: Vec2) => {
      const w = new THREE.Vector3(p[0], editor.floor?.elevation ?? 0, -p[1]).project(camera);
      const rect = (document.querySelector('[data-testid="viewport"] canvas') as HTMLCanvasElement | null)?.getBoundingClientRect();
      if (!rect) return undefined;
      return [rect.left + ((w.x + 1) / 2) * rect.width, rect.top + ((1 - w.y) / 2) * rect.height];
    };
  }, [camera, editor, mode]);
  return null;
});

const NO_VISITORS: readonly HallElement[] = [];

/**
 * Per floor, the elements of other floors that stand on it (a stair on every floor it joins), the same array while
 * they are the same objects: an edit elsewhere then leaves each floor's memoised scene alone (the stack draws them all).
 */
function useVisitors(floors: readonly Floor[]): ReadonlyMap<string, readonly HallElement[]> {
  const last = useRef<ReadonlyMap<string, readonly HallElement[]>>(new Map());
  return useMemo(() => {
    const next = new Map<string, readonly HallElement[]>();
    for (const f of floors) {
      const v = visitorsOn(floors, f);
      const prev = last.current.get(f.id);
      next.set(f.id, prev && v.length === prev.length && v.every((e, i) => e === prev[i]) ? prev : v.length ? v : NO_VISITORS);
    }
    last.current = next;
    return next;
  }, [floors]);
}
