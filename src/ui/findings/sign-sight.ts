/**
 * The sign sight-line overlay: the citizen routes on a floor as sign.continuity walks them, a line from each
 * decision point to the wayfinding sign seen from it, and a cross where no sign can be seen (the rule's finding).
 * Segments come as flat [x, y, z] pairs in scene coordinates (plan y → −z), ready for MergedLines.
 */
import type { HallDocument } from '../../core';
import { resolveParams } from '../../rules/preset';
import { wayfinding } from '../../rules/signs/continuity';
import { param } from '../../rules/util';

type Seg = [number, number, number][];

export interface SignSightOverlay {
  routes: Seg;
  seen: Seg;
  blind: Seg;
}

export function signSightOverlay(doc: HallDocument, floorId: string, y: number): SignSightOverlay {
  const params = resolveParams(doc.meta.preset, doc.meta.ruleOverrides);
  const { routes, decisions } = wayfinding(doc, {
    turnDeg: param(params, 'turnDeg'),
    signSightM: param(params, 'signSightM'),
    entranceInsideM: param(params, 'entranceInsideM'),
    decisionMinLegM: param(params, 'decisionMinLegM'),
    junctionSplitM: param(params, 'junctionSplitM'),
  });
  const out: SignSightOverlay = { routes: [], seen: [], blind: [] };
  // Routes share their first legs: draw each leg once.
  const legs = new Set<string>();
  for (const r of routes)
    for (let i = 1; i < r.points.length; i++) {
      const [a, b] = [r.points[i - 1], r.points[i]];
      if (a.floorId !== floorId || b.floorId !== floorId) continue;
      const k = `${a.p[0]},${a.p[1]},${b.p[0]},${b.p[1]}`;
      if (legs.has(k)) continue;
      legs.add(k);
      out.routes.push([a.p[0], y, -a.p[1]], [b.p[0], y, -b.p[1]]);
    }
  for (const d of decisions) {
    if (d.floorId !== floorId) continue;
    const [x, z] = [d.p[0], -d.p[1]];
    if (d.sign) out.seen.push([x, y, z], [d.sign.p[0], y, -d.sign.p[1]]);
    else out.blind.push([x - 0.6, y, z - 0.6], [x + 0.6, y, z + 0.6], [x - 0.6, y, z + 0.6], [x + 0.6, y, z - 0.6]);
  }
  return out;
}
