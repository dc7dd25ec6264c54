/**
 * One floor per file: the floors a DXF import built, added on top of the open hall instead of replacing it (the
 * 一层.dxf, 二层.dxf … of a drawing set), as one undo step. Each added floor gets fresh floor and element ids, the
 * next storey number and the elevation above the highest floor; a stair or lift drawn where one of the hall's reaches
 * its top floor goes on up (one link serving every floor, as the side-by-side import joins them).
 */
import { addFloor, batch, replaceElements } from '../../core/commands';
import type { Floor, HallDocument } from '../../core/document';
import type { VLink } from '../../core/kinds/vlink';
import { sheetTitleOf, storeyFloorName } from '../../dxf/names';
import type { DxfFloorLines } from '../../dxf/types';
import type { Editor } from '../../editor/editor';
import { cloneElements, freshIds } from '../../editor/clipboard';

export interface AddedFloors {
  /** The added floors' ids, lowest first. */
  ids: string[];
  /** The drawing's linework under the added floors, keyed by their new ids. */
  context: DxfFloorLines[];
}

/** Adds `imported`'s floors above the open hall's highest floor; undefined when the edit is refused. */
export function addImportedFloors(editor: Editor, imported: HallDocument, context: readonly DxfFloorLines[], label: string): AddedFloors | undefined {
  const doc = editor.doc;
  const top = [...doc.floors].sort((a, b) => b.elevation - a.elevation)[0];
  const newId = freshIds(doc);
  const floorIds = new Map(imported.floors.map((f) => [f.id, newId('F')]));
  let elevation = top ? top.elevation + top.height : 0;
  const floors: Floor[] = imported.floors.map((f, i) => {
    const storey = (top?.storey ?? 0) + i + 1;
    const elements = cloneElements(f.elements, [0, 0], newId).map((e) => (e.kind === 'vlink' ? { ...e, floors: e.floors.map((id) => floorIds.get(id) ?? id) } : e));
    // Renamed from the sheet's title: the storey it becomes here is not the one it had in its own file.
    const name = storeyFloorName(sheetTitleOf(f.name), storey);
    const floor: Floor = { ...f, id: floorIds.get(f.id)!, name, storey, elevation, elements };
    elevation += f.height;
    return floor;
  });
  const joined = joinLinksBelow(doc, top?.id, floors);
  const cmds = floors.map((f) => addFloor(f, undefined, label));
  if (!editor.execute(batch(label, joined.length ? [...cmds, replaceElements(joined, label)] : cmds))) return undefined;
  return {
    ids: floors.map((f) => f.id),
    context: context.flatMap((c) => (floorIds.has(c.floorId) ? [{ ...c, floorId: floorIds.get(c.floorId)! }] : [])),
  };
}

/**
 * The hall's stairs and lifts that reach its top floor, carried on through every floor the added lowest floor's link
 * of the same kind within 1.5 m serves (as the side-by-side import joins them): the links as they become; the added
 * floor loses the copies they absorbed (in place).
 */
function joinLinksBelow(doc: HallDocument, topId: string | undefined, added: Floor[]): VLink[] {
  const first = added[0];
  if (!topId || !first) return [];
  const joined: VLink[] = [];
  const reaching = doc.floors.flatMap((f) => f.elements.filter((e): e is VLink => e.kind === 'vlink' && e.floors[e.floors.length - 1] === topId));
  first.elements = first.elements.filter((e) => {
    if (e.kind !== 'vlink') return true;
    const below = reaching.find(
      (l) => l.linkKind === e.linkKind && !joined.some((j) => j.id === l.id) && Math.hypot(l.position[0] - e.position[0], l.position[1] - e.position[1]) <= 1.5,
    );
    if (below) joined.push({ ...below, floors: [...below.floors, ...e.floors] });
    return !below;
  });
  return joined;
}
