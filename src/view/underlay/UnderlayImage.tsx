/**
 * An underlay image on the floor plane: pixel (0, 0) at `position`, x along `rotation`, `metresPerPixel` a pixel.
 * Drawn under everything (no depth write) and never picked, so every tool traces over it. `data` is the
 * image itself (embedded, or the linked file once found).
 */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import type { Underlay } from '../../core/document';

const noRaycast = () => undefined;

export function UnderlayImage({ underlay: u, data, elevation }: { underlay: Underlay; data: string; elevation: number }) {
  const invalidate = useThree((s) => s.invalidate);
  const texture = useMemo(() => {
    const tex = new THREE.TextureLoader().load(data, () => invalidate());
    tex.colorSpace = THREE.SRGBColorSpace;
    return tex;
  }, [data, invalidate]);
  useEffect(() => () => texture.dispose(), [texture]);
  // One pass (a flat image): a transparent double-sided material otherwise re-selects its shader program twice a frame.
  const material = useMemo(() => new THREE.MeshBasicMaterial({ map: texture, transparent: true, depthWrite: false, side: THREE.DoubleSide, forceSinglePass: true }), [texture]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => {
    material.opacity = u.opacity;
    invalidate();
  }, [material, u.opacity, invalidate]);
  const w = u.widthPx * u.metresPerPixel;
  const h = u.heightPx * u.metresPerPixel;
  const r = (u.rotation * Math.PI) / 180;
  // Image centre in plan: from pixel (0, 0) half the width along x and half the height down (image y points down).
  const cx = u.position[0] + (w / 2) * Math.cos(r) + (h / 2) * Math.sin(r);
  const cy = u.position[1] + (w / 2) * Math.sin(r) - (h / 2) * Math.cos(r);
  return (
    <mesh name="underlay" position={[cx, elevation - 0.01, -cy]} rotation={[-Math.PI / 2, 0, r]} renderOrder={-2} material={material} raycast={noRaycast}>
      <planeGeometry args={[w, h]} />
    </mesh>
  );
}
