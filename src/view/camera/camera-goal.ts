/**
 * Where the camera goes to show a plan box, and one step of the glide toward it. No React: CameraRig decides when.
 */
import * as THREE from 'three';
import type { Extent } from './floor-extent';

/** Where a framing is heading; reached over a few frames so the eye can follow the jump. */
export interface CameraGoal {
  pos: THREE.Vector3;
  target: THREE.Vector3;
  /** The orthographic zoom to reach (plan view only). */
  zoom?: number;
}

export type Controls = { target: THREE.Vector3; update(): void; object: THREE.Camera };

/**
 * Room kept free around a whole floor framed in the plan, in pixels: the north arrow and the scale bar sit in the
 * bottom-left corner over the plan, so the bottom keeps their height; the sides keep enough for the walls to
 * read as the hall's edge, as AutoCAD's and Revit's zoom-to-fit leave.
 */
export const FIT_PAD = { side: 40, top: 32, bottom: 84 };

/**
 * The camera position, target and zoom that show `b` at `elevation` with `margin` around it (a factor of its
 * size; in the plan, `pad` pixels instead when given). In 3D the view keeps its azimuth when `from` is given (a
 * glide from where the user looks) and looks down steeply, so walls between the camera and the target hide less.
 */
export function goalFor(
  camera: THREE.Camera,
  size: { width: number; height: number },
  b: Extent,
  elevation: number,
  margin: number,
  from?: Controls,
  pad?: typeof FIT_PAD,
): CameraGoal {
  const cx = (b.minX + b.maxX) / 2;
  let cy = (b.minY + b.maxY) / 2;
  const w = Math.max(b.maxX - b.minX, 2) * margin;
  const h = Math.max(b.maxY - b.minY, 2) * margin;
  if (camera instanceof THREE.OrthographicCamera && pad) {
    // Never less than a fifth of the view for the plan, however small the canvas.
    const zoom = Math.min(
      Math.max(size.width - 2 * pad.side, size.width / 5) / Math.max(b.maxX - b.minX, 2),
      Math.max(size.height - pad.top - pad.bottom, size.height / 5) / Math.max(b.maxY - b.minY, 2),
    );
    // The box's centre sits in the middle of the padded area: plan +y is up on screen.
    cy -= (pad.bottom - pad.top) / 2 / zoom;
    return { pos: new THREE.Vector3(cx, elevation + 200, -cy), target: new THREE.Vector3(cx, elevation, -cy), zoom };
  }
  const target = new THREE.Vector3(cx, elevation, -cy);
  if (camera instanceof THREE.OrthographicCamera) return { pos: new THREE.Vector3(cx, elevation + 200, -cy), target, zoom: Math.min(size.width / w, size.height / h) };
  const d = Math.max(w, h) * 1.2;
  const dir = new THREE.Vector3(-0.45, 0.7, 0.55).normalize();
  if (from) {
    const flat = camera.position.clone().sub(from.target).setY(0);
    if (flat.lengthSq() > 1e-6) dir.copy(flat.normalize().multiplyScalar(0.5)).setY(0.87).normalize();
  }
  return { pos: target.clone().addScaledVector(dir, d), target, zoom: undefined };
}

/** Puts the camera at the goal at once. */
export function jumpTo(camera: THREE.Camera, c: Controls | null, g: CameraGoal): void {
  camera.position.copy(g.pos);
  if (g.zoom !== undefined && camera instanceof THREE.OrthographicCamera) {
    camera.zoom = g.zoom;
    camera.updateProjectionMatrix();
  }
  if (c) {
    c.target.copy(g.target);
    c.update();
  }
}

/** One frame's step of the glide (`dt` seconds since the last); true once the camera has arrived. */
export function glideToward(camera: THREE.Camera, c: Controls | null, g: CameraGoal, dt: number): boolean {
  const k = 1 - Math.exp(-Math.min(dt, 0.1) * 8);
  camera.position.lerp(g.pos, k);
  if (c) c.target.lerp(g.target, k);
  if (g.zoom !== undefined && camera instanceof THREE.OrthographicCamera) {
    camera.zoom += (g.zoom - camera.zoom) * k;
    camera.updateProjectionMatrix();
  }
  c?.update();
  return (
    camera.position.distanceTo(g.pos) < 0.01 &&
    (!c || c.target.distanceTo(g.target) < 0.01) &&
    (g.zoom === undefined || Math.abs((camera as THREE.OrthographicCamera).zoom - g.zoom) < 0.01 * g.zoom)
  );
}
