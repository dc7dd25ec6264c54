import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { onViewMoved, PoseWatch, planToScreen, setPlanProjection, viewMoved } from '../../../src/view/plan-projection';

/** The pose of a top-down plan camera as the view reads it after a frame. */
function poseOf(cam: THREE.OrthographicCamera, width = 800, height = 600, elevation = 0) {
  cam.updateProjectionMatrix();
  cam.updateMatrixWorld();
  return { projection: cam.projectionMatrix.elements, viewInverse: cam.matrixWorldInverse.elements, width, height, elevation };
}

function planCamera(): THREE.OrthographicCamera {
  const cam = new THREE.OrthographicCamera(-400, 400, 300, -300, 0.1, 1000);
  cam.position.set(10, 100, -5);
  cam.lookAt(10, 0, -5);
  cam.zoom = 10;
  return cam;
}

describe('the view moved signal', () => {
  it('fires for a pan, a zoom, a resize or a floor change, and not for a frame that moved nothing', () => {
    const watch = new PoseWatch();
    const cam = planCamera();
    expect(watch.changed(poseOf(cam))).toBe(true);
    // frames drawn for an edit or a hover: same camera, same canvas
    for (let i = 0; i < 5; i++) expect(watch.changed(poseOf(cam))).toBe(false);
    cam.position.x += 0.5;
    expect(watch.changed(poseOf(cam))).toBe(true);
    expect(watch.changed(poseOf(cam))).toBe(false);
    cam.zoom = 12;
    expect(watch.changed(poseOf(cam))).toBe(true);
    expect(watch.changed(poseOf(cam, 900, 600))).toBe(true);
    expect(watch.changed(poseOf(cam, 900, 600, 4.5))).toBe(true);
    expect(watch.changed(poseOf(cam, 900, 600, 4.5))).toBe(false);
  });

  it('calls each follower once per move until it unsubscribes, and a new projection places everything again', () => {
    let a = 0;
    let b = 0;
    const offA = onViewMoved(() => a++);
    const offB = onViewMoved(() => b++);
    viewMoved();
    expect([a, b]).toEqual([1, 1]);
    offA();
    setPlanProjection((p) => [p[0] * 2, p[1] * 3]);
    expect([a, b]).toEqual([1, 2]);
    expect(planToScreen([1, 2])).toEqual([2, 6]);
    offB();
    setPlanProjection(undefined);
    expect([a, b]).toEqual([1, 2]);
    expect(planToScreen([1, 2])).toBeUndefined();
  });
});
