/** The walkable space of a floor as vectors, for overlays and the nav-map export. */
import type { Floor } from '../core/document';
import { kindOf } from '../core/kinds/registry';
import { isStaffZone } from '../core/kinds/zone';
import { rectPolygon, type Polygon } from '../core/geometry/polygon';
import { extentOf } from './grid';

/**
 * The walkable space of a floor as vectors (for overlays and the nav-map export): the floor bounds and the
 * blocking footprints. Walls are split where a door cuts them; for the public, staff zones are blocked and
 * staff-only doors stay shut.
 */
export function walkableRegions(doc: { floors: readonly Floor[] }, floorId: string, audience: 'public' | 'staff'): { blocked: Polygon[]; bounds: Polygon } {
  const floor = doc.floors.find((f) => f.id === floorId);
  if (!floor) return { blocked: [], bounds: [] };
  const ext = extentOf(floor);
  const bounds: Polygon = floor.outline ?? [
    [ext.minX, ext.minY],
    [ext.maxX, ext.minY],
    [ext.maxX, ext.maxY],
    [ext.minX, ext.maxY],
  ];
  const blocked: Polygon[] = [];
  const doors = floor.elements.filter((e): e is Extract<typeof e, { kind: 'opening' }> => e.kind === 'opening' && (audience === 'staff' || e.entrance !== 'staff'));
  for (const e of floor.elements) {
    if (audience === 'public' && e.kind === 'zone' && isStaffZone(e)) blocked.push(e.polygon);
    if (kindOf(e).walking !== 'blocks' || !kindOf(e).blocksWalking(e)) continue;
    if (e.kind !== 'wall') {
      const fp = kindOf(e).footprint(e);
      if (fp) blocked.push(fp);
      continue;
    }
    const dx = e.b[0] - e.a[0];
    const dy = e.b[1] - e.a[1];
    const len = Math.hypot(dx, dy);
    if (len < 1e-9) continue;
    const ux = dx / len;
    const uy = dy / len;
    // Door gaps as intervals along the wall axis, then the solid pieces between them.
    const gaps = doors
      .filter((d) => {
        if (d.wallId) return d.wallId === e.id;
        // Unattached doors count when they sit on the wall's axis, as the raster treats them.
        const off = Math.abs((d.position[0] - e.a[0]) * uy - (d.position[1] - e.a[1]) * ux);
        const t = (d.position[0] - e.a[0]) * ux + (d.position[1] - e.a[1]) * uy;
        return off <= e.thickness / 2 + 0.3 && t >= 0 && t <= len;
      })
      .map((d) => {
        const t = (d.position[0] - e.a[0]) * ux + (d.position[1] - e.a[1]) * uy;
        return [t - d.width / 2, t + d.width / 2] as const;
      })
      .sort((p, q) => p[0] - q[0]);
    let t0 = -e.thickness / 2;
    const pieces: [number, number][] = [];
    for (const [g0, g1] of gaps) {
      if (g0 > t0) pieces.push([t0, g0]);
      t0 = Math.max(t0, g1);
    }
    if (len + e.thickness / 2 > t0) pieces.push([t0, len + e.thickness / 2]);
    const deg = (Math.atan2(dy, dx) * 180) / Math.PI;
    for (const [s0, s1] of pieces) {
      const m = (s0 + s1) / 2;
      blocked.push(rectPolygon(e.a[0] + ux * m, e.a[1] + uy * m, s1 - s0, e.thickness, deg));
    }
  }
  return { blocked, bounds };
}
