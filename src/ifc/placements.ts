/** IFC axis placements as frames (origin and unit axes, file units), composed up a placement chain. */
import { type Line, num, ref } from './line-values';

/** A 3D affine placement in file units, IFC axes (z up): origin and the three unit axes. */
export interface Frame {
  o: [number, number, number];
  x: [number, number, number];
  y: [number, number, number];
  z: [number, number, number];
}

export const IDENTITY: Frame = { o: [0, 0, 0], x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] };

export function axisPlacement(line: (id: number | undefined) => Line | undefined, id: number | undefined): Frame {
  const a = line(id);
  if (!a) return IDENTITY;
  const loc = line(ref(a.Location));
  const c = (loc?.Coordinates ?? []).map((v: any) => num(v) ?? 0);
  const o: [number, number, number] = [c[0] ?? 0, c[1] ?? 0, c[2] ?? 0];
  const dir = (rid: number | undefined): [number, number, number] | undefined => {
    const d = line(rid);
    const r = (d?.DirectionRatios ?? []).map((v: any) => num(v) ?? 0);
    if (r.length < 2) return undefined;
    return normalize3([r[0], r[1], r[2] ?? 0]);
  };
  const z = dir(ref(a.Axis)) ?? [0, 0, 1];
  let x = dir(ref(a.RefDirection)) ?? [1, 0, 0];
  // Gram-Schmidt: x orthogonal to z.
  const d = x[0] * z[0] + x[1] * z[1] + x[2] * z[2];
  x = normalize3([x[0] - d * z[0], x[1] - d * z[1], x[2] - d * z[2]]);
  const y: [number, number, number] = [z[1] * x[2] - z[2] * x[1], z[2] * x[0] - z[0] * x[2], z[0] * x[1] - z[1] * x[0]];
  return { o, x, y, z };
}

function normalize3(v: [number, number, number]): [number, number, number] {
  const l = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / l, v[1] / l, v[2] / l];
}

export function compose(p: Frame, l: Frame): Frame {
  const m = (v: [number, number, number]): [number, number, number] => [
    p.x[0] * v[0] + p.y[0] * v[1] + p.z[0] * v[2],
    p.x[1] * v[0] + p.y[1] * v[1] + p.z[1] * v[2],
    p.x[2] * v[0] + p.y[2] * v[1] + p.z[2] * v[2],
  ];
  const o = m(l.o);
  return { o: [p.o[0] + o[0], p.o[1] + o[1], p.o[2] + o[2]], x: m(l.x), y: m(l.y), z: m(l.z) };
}
