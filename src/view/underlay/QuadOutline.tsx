/**
 * The four corners of a photo being straightened, joined on the plan: the user sees the quadrilateral that will
 * become the rectangle, over the photo and everything on the floor (no depth test), never picked.
 */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';

const noRaycast = () => undefined;

export function QuadOutline({ corners, elevation }: { corners: readonly (readonly [number, number])[]; elevation: number }) {
  const invalidate = useThree((s) => s.invalidate);
  const geometry = useMemo(() => {
    const g = new THREE.BufferGeometry();
    g.setAttribute(
      'position',
      new THREE.Float32BufferAttribute(
        corners.flatMap(([x, y]) => [x, elevation + 0.02, -y]),
        3,
      ),
    );
    return g;
  }, [corners, elevation]);
  useEffect(() => {
    invalidate();
    return () => geometry.dispose();
  }, [geometry, invalidate]);
  return (
    <lineLoop name="underlay-straighten-quad" geometry={geometry} renderOrder={5} raycast={noRaycast}>
      <lineBasicMaterial color="#0ea5e9" depthTest={false} transparent />
    </lineLoop>
  );
}
