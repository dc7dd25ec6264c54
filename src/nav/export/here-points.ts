/** "You are here" points: signs marked youAreHere or of kind layout-map/floor-directory, and public entrances. */
import type { HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { ENTRANCE_KINDS, SIGN_KINDS } from '../../core/vocab';
import { insideRing } from '../../core/geometry/ring';

export interface HerePoint {
  id: string;
  floorId: string;
  floorName: string;
  position: Vec2;
  zh: string;
  en: string;
  /** Coming in through a door, or standing at a sign. */
  via: 'entrance' | 'sign';
  /** Unit vector the person faces there: into the building through a door, towards the face of a sign. */
  facing: Vec2;
}

/** A sign's own text names it when it is a name, not a whole directory. */
const short = (t: string | undefined, max = 12) => (t && t.length <= max && !/[|\n]/.test(t) ? t : undefined);

const r3 = (v: number) => Math.round(v * 1000) / 1000 || 0;

/** The door's normal that points into the floor (its outline, else the middle of its walls). */
function inward(doc: HallDocument, floorId: string, p: Vec2, rotation: number): Vec2 {
  const a = (rotation * Math.PI) / 180;
  const n: Vec2 = [-Math.sin(a), Math.cos(a)];
  const f = doc.floors.find((x) => x.id === floorId);
  const probe: Vec2 = [p[0] + n[0], p[1] + n[1]];
  if (f?.outline?.length) return insideRing(probe, f.outline) ? n : [-n[0], -n[1]];
  const pts = f?.elements.flatMap((e) => (e.kind === 'wall' ? [e.a, e.b] : [])) ?? [];
  if (!pts.length) return n;
  const c = pts.reduce<Vec2>((s, q) => [s[0] + q[0] / pts.length, s[1] + q[1] / pts.length], [0, 0]);
  return (c[0] - p[0]) * n[0] + (c[1] - p[1]) * n[1] >= 0 ? n : [-n[0], -n[1]];
}

export function herePoints(doc: HallDocument): HerePoint[] {
  const out: HerePoint[] = [];
  for (const f of doc.floors) {
    for (const e of f.elements) {
      if (e.kind === 'sign' && (e.youAreHere || e.signKind === 'layout-map' || e.signKind === 'floor-directory')) {
        // A sign's face is its local +y; the reader stands in front of it looking back at it.
        const a = (e.rotation * Math.PI) / 180;
        const facing: Vec2 = [r3(Math.sin(a)), r3(-Math.cos(a))];
        out.push({
          id: e.id,
          floorId: f.id,
          floorName: f.name,
          position: e.position,
          zh: e.name ?? short(e.text?.zh) ?? SIGN_KINDS[e.signKind].zh,
          en: short(e.text?.en, 24) ?? SIGN_KINDS[e.signKind].en,
          via: 'sign',
          facing,
        });
      } else if (e.kind === 'opening' && (e.entrance === 'main' || e.entrance === 'secondary' || e.entrance === '24h')) {
        const n = inward(doc, f.id, e.position, e.rotation);
        out.push({
          id: e.id,
          floorId: f.id,
          floorName: f.name,
          position: e.position,
          zh: e.name ?? ENTRANCE_KINDS[e.entrance].zh,
          en: ENTRANCE_KINDS[e.entrance].en,
          via: 'entrance',
          facing: [r3(n[0]), r3(n[1])],
        });
      }
    }
  }
  return out;
}
