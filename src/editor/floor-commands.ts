/** Adding, copying onto, renaming, reordering and deleting floors, each one undo step. */
import { addElements, addFloor as addFloorCmd, batch, type Command, removeFloor, reorderFloors, replaceElements, updateFloor } from '../core/commands';
import type { Floor, HallDocument } from '../core/document';
import type { VLink } from '../core/kinds/vlink';
import type { Vec2 } from '../core/geometry/vec';
import { cloneElements, freshIds } from './clipboard';
import type { EditorHost } from './types';

/**
 * Offer to copy the outline and walls of the floor below onto a new floor: tracing the floor below is the usual
 * start of an upper floor (Revit copies levels' walls the same way). No offer when the floor below has neither.
 */
export function offerStructureCopy(host: EditorHost, floorId: string): void {
  const f = host.doc.floors.find((x) => x.id === floorId);
  if (!f) return;
  const below = host.doc.floors.filter((x) => x.elevation < f.elevation).sort((a, b) => b.elevation - a.elevation)[0];
  if (below && (below.outline || below.elements.some((e) => e.kind === 'wall'))) host.store.setState({ floorCopyOffer: { floorId, fromId: below.id } });
  const links = below ? linksEndingAt(host.doc, below.id) : [];
  if (links.length) host.store.setState({ linkExtendOffer: { floorId, ids: links } });
}

/**
 * The stairs and lifts whose top floor is `floorId`: a stair placed before the floor above existed joins only its own
 * floor, and a new floor on top is where the user means it to go (Revit's multistorey stair "connect levels").
 */
function linksEndingAt(doc: HallDocument, floorId: string): string[] {
  const elevation = new Map(doc.floors.map((f) => [f.id, f.elevation]));
  const top = (v: VLink) => v.floors.reduce((a, b) => ((elevation.get(b) ?? -Infinity) > (elevation.get(a) ?? -Infinity) ? b : a));
  const out: string[] = [];
  for (const f of doc.floors) for (const e of f.elements) if (e.kind === 'vlink' && (e.linkKind === 'stair' || e.linkKind === 'elevator') && top(e) === floorId) out.push(e.id);
  return out;
}

/** Extend the stairs and lifts `ids` up to `floorId` (the answer to the new-floor offer), as one undo step. */
export function extendLinks(host: EditorHost, floorId: string, ids: readonly string[]): boolean {
  host.store.setState({ linkExtendOffer: undefined });
  const elevation = new Map(host.doc.floors.map((f) => [f.id, f.elevation]));
  if (!elevation.has(floorId)) return false;
  const next: VLink[] = [];
  for (const f of host.doc.floors)
    for (const e of f.elements)
      if (e.kind === 'vlink' && ids.includes(e.id) && !e.floors.includes(floorId))
        next.push({ ...e, floors: [...e.floors, floorId].sort((a, b) => (elevation.get(a) ?? 0) - (elevation.get(b) ?? 0)) });
  return next.length > 0 && host.execute(replaceElements(next, '楼梯和电梯延伸到新楼层 / Extend stairs and lifts to the new floor'));
}

/** A new floor on top of the highest one, made current, with the offer to copy the structure below. */
export function addFloor(host: EditorHost): string {
  const top = [...host.doc.floors].sort((a, b) => b.elevation - a.elevation)[0];
  const storey = top ? top.storey + 1 : 1;
  const id = host.newId('F');
  const floor: Floor = { id, name: `${storey}F`, storey, elevation: top ? top.elevation + top.height : 0, height: top?.height ?? 4.5, elements: [] };
  if (host.execute(addFloorCmd(floor))) {
    host.setFloor(id);
    offerStructureCopy(host, id);
  }
  return id;
}

/** Copy the outline, walls and outer windows of one floor onto another, as one undo step (the answer to the new-floor offer). */
export function copyStructure(host: EditorHost, fromId: string, toId: string): boolean {
  host.store.setState({ floorCopyOffer: undefined });
  const from = host.doc.floors.find((f) => f.id === fromId);
  if (!from || !host.doc.floors.some((f) => f.id === toId)) return false;
  // The outer windows go with their walls (a facade's glazing repeats storey to storey, as Revit copies hosted
  // windows with their walls); doors do not: the entrances of the floor below are not the floor above's.
  const copied = new Set(from.elements.filter((e) => e.kind === 'wall').map((e) => e.id));
  const walls = cloneElements(
    from.elements.filter((e) => copied.has(e.id) || (e.kind === 'window' && e.exterior && !!e.wallId && copied.has(e.wallId))),
    [0, 0],
    freshIds(host.doc),
  );
  const label = '复制下层外轮廓、墙体和外窗 / Copy outline, walls and outer windows from below';
  const cmds: Command[] = [];
  if (from.outline) cmds.push(updateFloor(toId, { outline: from.outline.map((p) => [p[0], p[1]] as Vec2) }, label));
  if (walls.length) cmds.push(addElements(toId, walls, undefined, label));
  return cmds.length > 0 && host.execute(batch(label, cmds));
}

/** Move a floor up or down in the list. */
export function moveFloor(host: EditorHost, id: string, dir: -1 | 1): boolean {
  const order = host.doc.floors.map((f) => f.id);
  const i = order.indexOf(id);
  const j = i + dir;
  if (i < 0 || j < 0 || j >= order.length) return false;
  [order[i], order[j]] = [order[j], order[i]];
  return host.execute(reorderFloors(order));
}

export function deleteFloor(host: EditorHost, id: string): boolean {
  if (host.doc.floors.length <= 1) {
    host.fail({ zh: '不能删除唯一的楼层', en: 'Cannot delete the only floor' });
    return false;
  }
  return host.execute(removeFloor(id));
}
