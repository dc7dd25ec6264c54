/**
 * Where sheets added to the open hall go (one floor per file). A sheet whose title names its storey goes to that
 * storey, as a level keeps its name in Revit: 三层平面图 added to a hall with only 1F becomes 3F, and the missing 2F
 * is not invented; its elevation is counted from the floor below it, every missing storey taken as high as that
 * floor (a basement sheet, below every floor, counts down by its own height). A sheet naming no storey goes on top. A
 * sheet naming a storey the hall already has is a clash: the user is asked, and may stack every sheet on top instead,
 * as the next storeys in the order picked.
 */
import type { Floor } from '../../core/document';
import { r3 } from '../../dxf/ids';
import { sheetStoreys, storeyFloorName, titleStorey } from '../../dxf/names';

type Level = Pick<Floor, 'storey' | 'elevation' | 'height'>;

export interface SheetToPlace {
  /** The sheet's title (undefined where the drawing had none). */
  title: string | undefined;
  /** The floor-to-floor height the import gave it. */
  height: number;
}

export interface SheetPlacement {
  /** Per sheet, in the order given. */
  places: { storey: number; elevation: number }[];
  /** Sheets naming a storey the hall (or an earlier sheet) already has: placed on top here, to ask about. */
  clashes: { title: string; storey: number }[];
}

/** Storeys from `a` up to `b` (a < b) as floors stand: a hall has no storey 0, so −1 is right under 1. */
const levelsBetween = (a: number, b: number): number => b - a - (a < 0 && b > 0 ? 1 : 0);

/** The storey right above `storey` (−1 is followed by 1). */
const nextStorey = (storey: number): number => (storey === -1 ? 1 : storey + 1);

/** The elevation of storey `storey`, counted from the floors already standing (none: ground level). */
function elevationOf(levels: readonly Level[], storey: number, height: number): number {
  const below = levels.filter((l) => l.storey < storey).sort((a, b) => b.storey - a.storey)[0];
  if (below) return below.elevation + below.height * levelsBetween(below.storey, storey);
  const above = levels.filter((l) => l.storey > storey).sort((a, b) => a.storey - b.storey)[0];
  return above ? above.elevation - height * levelsBetween(storey, above.storey) : 0;
}

/**
 * The storeys and elevations `sheets` take in a hall of `floors`: by their titles, or, with `stack`, every one on
 * top of the highest floor in turn.
 */
export function placeSheets(floors: readonly Level[], sheets: readonly SheetToPlace[], stack = false): SheetPlacement {
  const levels: Level[] = floors.map((f) => ({ storey: f.storey, elevation: f.elevation, height: f.height }));
  const titles = sheets.map((s) => s.title);
  // The storeys the import itself gave: a title that breaks the sheets' order names nothing here either.
  const own = sheetStoreys(titles);
  const places: SheetPlacement['places'] = [];
  const clashes: SheetPlacement['clashes'] = [];
  sheets.forEach((sheet, i) => {
    const named = !stack && titleStorey(sheet.title) === own[i] ? own[i] : undefined;
    const taken = named !== undefined && levels.some((l) => l.storey === named);
    if (taken && sheet.title) clashes.push({ title: sheet.title, storey: named });
    let place: { storey: number; elevation: number };
    if (named !== undefined && !taken) place = { storey: named, elevation: elevationOf(levels, named, sheet.height) };
    else {
      const top = [...levels].sort((a, b) => b.storey - a.storey)[0];
      place = top ? { storey: nextStorey(top.storey), elevation: top.elevation + top.height } : { storey: 1, elevation: 0 };
    }
    place.elevation = r3(place.elevation);
    places.push(place);
    // A clashing sheet has no place yet: it does not take the storey a later sheet names.
    if (!taken) levels.push({ ...place, height: sheet.height });
  });
  return { places, clashes };
}

/** The floor names the chosen plan frames would take in the open hall, and their clashes (for the import dialog). */
export function framePlacement(floors: readonly Level[], titles: readonly (string | undefined)[], stack: boolean): SheetPlacement & { names: string[] } {
  // Storeys do not depend on the sheets' heights; the floor below's height stands in for the one the import gives.
  const height = floors[0]?.height ?? 0;
  const placement = placeSheets(
    floors,
    titles.map((title) => ({ title, height })),
    stack,
  );
  return { ...placement, names: placement.places.map((p, i) => storeyFloorName(titles[i], p.storey)) };
}
