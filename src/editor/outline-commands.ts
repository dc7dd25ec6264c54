/** The floor outline: set it, propose one from the walls' loop, and the keep/remove offer after one is made. */
import { updateFloor } from '../core/commands';
import { area, ensureCCW, isSimplePolygon, type Polygon } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';
import { largestWallLoop } from '../core/geometry/wall-loops';
import type { EditorHost } from './types';

/** Set (or clear) a floor's outline as one undo step; a self-crossing outline is refused. */
export function setOutline(host: EditorHost, outline: Polygon | undefined, label: string, floorId: string): boolean {
  let ring = outline;
  if (ring) {
    if (ring.length >= 3 && !isSimplePolygon(ring)) {
      host.fail({ zh: '外轮廓自相交', en: 'The outline crosses itself' });
      return false;
    }
    if (ring.length < 3 || area(ring) < 1e-6) {
      host.fail({ zh: '外轮廓至少需要三个不共线的点', en: 'An outline needs at least three points that are not in a line' });
      return false;
    }
    ring = ensureCCW(ring.map((p) => [p[0], p[1]] as [number, number]));
  }
  return host.execute(updateFloor(floorId, { outline: ring }, label));
}

/**
 * The outline the current floor's walls (with `extra` walls about to be added) enclose, when it should become the
 * floor's outline: always when asked for, and for a loop just closed only when it encloses more than the present one.
 */
export function proposedOutline(host: EditorHost, auto: boolean, extra: readonly { a: Vec2; b: Vec2 }[]): Polygon | undefined {
  const floor = host.floor;
  const loop = largestWallLoop([...floor.elements.filter((e) => e.kind === 'wall'), ...extra]);
  if (!loop || !isSimplePolygon(loop)) return undefined;
  if (auto && floor.outline && area(floor.outline) >= area(loop) - 1e-6) return undefined;
  return ensureCCW(loop);
}

/** Let the user keep or remove an outline just made from walls. */
export function offerOutline(host: EditorHost, outline: Polygon, previous: Polygon | undefined): void {
  host.store.setState({ outlineOffer: { floorId: host.floorId, area: area(outline), previous } });
}

/** The floor outline from the walls' loop (the "outline from walls" command), one undo step, with the keep/remove offer. */
export function outlineFromWalls(host: EditorHost): boolean {
  const previous = host.floor.outline;
  const loop = proposedOutline(host, false, []);
  if (!loop) {
    host.fail({ zh: '墙体没有围合成封闭区域', en: 'The walls do not enclose an area' });
    return false;
  }
  if (!setOutline(host, loop, '由墙体生成外轮廓 / Outline from walls', host.floorId)) return false;
  offerOutline(host, loop, previous);
  return true;
}

/** Answer to the outline offer: keep it, or put back the outline the floor had before. */
export function answerOutlineOffer(host: EditorHost, keep: boolean): void {
  const offer = host.store.getState().outlineOffer;
  host.store.setState({ outlineOffer: undefined });
  if (!offer || keep) return;
  setOutline(host, offer.previous, '移除外轮廓 / Remove outline', offer.floorId);
}
