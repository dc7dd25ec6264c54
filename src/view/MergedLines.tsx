/** Many line segments in one draw call. */
import { useMemo } from 'react';
import * as THREE from 'three';

export interface MergedLinesProps {
  /** Segment end points in world coordinates, two per segment. */
  points: [number, number, number][];
  /** Line colour, default dark grey. */
  color?: string;
  /** Dashed (snap guides), default false. */
  dashed?: boolean;
  /** Opacity, default 1. */
  opacity?: number;
  /** Hidden behind solids (background grid), default false: drawn on top like annotations. */
  depthTest?: boolean;
  /** Draw order, default 3 (over floor polygons). */
  renderOrder?: number;
}

/** Always in the transparent pass, so `renderOrder` puts lines over the translucent zone floors drawn there. */
export function MergedLines({ points, color = '#333333', dashed = false, opacity = 1, depthTest = false, renderOrder = 3 }: MergedLinesProps) {
  const geometry = useMemo(() => {
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(points.flat(), 3));
    return g;
  }, [points]);
  const ref = (l: THREE.LineSegments | null) => {
    if (l && dashed) l.computeLineDistances();
  };
  if (!points.length) return null;
  return (
    <lineSegments ref={ref} geometry={geometry} frustumCulled={false} renderOrder={renderOrder}>
      {dashed ? (
        <lineDashedMaterial color={color} dashSize={0.3} gapSize={0.2} transparent opacity={opacity} depthTest={depthTest} />
      ) : (
        <lineBasicMaterial color={color} transparent opacity={opacity} depthTest={depthTest} />
      )}
    </lineSegments>
  );
}

/** Closed polygon rings as segment pairs. */
export function ringSegments(rings: [number, number][][], y: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const r of rings)
    for (let i = 0; i < r.length; i++) {
      const a = r[i];
      const b = r[(i + 1) % r.length];
      out.push([a[0], y, -a[1]], [b[0], y, -b[1]]);
    }
  return out;
}
