/** A door's swing in the 2D plan: the leaf at 90° and a quarter arc, as plan polylines. */
import type { Vec2 } from '../core/geometry/vec';

export interface DoorLike {
  position: Vec2;
  /** Direction of the wall, degrees CCW from east. */
  rotation: number;
  width: number;
}

/**
 * Hinge at the opening's start (local −x end); the leaf opens to local +y (the side a counter or sign faces).
 * Returns the leaf segment and the arc from the open leaf tip back to the closed position.
 */
export function doorSwing(o: DoorLike, segments = 12): { leaf: [Vec2, Vec2]; arc: Vec2[] } {
  const r = (o.rotation * Math.PI) / 180;
  const ux: Vec2 = [Math.cos(r), Math.sin(r)];
  const uy: Vec2 = [-Math.sin(r), Math.cos(r)];
  const w = o.width;
  const hinge: Vec2 = [o.position[0] - (ux[0] * w) / 2, o.position[1] - (ux[1] * w) / 2];
  const at = (a: number): Vec2 => [hinge[0] + w * (Math.cos(a) * ux[0] + Math.sin(a) * uy[0]), hinge[1] + w * (Math.cos(a) * ux[1] + Math.sin(a) * uy[1])];
  const arc: Vec2[] = [];
  for (let i = 0; i <= segments; i++) arc.push(at(Math.PI / 2 - (i / segments) * (Math.PI / 2)));
  return { leaf: [hinge, at(Math.PI / 2)], arc };
}
