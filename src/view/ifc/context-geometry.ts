/**
 * three.js objects for the IFC context: one BufferGeometry + material per merged mesh, line segments
 * for a floor's plan cut. The importer's worker already measured each mesh (ContextMesh.bounds), so
 * nothing here walks the vertices: the arrays go to the GPU as they came from the worker.
 */
import * as THREE from 'three';
import type { ContextMesh, FloorCut } from '../../ifc/types';

export interface ContextObject {
  key: string;
  /** Group without the ':glass' suffix, for hiding whole families. */
  group: string;
  glass: boolean;
  geometry: THREE.BufferGeometry;
  material: THREE.MeshLambertMaterial;
}

export function contextObject(m: ContextMesh, opacity: number): ContextObject {
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(m.positions, 3));
  g.setIndex(new THREE.BufferAttribute(m.indices, 1));
  const b = m.bounds;
  if (b) {
    g.boundingBox = new THREE.Box3(new THREE.Vector3(...b.min), new THREE.Vector3(...b.max));
    g.boundingSphere = new THREE.Sphere(new THREE.Vector3(...b.center), b.radius);
  } else g.computeBoundingSphere();
  const glass = m.group.endsWith(':glass') || m.color[3] < 0.99;
  const material = contextMaterial(m.color, glass ? opacity * 0.5 : opacity);
  return { key: m.group, group: m.group.split(':')[0], glass, geometry: g, material };
}

export function contextMaterial(color: readonly number[], opacity: number): THREE.MeshLambertMaterial {
  return new THREE.MeshLambertMaterial({
    color: new THREE.Color(color[0], color[1], color[2]),
    transparent: true,
    opacity,
    depthWrite: false,
    side: THREE.DoubleSide,
    // One pass for both faces: a transparent double-sided material is otherwise drawn twice (back faces, then
    // front), and three.js sets needsUpdate on it twice a frame, selecting its shader program again each time.
    forceSinglePass: true,
    // Face normals from the fragment's screen-space derivatives: the import sends no vertex normals
    // (src/ifc/types.ts ContextMesh), and a face lights the same from either side.
    flatShading: true,
    // Pushed back a little in depth: imported walls, doors and stairs are also drawn as the hall's own
    // elements in the same place, and those must win where both are solid (opacity 100 %).
    polygonOffset: true,
    polygonOffsetFactor: 1,
    polygonOffsetUnits: 2,
  });
}

/** The cut's segments at its height, in three.js axes (plan y → −z). */
export function cutGeometry(c: FloorCut): THREE.BufferGeometry {
  const s = c.segments;
  const n = s.length >> 2;
  const pos = new Float32Array(n * 6);
  const y = c.cutElevation;
  for (let i = 0, o = 0; i < n; i++, o += 6) {
    pos[o] = s[i * 4];
    pos[o + 1] = y;
    pos[o + 2] = -s[i * 4 + 1];
    pos[o + 3] = s[i * 4 + 2];
    pos[o + 4] = y;
    pos[o + 5] = -s[i * 4 + 3];
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
  return g;
}
