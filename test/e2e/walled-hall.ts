/** A one-floor hall file for browser tests: a rectangle closed by four walls (w1–w4, from the south side round), and more. */

import { oneFloorHall } from '../fixtures/one-floor-hall';

type Vec2 = [number, number];

export const wall = (id: string, a: Vec2, b: Vec2, thickness = 0.2) => ({ kind: 'wall', id, a, b, thickness });

/** A `.hall.json` object: floor F1 (1F, 4 m high), `w` × `h` metres walled round, holding also `elements`. */
export function walledHall(name: string, size: Vec2, elements: object[], thickness = 0.2) {
  const hall = oneFloorHall(name, size, []);
  const corners = hall.floors[0].outline;
  hall.floors[0].elements = [...corners.map((c, i) => wall(`w${i + 1}`, c, corners[(i + 1) % 4], thickness)), ...elements];
  return hall;
}
