/** A scalar grid (walking distance to the nearest AED or exit …) painted on the floor with a colour ramp. */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { heatTextureData } from './heat-texture';

export interface HeatGrid {
  origin: [number, number];
  cell: number;
  cols: number;
  rows: number;
  values: Float32Array;
}

export interface HeatmapLayerProps {
  /** The grid; row r, column c covers plan [origin + c·cell, origin + r·cell]. */
  grid: HeatGrid;
  /** Value that maps to the top of the ramp (the rule's limit), e.g. 100 m. */
  limit: number;
  /** Values above this fail and are painted dark red, default `limit`. */
  threshold?: number;
  /** Floor elevation. */
  elevation: number;
  /** Opacity, default 0.55. */
  opacity?: number;
}

export function HeatmapLayer({ grid, limit, threshold = limit, elevation, opacity = 0.55 }: HeatmapLayerProps) {
  const texture = useMemo(() => {
    const data = heatTextureData(grid, limit, threshold);
    const t = new THREE.DataTexture(data, grid.cols, grid.rows, THREE.RGBAFormat);
    t.magFilter = THREE.NearestFilter;
    t.needsUpdate = true;
    return t;
  }, [grid, limit, threshold]);
  useEffect(() => () => texture.dispose(), [texture]);
  const w = grid.cols * grid.cell;
  const h = grid.rows * grid.cell;
  return (
    <mesh position={[grid.origin[0] + w / 2, elevation + 0.03, -(grid.origin[1] + h / 2)]} rotation={[-Math.PI / 2, 0, 0]} renderOrder={2}>
      <planeGeometry args={[w, h]} />
      <meshBasicMaterial map={texture} transparent opacity={opacity} depthWrite={false} />
    </mesh>
  );
}
