/**
 * One draw call for many boxes (one per tile of the plan for a large layer): positions, sizes, rotations and colours
 * per box; instanced in 3D, a plain mesh of top faces in the plan (plan-boxes.ts).
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import { SPLIT_ABOVE, tileBoxes } from './box-tiles';
import { boxMatrix, planBoxGeometry, uploadPlanBoxes, writePlanBox } from './plan-boxes';

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

const tmp = new THREE.Matrix4();
const col = new THREE.Color();
const box = new THREE.BoxGeometry(1, 1, 1);

/**
 * One material per opacity for every box layer, never disposed. A layer's mesh is rebuilt whenever its
 * count of boxes changes (and every layer when a new hall opens); with a material of its own, disposing
 * the last one released the shader program, and the next frame compiled and linked it again: 25–40 ms
 * in the first frame of an imported hall (software WebGL). Shared, the program stays.
 */
const materials = new Map<string, THREE.MeshStandardMaterial>();
function boxMaterial(opacity: number, plan: boolean): THREE.MeshStandardMaterial {
  const key = `${opacity} ${plan}`;
  let m = materials.get(key);
  if (!m) materials.set(key, (m = new THREE.MeshStandardMaterial({ transparent: opacity < 1, opacity, vertexColors: plan })));
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

/** One tile: in the plan a plain mesh of top faces, in 3D an instanced mesh of whole boxes. */
const BoxTile = memo(function BoxTile({ items, opacity }: { items: readonly BoxItem[]; opacity: number }) {
  const plan = useThree((s) => s.camera instanceof THREE.OrthographicCamera);
  return plan ? <PlanTile items={items} opacity={opacity} /> : <InstancedTile items={items} opacity={opacity} />;
});

/** The span of `items` that differs from what was written before (all of it when nothing was): [lo, hi], hi < 0 for none. */
function changedSpan(items: readonly BoxItem[], prev: readonly BoxItem[] | undefined, write: (i: number, it: BoxItem) => void): [number, number] {
  let lo = Infinity;
  let hi = -1;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (prev && prev[i] === it) continue;
    write(i, it);
    if (i < lo) lo = i;
    hi = i;
  }
  return [lo, hi];
}

/** The plan's tile: top faces placed on the CPU, one plain draw (see plan-boxes.ts), culled by their sphere. */
function PlanTile({ items, opacity }: { items: readonly BoxItem[]; opacity: number }) {
  const invalidate = useThree((s) => s.invalidate);
  const capacity = Math.max(1, items.length);
  const geometry = useMemo(() => planBoxGeometry(capacity), [capacity]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  /** What the geometry holds now: a later list rewrites only the boxes whose item is a different object. */
  const written = useRef<{ geometry: THREE.BufferGeometry; items: readonly BoxItem[] } | null>(null);
  useLayoutEffect(() => {
    const prev = written.current?.geometry === geometry && written.current.items.length === items.length ? written.current.items : undefined;
    const [lo, hi] = changedSpan(items, prev, (i, it) => writePlanBox(geometry, i, it));
    written.current = { geometry, items };
    if (hi < 0 && prev) return;
    uploadPlanBoxes(geometry, lo, hi, !prev);
    invalidate();
  }, [items, geometry, invalidate]);
  if (!items.length) return null;
  return <mesh geometry={geometry} material={boxMaterial(opacity, true)} />;
}

/** One instanced mesh, culled by the sphere round its boxes (renewed whenever a box changes). */
function InstancedTile({ items, opacity }: { items: readonly BoxItem[]; opacity: number }) {
  const ref = useRef<THREE.InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const capacity = Math.max(1, items.length);
  /** What the mesh holds now: a later list rewrites only the instances whose item is a different object. */
  const written = useRef<{ mesh: THREE.InstancedMesh; items: readonly BoxItem[] } | null>(null);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const prev = written.current?.mesh === mesh && written.current.items.length === items.length ? written.current.items : undefined;
    const [lo, hi] = changedSpan(items, prev, (i, it) => {
      mesh.setMatrixAt(i, boxMatrix(it, tmp));
      mesh.setColorAt(i, col.set(it.color));
    });
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
  }, [items, invalidate]);
  if (!items.length) return null;
  return <instancedMesh key={capacity} ref={ref} args={[box, undefined, capacity]} material={boxMaterial(opacity, false)} />;
}
