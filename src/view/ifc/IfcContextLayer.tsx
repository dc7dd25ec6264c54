/**
 * The imported IFC model as a see-through 3D context behind the designed hall: one mesh per group
 * (walls, slabs, windows …, as merged by the importer), so draw calls stay a handful whatever the
 * model's size; optionally the plan cut lines (model cut 1.2 m above a floor) as line segments.
 * Axes: the importer already gives three.js axes (plan x → x, plan y → −z, elevation → y).
 * Meshes appear one per frame after an import (./use-staged-context) so the page never stalls on them.
 */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import type { ContextGeometry } from '../../ifc/types';
import { cutGeometry } from './context-geometry';
import { useCompiledLines } from './use-compiled';
import { useStagedContext } from './use-staged-context';

export interface IfcContextLayerProps {
  /** From importIfcInWorker(...).context. Required. */
  context: ContextGeometry;
  /** Show the layer at all. Default true. */
  visible?: boolean;
  /** Opacity of opaque groups (glass groups get half of it). Default 0.35. */
  opacity?: number;
  /** Draw the meshes. Default true. */
  showMeshes?: boolean;
  /** Draw the 1.2 m plan cut lines of these floor ids (e.g. the current floor). Default [] (none). */
  cutFloors?: string[];
  /** Colour of the cut lines. Default '#333333'. */
  cutColor?: string;
  /** Groups to leave out, e.g. ['IfcFurniture']. Default [] (all). */
  hiddenGroups?: string[];
  /** Let the context receive pointer events (false keeps clicks going to the designed elements). Default false. */
  pickable?: boolean;
}

declare global {
  interface Window {
    /** Context meshes in the scene and drawn (0 while hidden), for browser tests. */
    __halltwin_contextMeshes?: number;
  }
}

const noRaycast = () => undefined;

export function IfcContextLayer({
  context,
  visible = true,
  opacity = 0.35,
  showMeshes = true,
  cutFloors = [],
  cutColor = '#333333',
  hiddenGroups = [],
  pickable = false,
}: IfcContextLayerProps) {
  const meshes = useStagedContext(context, opacity, showMeshes);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    for (const m of meshes) {
      const o = m.glass ? opacity * 0.5 : opacity;
      const opaque = o >= 1;
      // Fully opaque: drawn as solid (depth written, no blending), so the model hides what is behind it in order.
      if (m.material.transparent === opaque) {
        m.material.transparent = !opaque;
        m.material.depthWrite = opaque;
        m.material.needsUpdate = true;
      }
      m.material.opacity = o;
    }
    // The materials change in place, not through React: ask the on-demand view for a frame.
    invalidate();
  }, [meshes, opacity, invalidate]);
  // Cut lines are built for a floor when it is first shown, not for every floor up front.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new model gets a new cache (the old one's geometries are disposed below)
  const cutCache = useMemo(() => new Map<string, THREE.BufferGeometry>(), [context]);
  useEffect(() => () => cutCache.forEach((g) => g.dispose()), [cutCache]);
  const cuts = context.cuts
    .filter((c) => cutFloors.includes(c.floorId))
    .map((c) => {
      let g = cutCache.get(c.floorId);
      if (!g) cutCache.set(c.floorId, (g = cutGeometry(c)));
      return { floorId: c.floorId, geometry: g };
    });
  const drawn = visible && showMeshes ? meshes.filter((m) => !hiddenGroups.includes(m.group)).length : 0;
  useEffect(() => {
    window.__halltwin_contextMeshes = drawn;
    return () => {
      window.__halltwin_contextMeshes = 0;
    };
  }, [drawn]);
  const lineMat = useMemo(() => new THREE.LineBasicMaterial({ color: cutColor }), [cutColor]);
  useEffect(() => () => lineMat.dispose(), [lineMat]);
  const linesReady = useCompiledLines(lineMat);
  return (
    <group visible={visible} name="ifc-context">
      {showMeshes &&
        meshes
          .filter((m) => !hiddenGroups.includes(m.group))
          .map((m) => <mesh key={m.key} geometry={m.geometry} material={m.material} renderOrder={-1} raycast={pickable ? undefined : noRaycast} />)}
      {linesReady && cuts.map((c) => <lineSegments key={`cut-${c.floorId}`} geometry={c.geometry} material={lineMat} raycast={pickable ? undefined : noRaycast} />)}
    </group>
  );
}
