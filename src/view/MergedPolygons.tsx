/** Flat polygons (zones, strips, ghosts) merged into one mesh with vertex colours. */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Polygon } from '../core/geometry/polygon';

export interface MergedPolygonsProps {
  /** Polygons in plan metres with their colours. */
  polygons: { polygon: Polygon; color: string }[];
  /** Height above the floor, default 0.01 m. */
  y?: number;
  /** Opacity, default 0.55. */
  opacity?: number;
}

export function MergedPolygons({ polygons, y = 0.01, opacity = 0.55 }: MergedPolygonsProps) {
  const geometry = useMemo(() => {
    const pos: number[] = [];
    const colors: number[] = [];
    const c = new THREE.Color();
    for (const { polygon, color } of polygons) {
      const contour = polygon.map(([x, py]) => new THREE.Vector2(x, py));
      const tris = THREE.ShapeUtils.triangulateShape(contour, []);
      c.set(color);
      for (const t of tris)
        for (const i of t) {
          pos.push(polygon[i][0], y, -polygon[i][1]);
          colors.push(c.r, c.g, c.b);
        }
    }
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
    g.setAttribute('color', new THREE.Float32BufferAttribute(colors, 3));
    return g;
  }, [polygons, y]);
  // A replaced geometry is freed (the mesh keeps the new one; three.js does not free what it is no longer given).
  useEffect(() => () => geometry.dispose(), [geometry]);
  if (!polygons.length) return null;
  // Single pass: three.js draws a transparent double-sided material back faces first, then front faces, setting
  // needsUpdate twice a frame to flip `side`, so the shader program was selected again for every zone mesh on every
  // frame of a drag. Flat polygons without depth writes look the same drawn once.
  return (
    <mesh geometry={geometry} frustumCulled={false} renderOrder={1}>
      <meshBasicMaterial vertexColors transparent opacity={opacity} side={THREE.DoubleSide} forceSinglePass depthWrite={false} />
    </mesh>
  );
}
