/**
 * The still frame is drawn again whenever what it shows could have changed: the signature of the scene's static
 * part changes with every number the renderer reads (a box moved, a buffer rewritten, a material's opacity, an
 * object shown, added or hidden, the camera moved or the canvas resized), and stays put for the rounding noise a
 * camera's matrices pick up when the controls recompute them each frame.
 */
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { SceneSignature } from '../../../src/view/still-frame';

function scene() {
  const root = new THREE.Group();
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.Float32BufferAttribute([0, 0, 0, 1, 0, 0, 0, 1, 0], 3));
  const material = new THREE.MeshBasicMaterial({ color: '#336699', transparent: true, opacity: 0.5 });
  const mesh = new THREE.Mesh(geometry, material);
  root.add(mesh);
  const camera = new THREE.OrthographicCamera(-10, 10, 10, -10, 0.1, 100);
  camera.position.set(0, 50, 0);
  camera.lookAt(0, 0, 0);
  const update = () => {
    root.updateMatrixWorld(true);
    camera.updateMatrixWorld(true);
  };
  update();
  return { root, mesh, geometry, material, camera, update };
}

/** A fresh signature that has seen the scene once, and a check of whether it still sees the same picture. */
function watched(s: ReturnType<typeof scene>) {
  const sig = new SceneSignature();
  const same = (w = 800, h = 600) => {
    s.update();
    return sig.same([s.root], s.camera, w, h);
  };
  expect(same()).toBe(false);
  expect(same()).toBe(true);
  return same;
}

describe('the still frame signature', () => {
  const changes: [string, (s: ReturnType<typeof scene>) => void][] = [
    ['a mesh moved', (s) => s.mesh.position.set(0.01, 0, 0)],
    ['a buffer rewritten in place', (s) => void (s.geometry.attributes.position.needsUpdate = true)],
    ['a draw range', (s) => s.geometry.setDrawRange(0, 2)],
    ['an opacity', (s) => void (s.material.opacity = 0.4)],
    ['a colour', (s) => s.material.color.set('#336698')],
    ['a material recompiled', (s) => void (s.material.needsUpdate = true)],
    ['a mesh hidden', (s) => void (s.mesh.visible = false)],
    ['a mesh added', (s) => s.root.add(new THREE.Mesh(s.geometry, s.material))],
    ['a render order', (s) => void (s.mesh.renderOrder = 1)],
    ['the camera moved by a hundredth of a millimetre', (s) => s.camera.position.set(0.00001, 50, 0)],
    [
      'the camera zoomed',
      (s) => {
        s.camera.zoom = 1.01;
        s.camera.updateProjectionMatrix();
      },
    ],
  ];
  for (const [what, change] of changes)
    it(`changes with ${what}`, () => {
      const s = scene();
      const same = watched(s);
      change(s);
      expect(same()).toBe(false);
      // and then holds the new picture
      expect(same()).toBe(true);
    });

  it('changes with the canvas size', () => {
    const same = watched(scene());
    expect(same(800, 601)).toBe(false);
  });

  it('holds through the rounding noise of a camera recomputed each frame, not through a move', () => {
    const s = scene();
    const sig = new SceneSignature();
    const m = s.camera.matrixWorldInverse.elements;
    sig.same([s.root], s.camera, 800, 600);
    m[12] += 1e-13;
    m[14] *= 1 + 1e-15;
    expect(sig.same([s.root], s.camera, 800, 600)).toBe(true);
    m[12] += 1e-6;
    expect(sig.same([s.root], s.camera, 800, 600)).toBe(false);
  });

  it('a reset forgets the picture', () => {
    const s = scene();
    const sig = new SceneSignature();
    sig.same([s.root], s.camera, 800, 600);
    expect(sig.same([s.root], s.camera, 800, 600)).toBe(true);
    sig.reset();
    expect(sig.same([s.root], s.camera, 800, 600)).toBe(false);
  });
});
