/**
 * Plan metres ↔ WGS84 around the hall's georeference origin. The hall is at most a few hundred metres across, so a
 * local tangent plane (equirectangular about the origin latitude, WGS84 ellipsoid radii) is exact to millimetres.
 * `rotation` is the bearing of plan +y, degrees clockwise from true north.
 */
import type { Georef } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';

const A = 6378137;
const E2 = 6.69437999014e-3;

function radii(latDeg: number): { north: number; east: number } {
  const phi = (latDeg * Math.PI) / 180;
  const s = 1 - E2 * Math.sin(phi) ** 2;
  return { north: (A * (1 - E2)) / s ** 1.5, east: (A / Math.sqrt(s)) * Math.cos(phi) };
}

/** Plan (x east, y north of the plan) → [lon, lat] (GeoJSON order). */
export function planToLonLat(g: Georef, p: Vec2): [number, number] {
  const t = ((g.rotation ?? 0) * Math.PI) / 180;
  // Plan +y points at bearing t: east component sin t, north cos t; plan +x is 90° clockwise from that.
  const east = p[0] * Math.cos(t) + p[1] * Math.sin(t);
  const north = -p[0] * Math.sin(t) + p[1] * Math.cos(t);
  const r = radii(g.lat);
  return [g.lon + ((east / r.east) * 180) / Math.PI, g.lat + ((north / r.north) * 180) / Math.PI];
}

export function lonLatToPlan(g: Georef, ll: [number, number]): Vec2 {
  const r = radii(g.lat);
  const east = (((ll[0] - g.lon) * Math.PI) / 180) * r.east;
  const north = (((ll[1] - g.lat) * Math.PI) / 180) * r.north;
  const t = ((g.rotation ?? 0) * Math.PI) / 180;
  return [east * Math.cos(t) - north * Math.sin(t), east * Math.sin(t) + north * Math.cos(t)];
}
