/** One draw call for many boxes: positions, sizes, rotations and colours per instance. */
import { useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';

export interface BoxItem {
  /** Centre in world coordinates. */
  pos: [number, number, number];
  /** Size in world axes before rotation: x, y (height), z. */
  size: [number, number, number];
  /** Rotation about world +y, radians. */
  rotY: number;
  color: string;
}

export interface InstancedBoxesProps {
  /** The boxes; an empty list renders nothing. */
  items: BoxItem[];
  /** Material opacity, default 1. */
  opacity?: number;
}

const tmp = new THREE.Object3D();
const col = new THREE.Color();

export function InstancedBoxes({ items, opacity = 1 }: InstancedBoxesProps) {
  const ref = useRef<THREE.InstancedMesh>(null);
  const geometry = useMemo(() => new THREE.BoxGeometry(1, 1, 1), []);
  const capacity = Math.max(1, items.length);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    items.forEach((it, i) => {
      tmp.position.set(...it.pos);
      tmp.rotation.set(0, it.rotY, 0);
      tmp.scale.set(...it.size);
      tmp.updateMatrix();
      mesh.setMatrixAt(i, tmp.matrix);
      mesh.setColorAt(i, col.set(it.color));
    });
    mesh.count = items.length;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [items]);
  if (!items.length) return null;
  return (
    <instancedMesh key={capacity} ref={ref} args={[geometry, undefined, capacity]} frustumCulled={false}>
      <meshStandardMaterial transparent={opacity < 1} opacity={opacity} />
    </instancedMesh>
  );
}
