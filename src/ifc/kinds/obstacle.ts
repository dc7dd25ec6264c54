/**
 * Obstacles in IFC: written as proxy prisms over their outline with our property set; read back from it, and made
 * from other models' furniture and columns (their rounded plan hull, as tall as they are).
 */
import type { Obstacle } from '../../core/kinds/obstacle';
import { area } from '../../core/geometry/polygon';
import { cleanRing, roundedHull, triangleOutline } from '../footprint';
import { placement, prism, proxy, pset } from '../step-shapes';
import type { KindIfc } from './types';
import { gid, nameOf, pBool, pNum, pStr, r6, rv } from './values';
import { ObstacleSchema } from '../../core/kinds/obstacle';

/** A furniture role read back from our property set; one this version does not know is left unset. */
const roleOf = (v: string | undefined): Pick<Obstacle, 'role'> => {
  const r = ObstacleSchema.shape.role.safeParse(v);
  return r.success && r.data ? { role: r.data } : {};
};

export const obstacleIfc: KindIfc<'obstacle'> = {
  write(el: Obstacle, { t, place }) {
    const pl = placement(t, place, [0, 0], 0);
    const sh = prism(t, el.polygon, el.height);
    const id = proxy(t, el, 'Obstacle', pl, sh);
    pset(t, el.id, 'Pset_HallTwinObstacle', [id], { Id: el.id, Height: el.height, SeeThrough: el.seeThrough, Role: el.role });
    return id;
  },
  fromPset: {
    outline: true,
    run(c, { id, line: l }, ob) {
      const g = c.meshes.elements.get(id);
      const o = g?.tris ? triangleOutline(g.tris, undefined, g.up) : null;
      if (!o) return false;
      c.put(c.floorOf(id, g), {
        id: c.newId('obstacle', ob),
        ...nameOf(l),
        ...gid(l),
        kind: 'obstacle',
        polygon: o.polygon.map(rv),
        height: pNum(ob, 'Height') ?? r6(Math.max(0.1, g!.maxY - g!.minY)),
        ...(pBool(ob, 'SeeThrough') !== undefined ? { seeThrough: pBool(ob, 'SeeThrough') } : {}),
        ...roleOf(pStr(ob, 'Role')),
      });
      return true;
    },
  },
  fromEntities: {
    stage: 'furniture',
    outline: false,
    run(c, ids, byEntity) {
      const columns = new Set(byEntity.get('IfcColumn') ?? []);
      const loose = ids.filter((id) => !c.designed.has(id) && c.meshes.elements.has(id));
      c.r.lines(loose);
      for (const id of loose) {
        const g = c.meshes.elements.get(id);
        if (!g || g.pts.length < 6) continue;
        const hull = cleanRing(roundedHull(g.pts, r6), 1e-4);
        if (hull.length < 3 || area(hull) < 0.01) continue;
        const l = c.r.line(id);
        c.put(c.floorOf(id, g), {
          id: c.newId(columns.has(id) ? 'column' : 'furniture'),
          ...nameOf(l),
          ...gid(l),
          kind: 'obstacle',
          polygon: hull,
          height: r6(Math.max(0.1, Math.min(g.maxY - g.minY, 10000))),
        });
      }
    },
  },
};
