/**
 * Boxes for the plan view as one plain mesh of their top faces (four corners each, placed on the CPU) instead of
 * an instanced draw. Software WebGL (SwiftShader under ANGLE) runs an instanced draw instance by instance, with
 * a fixed set-up cost for each: a thousand seats in view cost ~25 ms of GPU-process time per frame as instances and
 * next to nothing as 4,000 plain vertices. The picture is the same: the corners are the instance transform of
 * the same top face, the colours the instance colours, the normal straight up.
 */
import * as THREE from 'three';

export interface PlanBox {
  pos: readonly [number, number, number];
  size: readonly [number, number, number];
  rotY: number;
  color: string;
}

/** The box's top face alone, for the plan: its orthographic camera looks straight down, so a box's sides are edge-on. */
const TOP_FACE = new THREE.PlaneGeometry(1, 1).rotateX(-Math.PI / 2).translate(0, 0.5, 0);

const CORNERS = TOP_FACE.getAttribute('position').count;
const TRIANGLE_INDEX = TOP_FACE.getIndex()!.array;

/** The instance transform of a box: its centre, its turn about the vertical, its size. */
export function boxMatrix(b: PlanBox, into: THREE.Matrix4): THREE.Matrix4 {
  pose.position.set(b.pos[0], b.pos[1], b.pos[2]);
  pose.rotation.set(0, b.rotY, 0);
  pose.scale.set(b.size[0], b.size[1], b.size[2]);
  pose.updateMatrix();
  return into.copy(pose.matrix);
}

const pose = new THREE.Object3D();
const m = new THREE.Matrix4();
const v = new THREE.Vector3();
const c = new THREE.Color();

/** An empty plan mesh geometry for `capacity` boxes: positions, the top face's normals, colours, the faces' triangles. */
export function planBoxGeometry(capacity: number): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry();
  const n = capacity * CORNERS;
  const normals = new Float32Array(n * 3);
  const up = TOP_FACE.getAttribute('normal').array;
  for (let b = 0; b < capacity; b++) normals.set(up, b * up.length);
  const index = new (n > 65535 ? Uint32Array : Uint16Array)(capacity * TRIANGLE_INDEX.length);
  for (let b = 0; b < capacity; b++) for (let k = 0; k < TRIANGLE_INDEX.length; k++) index[b * TRIANGLE_INDEX.length + k] = b * CORNERS + TRIANGLE_INDEX[k];
  g.setAttribute('position', new THREE.BufferAttribute(new Float32Array(n * 3), 3));
  g.setAttribute('normal', new THREE.BufferAttribute(normals, 3));
  g.setAttribute('color', new THREE.BufferAttribute(new Float32Array(n * 3), 3));
  g.setIndex(new THREE.BufferAttribute(index, 1));
  return g;
}

/** Writes box `b` as the `i`th box of a plan geometry: its top face's corners and its colour at each of them. */
export function writePlanBox(g: THREE.BufferGeometry, i: number, b: PlanBox): void {
  const pos = g.getAttribute('position') as THREE.BufferAttribute;
  const col = g.getAttribute('color') as THREE.BufferAttribute;
  const src = TOP_FACE.getAttribute('position');
  boxMatrix(b, m);
  c.set(b.color);
  for (let k = 0; k < CORNERS; k++) {
    v.fromBufferAttribute(src, k).applyMatrix4(m);
    pos.setXYZ(i * CORNERS + k, v.x, v.y, v.z);
    col.setXYZ(i * CORNERS + k, c.r, c.g, c.b);
  }
}

/** Marks boxes `lo`…`hi` of a plan geometry for upload (only that span: one dragged seat, not a thousand). */
export function uploadPlanBoxes(g: THREE.BufferGeometry, lo: number, hi: number, whole: boolean): void {
  for (const name of ['position', 'color']) {
    const a = g.getAttribute(name) as THREE.BufferAttribute;
    a.clearUpdateRanges();
    if (!whole) a.addUpdateRange(lo * CORNERS * 3, (hi - lo + 1) * CORNERS * 3);
    a.needsUpdate = true;
  }
  // The renderer culls by this sphere: it must hold the moved box.
  g.computeBoundingSphere();
}
