/**
 * One floor per file: the floors a DXF import built, added to the open hall instead of replacing it (the 一层.dxf,
 * 二层.dxf … of a drawing set), as one undo step. Each added floor gets fresh floor and element ids and the storey
 * its sheet's title names (ui/dxf/floor-placement.ts), or the next one on top; a stair or lift drawn where one of the
 * hall's reaches the floor the added one stands right on goes on up (one link serving every floor, as the
 * side-by-side import joins them).
 */
import { addFloor, batch, removeElements, replaceElements } from '../../core/commands';
import type { Floor, HallDocument, HallElement } from '../../core/document';
import type { VLink } from '../../core/kinds/vlink';
import { sheetTitleOf, storeyFloorName } from '../../dxf/names';
import type { DxfFloorLines } from '../../dxf/types';
import type { Editor } from '../../editor/editor';
import { cloneElements, freshIds } from '../../editor/clipboard';
import { placeSheets, type SheetPlacement } from './floor-placement';

export interface AddedFloors {
  /** The added floors' ids, lowest first. */
  ids: string[];
  /** The drawing's linework under the added floors, keyed by their new ids. */
  context: DxfFloorLines[];
}

/** Refused: sheets naming storeys the hall already has (to be asked about, or stacked on top with `stack`). */
export interface FloorClashes {
  clashes: SheetPlacement['clashes'];
}

/** The sheets of an imported hall, as placeSheets reads them. */
export const sheetsOf = (imported: HallDocument) => imported.floors.map((f) => ({ title: sheetTitleOf(f.name), height: f.height }));

/**
 * Adds `imported`'s floors to the open hall at the storeys their sheets name (or all on top of the highest floor
 * with `stack`); the clashes when a sheet names a storey the hall has; undefined when the edit is refused.
 */
export function addImportedFloors(editor: Editor, imported: HallDocument, context: readonly DxfFloorLines[], label: string, stack = false): AddedFloors | FloorClashes | undefined {
  const doc = editor.doc;
  const { places, clashes } = placeSheets(doc.floors, sheetsOf(imported), stack);
  if (clashes.length > 0) return { clashes };
  const newId = freshIds(doc);
  const floorIds = new Map(imported.floors.map((f) => [f.id, newId('F')]));
  const floors: Floor[] = imported.floors.map((f, i) => {
    const { storey, elevation } = places[i];
    const elements = cloneElements(f.elements, [0, 0], newId).map((e) => (e.kind === 'vlink' ? { ...e, floors: e.floors.map((id) => floorIds.get(id) ?? id) } : e));
    // Renamed from the sheet's title: the storey it becomes here may not be the one it had in its own file.
    const name = storeyFloorName(sheetTitleOf(f.name), storey);
    return { ...f, id: floorIds.get(f.id)!, name, storey, elevation, elements };
  });
  // The floor the lowest added one stands on: the top floor, or the one under a storey that fills a gap.
  const first = floors[0];
  const below = first && [...doc.floors].filter((f) => f.storey < first.storey).sort((a, b) => b.storey - a.storey)[0];
  const standsOn = below && first.storey === (below.storey === -1 ? 1 : below.storey + 1) && first.elevation === below.elevation + below.height;
  const joined = standsOn ? joinLinksBelow(doc, below.id, floors) : [];
  // The floor standing right on the highest added one (a gap filled): its stairs and lifts join those below.
  const last = floors[floors.length - 1];
  const above = last && doc.floors.find((f) => f.storey === (last.storey === -1 ? 1 : last.storey + 1) && f.elevation === last.elevation + last.height);
  const absorbed = above ? joinLinksAbove(doc, above.id, last.id, floors, joined) : [];
  // Each floor goes in the list where its storey falls, so the list still reads bottom to top.
  const storeys = doc.floors.map((f) => f.storey);
  const cmds = floors.map((f) => {
    const index = storeys.filter((s) => s < f.storey).length;
    storeys.splice(index, 0, f.storey);
    return addFloor(f, index, label);
  });
  if (joined.length) cmds.push(replaceElements(joined, label));
  if (absorbed.length) cmds.push(removeElements(absorbed, label));
  if (!editor.execute(batch(label, cmds))) return undefined;
  return {
    ids: [...floors].sort((a, b) => a.storey - b.storey).map((f) => f.id),
    context: context.flatMap((c) => (floorIds.has(c.floorId) ? [{ ...c, floorId: floorIds.get(c.floorId)! }] : [])),
  };
}

/**
 * The hall's stairs and lifts that reach floor `belowId`, carried on through every floor the added lowest floor's link
 * of the same kind within 1.5 m serves (as the side-by-side import joins them): the links as they become; the added
 * floor loses the copies they absorbed (in place).
 */
function joinLinksBelow(doc: HallDocument, belowId: string, added: Floor[]): VLink[] {
  const first = added[0];
  if (!first) return [];
  const joined: VLink[] = [];
  const reaching = doc.floors.flatMap((f) => f.elements.filter((e): e is VLink => e.kind === 'vlink' && e.floors[e.floors.length - 1] === belowId));
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

/**
 * The hall's stairs and lifts starting on floor `aboveId` (standing right on the highest added floor `topId`, a gap
 * filled), each taken into the link of the same kind within 1.5 m that reaches `topId`: that link goes on up through
 * its floors (changed in place, in `joined` or on the added floor). The ids of the links taken in, to remove.
 */
function joinLinksAbove(doc: HallDocument, aboveId: string, topId: string, added: Floor[], joined: VLink[]): string[] {
  const starting = doc.floors.flatMap((f) => f.elements.filter((e): e is VLink => e.kind === 'vlink' && e.floors[0] === aboveId));
  const taken: string[] = [];
  const grown = new Set<string>();
  for (const l of starting) {
    const reaches = (m: HallElement): m is VLink =>
      m.kind === 'vlink' &&
      m.floors[m.floors.length - 1] === topId &&
      m.linkKind === l.linkKind &&
      !grown.has(m.id) &&
      Math.hypot(m.position[0] - l.position[0], m.position[1] - l.position[1]) <= 1.5;
    const on = [joined, ...added.map((f) => f.elements)].find((list) => list.some(reaches));
    if (!on) continue;
    const k = on.findIndex(reaches);
    const m = on[k] as VLink;
    on[k] = { ...m, floors: [...m.floors, ...l.floors] };
    grown.add(m.id);
    taken.push(l.id);
  }
  return taken;
}
