import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as THREE from 'three';
import { type PlanBox, planBoxGeometry, uploadPlanBoxes, writePlanBox } from '../../../src/view/plan-boxes';

const coord = fc.double({ min: -300, max: 300, noNaN: true });
const extent = fc.double({ min: 0.05, max: 20, noNaN: true });
const boxes = fc.array(
  fc.record({
    pos: fc.tuple(coord, fc.double({ min: 0, max: 30, noNaN: true }), coord),
    size: fc.tuple(extent, extent, extent),
    rotY: fc.double({ min: -7, max: 7, noNaN: true }),
    color: fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`),
  }),
  { minLength: 1, maxLength: 40 },
);

/** What an instanced mesh of the box's top face draws: the face under the instance matrix, in the instance colour. */
function instanced(b: PlanBox): { corners: THREE.Vector3[]; color: THREE.Color } {
  const face = new THREE.PlaneGeometry(1, 1).rotateX(-Math.PI / 2).translate(0, 0.5, 0);
  const mesh = new THREE.InstancedMesh(face, undefined, 1);
  const o = new THREE.Object3D();
  o.position.set(...b.pos);
  o.rotation.set(0, b.rotY, 0);
  o.scale.set(...b.size);
  o.updateMatrix();
  mesh.setMatrixAt(0, o.matrix);
  mesh.setColorAt(0, new THREE.Color(b.color));
  const m = new THREE.Matrix4();
  mesh.getMatrixAt(0, m);
  const color = new THREE.Color();
  mesh.getColorAt(0, color);
  const p = face.getAttribute('position');
  const corners = [...Array(p.count)].map((_, k) => new THREE.Vector3().fromBufferAttribute(p, k).applyMatrix4(m));
  return { corners, color };
}

describe('plan boxes', () => {
  it('draws each box as the instanced top face would: the same corners, triangles facing up, its colour, a normal up', () => {
    fc.assert(
      fc.property(boxes, (bs) => {
        const g = planBoxGeometry(bs.length);
        bs.forEach((b, i) => writePlanBox(g, i, b));
        const pos = g.getAttribute('position');
        const col = g.getAttribute('color');
        const nor = g.getAttribute('normal');
        const index = g.getIndex()!;
        expect(index.count).toBe(bs.length * 6);
        bs.forEach((b, i) => {
          const want = instanced(b);
          for (let k = 0; k < 4; k++) {
            const got = new THREE.Vector3().fromBufferAttribute(pos, i * 4 + k);
            // Float32 storage of coordinates up to a few hundred metres.
            expect(got.distanceTo(want.corners[k])).toBeLessThan(1e-4);
            expect([col.getX(i * 4 + k), col.getY(i * 4 + k), col.getZ(i * 4 + k)]).toEqual([want.color.r, want.color.g, want.color.b].map(Math.fround));
            expect(new THREE.Vector3().fromBufferAttribute(nor, i * 4 + k).y).toBeCloseTo(1, 6);
          }
          // The box's two triangles use its own corners and face up (counter-clockwise seen from above), as the
          // instanced face does: the material draws front faces only.
          for (let t = 0; t < 2; t++) {
            const [a, b2, c] = [0, 1, 2].map((j) => index.getX(i * 6 + t * 3 + j));
            for (const x of [a, b2, c]) expect(Math.floor(x / 4)).toBe(i);
            const [pa, pb, pc] = [a, b2, c].map((x) => new THREE.Vector3().fromBufferAttribute(pos, x));
            const n = new THREE.Vector3().crossVectors(pb.clone().sub(pa), pc.clone().sub(pa));
            expect(n.y).toBeGreaterThan(0);
          }
        });
      }),
    );
  });

  it('uploads only the span of boxes that changed and bounds every box it holds', () => {
    const g = planBoxGeometry(3);
    const ranges = (name: string) => (g.getAttribute(name) as THREE.BufferAttribute).updateRanges;
    const at = (x: number): PlanBox => ({ pos: [x, 0, 0], size: [1, 1, 1], rotY: 0, color: '#ff0000' });
    [at(0), at(10), at(20)].forEach((b, i) => writePlanBox(g, i, b));
    uploadPlanBoxes(g, 0, 2, true);
    expect(ranges('position')).toEqual([]);
    writePlanBox(g, 1, at(100));
    uploadPlanBoxes(g, 1, 1, false);
    expect(ranges('position')).toEqual([{ start: 12, count: 12 }]);
    expect(ranges('color')).toEqual([{ start: 12, count: 12 }]);
    expect(g.boundingSphere!.containsPoint(new THREE.Vector3(100, 0.5, 0))).toBe(true);
  });
});
