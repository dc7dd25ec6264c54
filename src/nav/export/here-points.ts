/** "You are here" points: signs marked youAreHere or of kind layout-map/floor-directory, and public entrances. */
import type { HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { ENTRANCE_KINDS, SIGN_KINDS } from '../../core/vocab';

export interface HerePoint {
  id: string;
  floorId: string;
  floorName: string;
  position: Vec2;
  zh: string;
  en: string;
}

export function herePoints(doc: HallDocument): HerePoint[] {
  const out: HerePoint[] = [];
  for (const f of doc.floors) {
    for (const e of f.elements) {
      if (e.kind === 'sign' && (e.youAreHere || e.signKind === 'layout-map' || e.signKind === 'floor-directory')) {
        out.push({ id: e.id, floorId: f.id, floorName: f.name, position: e.position, zh: e.name ?? SIGN_KINDS[e.signKind].zh, en: SIGN_KINDS[e.signKind].en });
      } else if (e.kind === 'opening' && (e.entrance === 'main' || e.entrance === 'secondary' || e.entrance === '24h')) {
        out.push({ id: e.id, floorId: f.id, floorName: f.name, position: e.position, zh: e.name ?? ENTRANCE_KINDS[e.entrance].zh, en: ENTRANCE_KINDS[e.entrance].en });
      }
    }
  }
  return out;
}
