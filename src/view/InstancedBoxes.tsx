/** One draw call for many boxes (one per tile of the plan for a large layer): positions, sizes, rotations and colours per instance. */
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import { SPLIT_ABOVE, tileBoxes } from './box-tiles';

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
const box = new THREE.BoxGeometry(1, 1, 1);
/**
 * The box's top face alone, for the plan: its orthographic camera looks straight down, so a box's sides are edge-on
 * and its bottom faces away; they drew no pixel, yet software WebGL shaded their vertices (36 a box against 6).
 */
const top = new THREE.PlaneGeometry(1, 1).rotateX(-Math.PI / 2).translate(0, 0.5, 0);

/**
 * One material per opacity for every box layer, never disposed. A layer's mesh is rebuilt whenever its
 * count of boxes changes (and every layer when a new hall opens); with a material of its own, disposing
 * the last one released the shader program, and the next frame compiled and linked it again: 25–40 ms
 * in the first frame of an imported hall (software WebGL). Shared, the program stays.
 */
const materials = new Map<number, THREE.MeshStandardMaterial>();
function boxMaterial(opacity: number): THREE.MeshStandardMaterial {
  let m = materials.get(opacity);
  if (!m) materials.set(opacity, (m = new THREE.MeshStandardMaterial({ transparent: opacity < 1, opacity })));
  return m;
}

// Memoised: the layers around it render on every drag step, and its inputs (kept by their makers) seldom change.
export const InstancedBoxes = memo(function InstancedBoxes({ items, opacity = 1 }: InstancedBoxesProps) {
  const prev = useRef<ReadonlyMap<number, readonly BoxItem[]> | undefined>(undefined);
  const tiles = useMemo(() => {
    if (items.length <= SPLIT_ABOVE) return undefined;
    const t = tileBoxes(items, prev.current);
    prev.current = t;
    return t;
  }, [items]);
  if (!tiles) return <BoxTile items={items} opacity={opacity} />;
  return (
    <>
      {[...tiles].map(([k, its]) => (
        <BoxTile key={k} items={its} opacity={opacity} />
      ))}
    </>
  );
});

/** One instanced mesh, culled by the sphere round its boxes (renewed whenever a box changes). */
const BoxTile = memo(function BoxTile({ items, opacity }: { items: readonly BoxItem[]; opacity: number }) {
  const ref = useRef<THREE.InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const plan = useThree((s) => s.camera instanceof THREE.OrthographicCamera);
  const capacity = Math.max(1, items.length);
  /** What the mesh holds now: a later list rewrites only the instances whose item is a different object. */
  const written = useRef<{ mesh: THREE.InstancedMesh; items: readonly BoxItem[] } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `plan` swaps the mesh (another geometry), which must then be written in full
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const prev = written.current?.mesh === mesh && written.current.items.length === items.length ? written.current.items : undefined;
    let lo = Infinity;
    let hi = -1;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (prev && prev[i] === it) continue;
      tmp.position.set(...it.pos);
      tmp.rotation.set(0, it.rotY, 0);
      tmp.scale.set(...it.size);
      tmp.updateMatrix();
      mesh.setMatrixAt(i, tmp.matrix);
      mesh.setColorAt(i, col.set(it.color));
      if (i < lo) lo = i;
      hi = i;
    }
    written.current = { mesh, items };
    mesh.count = items.length;
    if (hi < 0 && prev) return;
    if (prev) {
      // Upload only the span that changed (one dragged seat: one matrix, not ten thousand).
      mesh.instanceMatrix.clearUpdateRanges();
      mesh.instanceMatrix.addUpdateRange(lo * 16, (hi - lo + 1) * 16);
      mesh.instanceColor?.clearUpdateRanges();
      mesh.instanceColor?.addUpdateRange(lo * 3, (hi - lo + 1) * 3);
    }
    // The renderer culls by this sphere: it must hold the moved box (a tile holds a few hundred boxes at most
    // in practice, a small layer up to SPLIT_ABOVE).
    mesh.computeBoundingSphere();
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    // Written behind React's back (same mesh, new matrices): the on-demand view must be told.
    invalidate();
  }, [items, invalidate, plan]);
  if (!items.length) return null;
  return <instancedMesh key={`${capacity}-${plan}`} ref={ref} args={[plan ? top : box, undefined, capacity]} material={boxMaterial(opacity)} />;
});
