/**
 * sign.continuity: walk the public route from the main entrance to each public zone; at every decision point
 * (a turn sharper than `turnDeg`) a directional or zone sign must be in sight within `signSightM`.
 */
import { isStaffZone } from '../../core/kinds/zone';
import { centroid } from '../../core/geometry/polygon';
import { dist, type Vec2 } from '../../core/geometry/vec';
import { lineOfSight } from '../../nav';
import type { Finding } from '../types';
import { defineRule } from '../define';
import { all, fieldFrom, finding, fmt, mainEntrance, num } from '../util';
import { insideOf } from '../zones/placement';

function turnDeg(a: Vec2, b: Vec2, c: Vec2): number {
  const a1 = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const a2 = Math.atan2(c[1] - b[1], c[0] - b[0]);
  let d = ((a2 - a1) * 180) / Math.PI;
  while (d > 180) d -= 360;
  while (d < -180) d += 360;
  return Math.abs(d);
}

export const signContinuity = defineRule({
  id: 'sign.continuity',
  group: 'signs',
  title: { zh: '导向标识连续性', en: 'Continuous wayfinding' },
  scope: 'hall',
  reads: ['nav', 'sign', 'wall', 'opening', 'zone', 'obstacle'],
  params: ['turnDeg', 'signSightM'],
  check(ctx) {
    const main = mainEntrance(ctx.doc);
    if (!main) return [];
    const turn = num(ctx, 'turnDeg');
    const sight = num(ctx, 'signSightM');
    // The same field as the entrance-distance rules: one solve (or repair) serves them all.
    const tree = fieldFrom(ctx.doc, `entrance:${main.el.id}`, [{ floorId: main.floor.id, p: insideOf(ctx.doc, main.floor.id, main.el) }]);
    const signs = all(ctx.doc, 'sign').filter(({ el }) => el.signKind === 'directional' || el.signKind === 'zone' || el.signKind === 'floor-directory' || el.signKind === 'layout-map');
    const seen = new Map<string, Finding>();
    for (const { floor, el } of all(ctx.doc, 'zone')) {
      if (isStaffZone(el) || el.type === 'circulation' || el.type === 'unclassified') continue;
      const pts = tree.pathTo({ floorId: floor.id, p: centroid(el.polygon) });
      if (!pts) continue;
      for (let i = 1; i < pts.length - 1; i++) {
        const [a, b, c] = [pts[i - 1], pts[i], pts[i + 1]];
        if (a.floorId !== b.floorId || b.floorId !== c.floorId) continue;
        if (dist(b.p, c.p) < 2 || turnDeg(a.p, b.p, c.p) < turn) continue;
        const ok = signs.some((s) => s.floor.id === b.floorId && dist(s.el.position, b.p) <= sight && lineOfSight(ctx.doc, b.floorId, b.p, s.el.position));
        if (ok) continue;
        const key = `${b.floorId}:${Math.round(b.p[0] / 3)}:${Math.round(b.p[1] / 3)}`;
        if (!seen.has(key))
          seen.set(
            key,
            finding('sign.continuity', ctx, {
              elementIds: [el.id],
              floorId: b.floorId,
              at: b.p,
              disc: key,
              zh: `去往“${el.name ?? el.id}”的路线在 (${fmt(b.p[0])}, ${fmt(b.p[1])}) 处转弯，${sight} m 内看不到导向标识`,
              en: `The route to "${el.nameEn || el.name || el.id}" turns at (${fmt(b.p[0])}, ${fmt(b.p[1])}) with no directional sign in sight within ${sight} m`,
              hintZh: '在该转弯处设置导向标识',
              hintEn: 'Put a directional sign at this turn',
            }),
          );
      }
    }
    return [...seen.values()];
  },
});
