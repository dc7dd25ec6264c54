/** Walls in IFC: written as IfcWall boxes along their axis; read from any wall entity's plan rectangle. */
import type { Wall } from '../../core/kinds/wall';
import { flatHull, rectOfHull } from '../footprint';
import { e, r, s } from '../step';
import { box, gidOf, placement, pset } from '../step-shapes';
import type { KindIfc } from './types';
import { gid, nameOf, pBool, r6, rv } from './values';

export const wallIfc: KindIfc<'wall'> = {
  write(el: Wall, { t, floor, place, walls }) {
    const dx = el.b[0] - el.a[0];
    const dy = el.b[1] - el.a[1];
    const L = Math.hypot(dx, dy);
    if (L < 1e-6) return undefined;
    const { w, owner } = t;
    const pl = placement(t, place, el.a, (Math.atan2(dy, dx) * 180) / Math.PI);
    const sh = box(t, L, el.thickness, el.height ?? floor.height, L / 2, 0);
    const g = s(gidOf(el));
    const name = s(el.name ?? null);
    const id = t.is2x3 ? w.add('IFCWALL', g, owner, name, '$', '$', r(pl), r(sh), '$') : w.add('IFCWALL', g, owner, name, '$', '$', r(pl), r(sh), '$', e('STANDARD'));
    walls.set(el.id, { el: id, thickness: el.thickness });
    pset(t, el.id, 'Pset_HallTwinWall', [id], { Id: el.id, Glazed: el.glazed });
    return id;
  },
  fromEntities: {
    stage: 'walls',
    outline: false,
    run(c, ids) {
      const { r: rd, meshes } = c;
      rd.lines(ids.filter((id) => meshes.elements.has(id)));
      for (const id of ids) {
        const g = meshes.elements.get(id);
        const rect = g ? rectOfHull(flatHull(g.pts)) : null;
        if (!g || !rect || rect.length < 0.05) continue;
        const l = rd.line(id);
        const p = c.ps(id, 'Pset_HallTwinWall');
        const h = rect.length / 2;
        const a = rv([rect.center[0] - rect.axis[0] * h, rect.center[1] - rect.axis[1] * h]);
        const b = rv([rect.center[0] + rect.axis[0] * h, rect.center[1] + rect.axis[1] * h]);
        const wid = c.newId('wall', p);
        const height = g.maxY - g.minY;
        c.put(c.floorOf(id, g), {
          id: wid,
          ...nameOf(l),
          ...gid(l),
          kind: 'wall',
          a,
          b,
          thickness: r6(Math.max(rect.width, 0.01)),
          ...(height > 0.05 ? { height: r6(height) } : {}),
          ...(pBool(p, 'Glazed') ? { glazed: true } : {}),
        });
        c.walls.set(id, { id: wid, a, b });
      }
    },
  },
};
