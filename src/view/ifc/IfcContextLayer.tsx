/**
 * The imported IFC model as a see-through 3D context behind the designed hall: one mesh per group
 * (walls, slabs, windows …, as merged by the importer), so draw calls stay a handful whatever the
 * model's size; optionally the plan cut lines (model cut 1.2 m above a floor) as line segments.
 * Axes: the importer already gives three.js axes (plan x → x, plan y → −z, elevation → y).
 */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
// Brings in R3F's JSX elements (<mesh>, <group> …).
import type {} from '@react-three/fiber';
import type { ContextGeometry } from '../../ifc/types';

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

const noRaycast = () => undefined;

export function IfcContextLayer({ context, visible = true, opacity = 0.35, showMeshes = true, cutFloors = [], cutColor = '#333333', hiddenGroups = [], pickable = false }: IfcContextLayerProps) {
  const meshes = useMemo(
    () =>
      context.meshes.map((m) => {
        const g = new THREE.BufferGeometry();
        g.setAttribute('position', new THREE.BufferAttribute(m.positions, 3));
        g.setAttribute('normal', new THREE.BufferAttribute(m.normals, 3));
        g.setIndex(new THREE.BufferAttribute(m.indices, 1));
        g.computeBoundingSphere();
        const glass = m.group.endsWith(':glass') || m.color[3] < 0.99;
        const mat = new THREE.MeshLambertMaterial({
          color: new THREE.Color(m.color[0], m.color[1], m.color[2]),
          transparent: true,
          opacity: glass ? opacity * 0.5 : opacity,
          depthWrite: false,
          side: THREE.DoubleSide,
        });
        return { key: m.group, group: m.group.split(':')[0], geometry: g, material: mat };
      }),
    // Opacity is applied below without rebuilding the geometry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [context],
  );
  useEffect(() => {
    for (const m of meshes) m.material.opacity = m.key.endsWith(':glass') ? opacity * 0.5 : opacity;
  }, [meshes, opacity]);
  const cuts = useMemo(
    () =>
      context.cuts.map((c) => {
        const n = c.segments.length / 4;
        const pos = new Float32Array(n * 6);
        for (let i = 0; i < n; i++) {
          pos.set([c.segments[i * 4], c.cutElevation, -c.segments[i * 4 + 1], c.segments[i * 4 + 2], c.cutElevation, -c.segments[i * 4 + 3]], i * 6);
        }
        const g = new THREE.BufferGeometry();
        g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
        return { floorId: c.floorId, geometry: g };
      }),
    [context],
  );
  const lineMat = useMemo(() => new THREE.LineBasicMaterial({ color: cutColor }), [cutColor]);
  useEffect(
    () => () => {
      for (const m of meshes) {
        m.geometry.dispose();
        m.material.dispose();
      }
    },
    [meshes],
  );
  useEffect(() => () => cuts.forEach((c) => c.geometry.dispose()), [cuts]);
  useEffect(() => () => lineMat.dispose(), [lineMat]);
  return (
    <group visible={visible} name="ifc-context">
      {showMeshes &&
        meshes
          .filter((m) => !hiddenGroups.includes(m.group))
          .map((m) => <mesh key={m.key} geometry={m.geometry} material={m.material} renderOrder={-1} raycast={pickable ? undefined : noRaycast} />)}
      {cuts
        .filter((c) => cutFloors.includes(c.floorId))
        .map((c) => (
          <lineSegments key={`cut-${c.floorId}`} geometry={c.geometry} material={lineMat} raycast={pickable ? undefined : noRaycast} />
        ))}
    </group>
  );
}
