/**
 * An underlay image on the floor plane: pixel (0, 0) at `position`, x along `rotation`, `metresPerPixel` a pixel.
 * Drawn under everything (no depth write) and never picked, so every tool traces over it. `data` is the
 * image itself (embedded, or the linked file once found).
 */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import type { Underlay } from '../../core/document';
import { isLineDrawing, lineMipmaps } from './line-mipmaps';

const noRaycast = () => undefined;

/** The image's pixels with line-keeping mipmaps when it is a line drawing; undefined for a photo (or no 2D canvas). */
function drawingMipmaps(img: HTMLImageElement): ImageData[] | undefined {
  const w = img.naturalWidth;
  const h = img.naturalHeight;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx || w === 0 || h === 0) return undefined;
  ctx.drawImage(img, 0, 0);
  const base = ctx.getImageData(0, 0, w, h);
  if (!isLineDrawing(base)) return undefined;
  return lineMipmaps(base).map((l) => (l === base ? base : new ImageData(l.data as Uint8ClampedArray<ArrayBuffer>, l.width, l.height)));
}

export function UnderlayImage({ underlay: u, data, elevation }: { underlay: Underlay; data: string; elevation: number }) {
  const invalidate = useThree((s) => s.invalidate);
  const texture = useMemo(() => {
    const tex = new THREE.TextureLoader().load(data, (t) => {
      // A line drawing gets mipmaps that keep its thin lines dark when the plan is shown whole.
      const img = t.image as HTMLImageElement;
      const chain = drawingMipmaps(img);
      if (chain) {
        (t as THREE.Texture<unknown>).image = chain[0];
        t.mipmaps = chain;
        t.generateMipmaps = false;
        t.needsUpdate = true;
      }
      invalidate();
    });
    tex.colorSpace = THREE.SRGBColorSpace;
    return tex;
  }, [data, invalidate]);
  useEffect(() => () => texture.dispose(), [texture]);
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
