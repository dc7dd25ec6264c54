/**
 * A CAD drawing's linework under a floor: one line-segment draw call per layer role, coloured by role
 * (walls dark, doors and windows blue, annotation grey), faded by `opacity`, never picked.
 */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import type { DxfFloorLines, LayerRole } from '../../dxf/types';

const COLORS: Partial<Record<LayerRole, string>> = {
  wall: '#1f2937',
  door: '#2563eb',
  window: '#0ea5e9',
  column: '#374151',
  furniture: '#92400e',
  room: '#7c3aed',
  stair: '#047857',
};
const noRaycast = () => undefined;

export interface DxfLinesLayerProps {
  lines: DxfFloorLines;
  /** 0..1. */
  opacity: number;
  /** Floor elevation; the lines lie just above it. */
  elevation: number;
}

export function DxfLinesLayer({ lines, opacity, elevation }: DxfLinesLayerProps) {
  const invalidate = useThree((s) => s.invalidate);
  const parts = useMemo(
    () =>
      Object.entries(lines.byRole).map(([role, segs]) => {
        const a = segs as Float32Array;
        const pos = new Float32Array((a.length / 4) * 6);
        for (let i = 0, j = 0; i < a.length; i += 4, j += 6) {
          pos[j] = a[i];
          pos[j + 1] = 0;
          pos[j + 2] = -a[i + 1];
          pos[j + 3] = a[i + 2];
          pos[j + 4] = 0;
          pos[j + 5] = -a[i + 3];
        }
        const g = new THREE.BufferGeometry();
        g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
        const m = new THREE.LineBasicMaterial({ color: COLORS[role as LayerRole] ?? '#9ca3af', transparent: true, depthTest: false });
        return { role, g, m };
      }),
    [lines],
  );
  useEffect(
    () => () => {
      for (const p of parts) {
        p.g.dispose();
        p.m.dispose();
      }
    },
    [parts],
  );
  useEffect(() => {
    for (const p of parts) p.m.opacity = opacity;
    invalidate();
  }, [parts, opacity, invalidate]);
  return (
    <group name="dxf-context" position={[0, elevation + 0.005, 0]}>
      {parts.map((p) => (
        <lineSegments key={p.role} geometry={p.g} material={p.m} renderOrder={1} frustumCulled={false} raycast={noRaycast} />
      ))}
    </group>
  );
}
