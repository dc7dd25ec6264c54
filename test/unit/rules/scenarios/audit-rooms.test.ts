/**
 * The auditor's third pass on escape from a room (GB 50016-2014 §5.5.17-3, restated: 房间内任一点至房间直通疏散走道的
 * 疏散门的直线距离 at most table 5.5.17's dead-end figure, 22 m for grade 一、二级, 25 % more with sprinklers). A
 * room walled off the open hall is not measured along the whole walk to the exit against the hall's 30 m: each of its
 * points is held to 22 m in a straight line to the room's own door, and the door, standing in the hall, to the
 * hall's 30 m (§5.5.17-4). The hall is w × h m, its only exit the main door; the room fills its north-east corner
 * behind a west and a south wall, its door in the south wall.
 */
import type { PresetId } from '../../../../src/core/vocab';
import { type Row, audit, fails, pass } from './audit-lib';
import { box, door, hall, wall, zone } from './hall';

interface Room {
  w: number;
  h: number;
  /** The exit's x on the south wall. */
  exitX: number;
  /** The room's west and south walls, and its north-east corner. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The room door's x on the room's south wall. */
  doorX: number;
  sprinklers?: boolean;
}

const roomHall = (p: PresetId, r: Room) =>
  hall({
    preset: p,
    sprinklers: r.sprinklers ?? false,
    floors: [
      {
        size: [r.w, r.h],
        noMain: true,
        elements: [
          door([r.exitX, 0], { id: 'main', entrance: 'main', width: 1.8, wallId: 'wall-s' }),
          zone('waiting', box(0.5, 0.5, r.x0 - 0.5, r.y0 - 0.5), { id: 'wz' }),
          wall([r.x0, r.y0], [r.x0, r.h], { id: 'rw' }),
          wall([r.x0, r.y0], [r.w, r.y0], { id: 'rs' }),
          door([r.doorX, r.y0], { id: 'rd', width: 1.0, wallId: 'rs' }),
          zone('mediation', box(r.x0, r.y0, r.x1, r.y1), { id: 'room' }),
        ],
      },
    ],
  });

/**
 * A room whose far corner is `d` m from its door (a 3-4-5 triangle: 0.8 d east, 0.6 d north), the door 13.4 m from
 * the exit in a straight line across the open hall: the walk from the corner is d + 13.4 m, beyond 30 m for d ≥ 17.
 */
const farCorner = (d: number, sprinklers = false): Room => ({ w: 50, h: 30, exitX: 20, x0: 24, y0: 12, x1: 26 + 0.8 * d, y1: 12 + 0.6 * d, doorX: 26, sprinklers });

function rows(p: PresetId): Row[] {
  const room = (r: Room) => () => roomHall(p, r);
  return [
    {
      name: 'room: far corner 18.4 m from its door, the door 13.4 m from the exit (a 31.9 m walk)',
      doc: room({ w: 40, h: 24, exitX: 20, x0: 24, y0: 12, x1: 40, y1: 24, doorX: 26 }),
      rule: 'safety.travel-distance',
      want: pass,
    },
    { name: 'room: far corner 22.0 m from its door (不应大于 22 m)', doc: room(farCorner(22)), rule: 'safety.travel-distance', want: pass },
    { name: 'room: far corner 22.2 m from its door', doc: room(farCorner(22.2)), rule: 'safety.travel-distance', want: fails('error', { names: ['room'] }) },
    { name: 'room: far corner 27.5 m from its door with sprinklers (22 m × 1.25)', doc: room(farCorner(27.5, true)), rule: 'safety.travel-distance', want: pass },
    { name: 'room: far corner 27.7 m from its door with sprinklers', doc: room(farCorner(27.7, true)), rule: 'safety.travel-distance', want: fails('error', { names: ['room'] }) },
    {
      name: 'room: every point within 18 m of its door, the door 42.7 m from the only exit',
      doc: room({ w: 60, h: 26, exitX: 5, x0: 44, y0: 12, x1: 60, y1: 26, doorX: 46 }),
      rule: 'safety.travel-distance',
      want: fails('error', { names: ['room'] }),
    },
  ];
}

for (const p of ['hunan', 'hainan', 'jiangxi'] as PresetId[]) audit(p, rows(p));
