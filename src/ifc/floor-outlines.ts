/**
 * Gives every imported storey that has elements its floor outline (storey-outline.ts): from the floor slabs whose
 * top lies at the storey's level, else from its rooms. A slab belongs to the storey at its top face, not to the one
 * it is filed under: ArchiCAD files a storey's ceiling slab under the storey below, Revit under the level it carries.
 */
import type { ImportWarning } from './types';
import type { Floor } from '../core/document';
import { kindOf } from '../core/kinds/registry';
import type { Polygon } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';
import { triangleOutline } from './footprint';
import { storeyOutline, typicalWallThickness } from './storey-outline';

export interface SlabGeom {
  /** The floor the model files the slab under, used when no storey is at its top face. */
  filedUnder: number;
  /** World height of its top face, metres. */
  top: number;
  tris: ArrayLike<number>;
  up?: ArrayLike<number>;
}

/** A slab's top this far above or below a storey's level still carries that storey (finishes, screed, set-downs). */
const LEVEL_TOLERANCE_M = 0.6;

function floorAtTop(floors: readonly Floor[], s: SlabGeom): number {
  let best = -1;
  let bd = LEVEL_TOLERANCE_M;
  floors.forEach((f, i) => {
    const d = Math.abs(f.elevation - s.top);
    if (d <= bd) {
      bd = d;
      best = i;
    }
  });
  return best >= 0 ? best : s.filedUnder;
}

/**
 * Sets `outline` on each floor with elements and none of its own, from rooms only where `fromRooms` allows it;
 * says in `warnings` where it came from.
 */
export function addFloorOutlines(floors: Floor[], slabs: readonly SlabGeom[], round: (p: Vec2) => Vec2, warnings: ImportWarning[], fromRooms: readonly boolean[]): void {
  const slabsOf = floors.map(() => [] as Polygon[]);
  for (const s of slabs) {
    const o = triangleOutline(s.tris, undefined, s.up);
    if (o) slabsOf[floorAtTop(floors, s)]?.push(o.polygon);
  }
  floors.forEach((f, i) => {
    if (f.outline || f.elements.length === 0) return;
    if (!slabsOf[i].length && !fromRooms[i]) return;
    const rooms = f.elements.flatMap((e) => (e.kind === 'zone' ? [e.polygon] : []));
    const walls = f.elements.flatMap((e) => (e.kind === 'wall' ? [e] : []));
    const wallShapes = walls.flatMap((w) => {
      const fp = kindOf(w).footprint(w);
      return fp ? [fp] : [];
    });
    const got = storeyOutline(slabsOf[i], rooms, wallShapes, typicalWallThickness(walls.map((w) => w.thickness)));
    if (!got) {
      warnings.push({
        en: `storey "${f.name}": no floor slab and no rooms to take a floor outline from; draw it with the outline tool`,
        zh: `楼层“${f.name}”无楼板也无房间可取轮廓，请用轮廓工具绘制`,
      });
      return;
    }
    // rebuilt in the schema's key order, which the importer's cheap validity check (valid-hall.ts) expects
    const { elements, ifcGlobalId, ...head } = f;
    floors[i] = { ...head, outline: got.outline.map(round), elements, ...(ifcGlobalId !== undefined ? { ifcGlobalId } : {}) };
    if (got.source === 'spaces') warnings.push({ en: `storey "${f.name}": no floor slab; its outline is the union of its rooms`, zh: `楼层“${f.name}”无楼板，轮廓取其房间的并集` });
    if (got.droppedParts > 0)
      warnings.push({
        en: `storey "${f.name}": ${got.droppedParts} separate part${got.droppedParts > 1 ? 's' : ''} of the floor left out of its outline`,
        zh: `楼层“${f.name}”有 ${got.droppedParts} 块未计入轮廓`,
      });
  });
}
