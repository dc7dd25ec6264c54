/**
 * An underlay image on the floor plane: pixel (0, 0) at `position`, x along `rotation`, `metresPerPixel` a pixel.
 * Drawn under everything (no depth write) and never picked, so every tool traces over it. `data` is the
 * image itself (embedded, or the linked file once found).
 */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import type { Underlay } from '../../core/document';
import { lineLevels } from './line-levels';

const noRaycast = () => undefined;

/** Which mipmaps the shown underlay has (the browser tests wait for a line drawing's to arrive). */
function setMipsState(s: 'pending' | 'line' | 'photo'): void {
  (window as { __halltwin_underlayMips?: string }).__halltwin_underlayMips = s;
}

export function UnderlayImage({ underlay: u, data, elevation }: { underlay: Underlay; data: string; elevation: number }) {
  const invalidate = useThree((s) => s.invalidate);
  const texture = useMemo(() => {
    const tex = new THREE.TextureLoader().load(data, (t) => {
      setMipsState('pending');
      invalidate();
      // A line drawing gets mipmaps that keep its thin lines dark when the plan is shown whole, built off the page's
      // thread; until they come the GPU's own are shown. The image itself stays level 0, uploaded as decoded.
      void lineLevels(data).then((levels) => {
        if (t.userData.disposed) return;
        if (levels) {
          // The decoded image as level 0 (WebGL takes an image element at any level; three's type lists pixel arrays).
          t.mipmaps = [t.image as unknown as ImageData, ...levels];
          t.generateMipmaps = false;
          t.needsUpdate = true;
        }
        setMipsState(levels ? 'line' : 'photo');
        invalidate();
      });
    });
    tex.colorSpace = THREE.SRGBColorSpace;
    return tex;
  }, [data, invalidate]);
  useEffect(
    () => () => {
      texture.userData.disposed = true;
      texture.dispose();
    },
    [texture],
  );
  // One pass (a flat image): a transparent double-sided material otherwise re-selects its shader program twice a frame.
  // Not tone-mapped: the scene's filmic curve turned the paper grey and the ink dark grey, a washed-out drawing.
  const material = useMemo(
    () => new THREE.MeshBasicMaterial({ map: texture, transparent: true, depthWrite: false, side: THREE.DoubleSide, forceSinglePass: true, toneMapped: false }),
    [texture],
  );
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
