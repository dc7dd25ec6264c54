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
}

export function MergedLines({ points, color = '#333333', dashed = false, opacity = 1 }: MergedLinesProps) {
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
    <lineSegments ref={ref} geometry={geometry} frustumCulled={false} renderOrder={3}>
      {dashed ? <lineDashedMaterial color={color} dashSize={0.3} gapSize={0.2} transparent opacity={opacity} depthTest={false} /> : <lineBasicMaterial color={color} transparent={opacity < 1} opacity={opacity} depthTest={false} />}
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
