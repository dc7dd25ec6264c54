/** A one-floor hall file for browser tests: a rectangle closed by four walls (w1–w4, from the south side round), and more. */

type Vec2 = [number, number];

export const wall = (id: string, a: Vec2, b: Vec2, thickness = 0.2) => ({ kind: 'wall', id, a, b, thickness });

/** A `.hall.json` object: floor F1 (1F, 4 m high), `w` × `h` metres walled round, holding also `elements`. */
export function walledHall(name: string, [w, h]: Vec2, elements: object[], thickness = 0.2) {
  const corners: Vec2[] = [
    [0, 0],
    [w, 0],
    [w, h],
    [0, h],
  ];
  return {
    format: 'halltwin',
    version: 1,
    meta: { name, preset: 'hunan', level: 'county' },
    floors: [
      {
        id: 'F1',
        name: '1F',
        storey: 1,
        elevation: 0,
        height: 4,
        outline: corners,
        elements: [...corners.map((c, i) => wall(`w${i + 1}`, c, corners[(i + 1) % 4], thickness)), ...elements] as object[],
      },
    ],
  };
}
