/**
 * The auditor's second pass on escape and lifts, under every province (the national codes apply to each):
 * - exits (GB 55037 §7.4.2 / GB 50016 §5.5.8, restated: the texts are not supplied): one exit for a ground floor of at
 *   most 200 m² and 50 people; one escape stair for a building of at most three storeys, each at most 200 m², with at
 *   most 50 people on the second and third storeys together (table 5.5.8, grade 一、二级); a stair on the ground floor
 *   leads up and is no exit;
 * - escape travel (GB 50016 §5.5.17-4: 室内任一点至最近疏散门或安全出口的直线距离): every point, corners included,
 *   in a straight line through the open hall whatever furniture stands between, along the walk round walls;
 * - hainan §6.3.3.1 d 如场所为多楼层应设置无障碍电梯: the place counts its back office's floors too.
 */
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { HallLevel, PresetId } from '../../../../src/core/vocab';
import { type Row, audit, fails, pass } from './audit-lib';
import { box, counter, door, hall, obstacle, point, vlink, wall, zone } from './hall';

/** Storeys of w × h m with one stair through them all and the main door on storey 1; `people[i]` on storey i + 1. */
const storeys = (p: PresetId, level: HallLevel, w: number, h: number, people: number[]) =>
  hall({
    preset: p,
    level,
    floors: people.map((n, i) => ({
      size: [w, h] as [number, number],
      noMain: true,
      elements: [
        ...(i === 0
          ? [
              door([w / 2, 0], { id: 'main', entrance: 'main', width: 1.5, wallId: 'wall-s' }),
              vlink(
                'stair',
                [w - 2, h - 2],
                people.map((_, k) => `F${k + 1}`),
                { id: 'st', size: { w: 1.2, d: 3 } },
              ),
            ]
          : []),
        zone('counter-service', box(0.5, 0.5, w - 3.5, h - 0.5), { id: `cs${i + 1}` }),
        counter('general-intake', [w / 3, h - 2]),
        point('seat', [w / 3, h / 2], { count: n - 1 }),
      ],
    })),
  });

/** A w × 12 m hall whose only exit is its main door mid-south, with `block` between the door and the far corners. */
const travelHall = (p: PresetId, w: number, block: HallElement[] = [], sprinklers = false) =>
  hall({
    preset: p,
    sprinklers,
    floors: [
      {
        size: [w, 12],
        noMain: true,
        elements: [door([w / 2, 0], { id: 'main', entrance: 'main', width: 1.8, wallId: 'wall-s' }), zone('waiting', box(0.5, 0.5, w - 0.5, 11.5), { id: 'wz' }), ...block],
      },
    ],
  });
/** A 45 m row of desks 1.1 m high from the west wall, between the door and the north-west corner. */
const deskRow = (): HallElement[] => [obstacle(box(0, 4, 45, 5), { id: 'row', height: 1.1 })];

/** Two floors: counters below, and on 2F only `upper` (a back office), reached by a stair. */
const officeUpstairs = (p: PresetId, level: HallLevel, upper: HallElement[], lift = false) =>
  hall({
    preset: p,
    level,
    floors: [
      {
        elements: [
          zone('counter-service', box(2, 2, 10, 8)),
          vlink('stair', [25, 15], ['F1', 'F2']),
          ...(lift ? [vlink('elevator', [20, 15], ['F1', 'F2'], { accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } })] : []),
        ],
      },
      { elements: upper },
    ],
  });

function rows(p: PresetId): Row[] {
  const office = () => [zone('back-office', box(2, 10, 10, 16), { id: 'bo2' })];
  // The corners of the w = 50 hall are 27.1 m from the door in a straight line, those of the w = 60 hall 31.7 m.
  return [
    { name: 'exits: two storeys of 100 m², 10 people on each, one stair (表 5.5.8)', doc: () => storeys(p, 'village', 10, 10, [10, 10]), rule: 'safety.exits', want: pass },
    { name: 'exits: three storeys of 100 m², 25 + 25 people upstairs, one stair', doc: () => storeys(p, 'township', 10, 10, [10, 25, 25]), rule: 'safety.exits', want: pass },
    {
      name: 'exits: three storeys of 100 m², 26 + 25 people upstairs, one stair',
      doc: () => storeys(p, 'township', 10, 10, [10, 26, 25]),
      rule: 'safety.exits',
      want: fails('error', { count: 2, says: ['1 exit'] }),
    },
    {
      name: 'exits: four storeys of 100 m², one stair',
      doc: () => storeys(p, 'township', 10, 10, [10, 5, 5, 5]),
      rule: 'safety.exits',
      want: fails('error', { count: 3, says: ['1 exit'] }),
    },
    {
      name: 'exits: two storeys of 201 m², one stair',
      doc: () => storeys(p, 'township', 20.1, 10, [10, 10]),
      rule: 'safety.exits',
      want: fails('error', { count: 2, says: ['1 exit'] }),
    },
    {
      name: 'exits: a 600 m² ground floor with its main door and a stair up has one exit',
      doc: () => hall({ preset: p, floors: [{ elements: [zone('waiting', box(1, 1, 20, 19)), vlink('stair', [25, 15], ['F1', 'F2'])] }, { elements: [] }] }),
      rule: 'safety.exits',
      want: fails('error', { count: 1, says: ['1F has 1 exit'] }),
      floor: 'F1',
    },
    { name: 'travel: the far corners 27.1 m straight from the only exit', doc: () => travelHall(p, 50), rule: 'safety.travel-distance', want: pass },
    {
      name: 'travel: the far corners 31.7 m straight (任一点)',
      doc: () => travelHall(p, 60),
      rule: 'safety.travel-distance',
      want: fails('error', { names: ['wz'], says: ['max 30 m'] }),
      limit: 30,
    },
    { name: 'travel: 31.7 m with sprinklers (30 m × 1.25)', doc: () => travelHall(p, 60, [], true), rule: 'safety.travel-distance', want: pass },
    {
      name: 'travel: 27.1 m straight past a row of desks (直线距离), a 66 m walk',
      doc: () => travelHall(p, 50, deskRow()),
      rule: 'safety.travel-distance',
      want: pass,
    },
    {
      name: 'travel: 27.1 m straight through a wall, a 66 m walk round it',
      doc: () => travelHall(p, 50, [wall([0, 4.5], [45, 4.5], { id: 'pw' })]),
      rule: 'safety.travel-distance',
      want: fails('error', { names: ['wz'] }),
    },
    {
      name: 'lift: only the back office upstairs, stair only',
      doc: () => officeUpstairs(p, 'county', office()),
      rule: 'access.elevator',
      want: p === 'hainan' ? fails('error', { says: ['there is none'] }) : { status: 'na' },
    },
    {
      name: 'lift: only the back office upstairs, with an accessible lift',
      doc: () => officeUpstairs(p, 'county', office(), true),
      rule: 'access.elevator',
      want: p === 'hainan' ? pass : { status: 'na' },
    },
    {
      name: 'lift: township, only the back office upstairs, stair only',
      doc: () => officeUpstairs(p, 'township', office()),
      rule: 'access.elevator',
      want: p === 'hainan' ? fails('warning') : { status: 'na' },
    },
    { name: 'lift: nothing drawn upstairs', doc: () => officeUpstairs(p, 'county', []), rule: 'access.elevator', want: { status: 'na' } },
  ];
}

for (const p of ['hunan', 'hainan', 'jiangxi'] as PresetId[]) audit(p, rows(p));
