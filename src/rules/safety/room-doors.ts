/** Escape from a room by its own doors (GB 50016 §5.5.17-3), for escape travel. */
import type { Floor } from '../../core/document';
import { distToPolygonBoundary } from '../../core/geometry/polygon';
import { dist, type Vec2 } from '../../core/geometry/vec';
import type { ElementOf } from '../../core/kinds/registry';
import { elementsOn } from '../element-index';
import type { RuleContext } from '../types';
import { atMost, num } from '../util';

/**
 * GB 50016 §5.5.17-3 (restated): 房间内任一点至房间直通疏散走道的疏散门的直线距离 at most table 5.5.17's dead-end
 * figure (`roomDoorMaxM`, 22 m for grade 一、二级; `roomDoorMaxSprinklerM` with sprinklers). A point of a walled zone
 * meets the clause through one of the zone's own doors (on its edge within `zoneDoorTolM`) that lies within that
 * figure in a straight line crossing no wall (`clear`, save through a door), when the door itself, standing in the
 * space it opens into, is held to the hall's limit and meets it (`doorOut`: straight to an exit, or along its walk).
 * Answers per door are kept for the zone.
 */
export function roomDoorsOut(ctx: RuleContext, el: ElementOf<'zone'>, floor: Floor, clear: (a: Vec2, b: Vec2) => boolean, doorOut: (d: Vec2) => boolean): (p: Vec2) => boolean {
  const tol = num(ctx, 'zoneDoorTolM');
  const max = num(ctx, ctx.doc.meta.sprinklers ? 'roomDoorMaxSprinklerM' : 'roomDoorMaxM');
  const doors = elementsOn(floor, 'opening').filter((o) => distToPolygonBoundary(o.position, el.polygon) <= tol);
  const out = new Map<ElementOf<'opening'>, boolean>();
  const leads = (o: ElementOf<'opening'>) => {
    let v = out.get(o);
    if (v === undefined) out.set(o, (v = doorOut(o.position)));
    return v;
  };
  // A room's corners lie on its walls: the line is tested from a hair inside, as the wall it starts on is no bar.
  const hair = num(ctx, 'toleranceM');
  const inside = (p: Vec2, o: Vec2): Vec2 => {
    const d = dist(p, o);
    return d > hair ? [p[0] + ((o[0] - p[0]) * hair) / d, p[1] + ((o[1] - p[1]) * hair) / d] : p;
  };
  return (p) => doors.some((o) => atMost(ctx, dist(p, o.position), max) && clear(inside(p, o.position), o.position) && leads(o));
}
