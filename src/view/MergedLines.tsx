/** Many line segments in one draw call. */
import { memo, useEffect, useMemo, useRef } from 'react';
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

/**
 * One material per look, shared and never disposed: guides and dimension lines come and go on every drag step,
 * and a material of their own, disposed with them, released its shader program when it was the last user, so the
 * next step compiled and linked it again (software WebGL: milliseconds each time).
 */
const materials = new Map<string, THREE.LineBasicMaterial>();
function lineMaterial(color: string, dashed: boolean, opacity: number, depthTest: boolean): THREE.LineBasicMaterial {
  const key = `${color}|${dashed}|${opacity}|${depthTest}`;
  let m = materials.get(key);
  if (!m) {
    m = dashed
      ? new THREE.LineDashedMaterial({ color, dashSize: 0.3, gapSize: 0.2, transparent: true, opacity, depthTest })
      : new THREE.LineBasicMaterial({ color, transparent: true, opacity, depthTest });
    materials.set(key, m);
  }
  return m;
}

/**
 * Always in the transparent pass, so `renderOrder` puts lines over the translucent zone floors drawn there. Memoised:
 * the layers around it render on every drag step, and its inputs (kept by their makers) seldom change.
 */
export const MergedLines = memo(function MergedLines({ points, color = '#333333', dashed = false, opacity = 1, depthTest = false, renderOrder = 3 }: MergedLinesProps) {
  const held = useRef<THREE.BufferGeometry | null>(null);
  // One geometry for the component's life, its buffer rewritten in place while the points fit: the selection
  // outline, the dimension lines and the guides change on every step of a drag, and a new geometry each time cost a
  // buffer and a vertex array made and freed per step. A longer list than the buffer holds gets a bigger one.
  const geometry = useMemo(() => {
    let g = held.current;
    const attr = g?.getAttribute('position') as THREE.BufferAttribute | undefined;
    if (!g || !attr || attr.count < points.length) {
      g?.dispose();
      g = new THREE.BufferGeometry();
      g.setAttribute('position', new THREE.BufferAttribute(new Float32Array(Math.max(2, points.length * 2) * 3), 3));
      held.current = g;
    }
    const pos = g.getAttribute('position') as THREE.BufferAttribute;
    const flat = pos.array as Float32Array;
    for (let i = 0; i < points.length; i++) flat.set(points[i], i * 3);
    pos.clearUpdateRanges();
    pos.addUpdateRange(0, points.length * 3);
    pos.needsUpdate = true;
    g.setDrawRange(0, points.length);
    return g;
  }, [points]);
  useEffect(() => () => held.current?.dispose(), []);
  const material = lineMaterial(color, dashed, opacity, depthTest);
  const ref = (l: THREE.LineSegments | null) => {
    if (l && dashed && points.length) l.computeLineDistances();
  };
  // Kept in the scene while empty (hidden), so lines that come and go while dragging do not rebuild the object.
  return <lineSegments ref={ref} geometry={geometry} material={material} visible={points.length > 0} frustumCulled={false} renderOrder={renderOrder} dispose={null} />;
});

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
