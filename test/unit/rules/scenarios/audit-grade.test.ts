/**
 * The auditor's third pass on the fire-resistance grade. GB 50016's one escape stair (表 5.5.8) and open-hall escape
 * travel (§5.5.17-4, 30 m) are figures for grade 一、二级 buildings; a plan does not record the grade. The checker
 * judges by grade I or II and a finding resting on it says so, so a reviewer holding another grade re-judges it;
 * the ground floor's one exit (§5.5.8-1: 200 m², 50 people) does not depend on the grade and says nothing of it.
 */
import type { HallLevel, PresetId } from '../../../../src/core/vocab';
import { type Row, audit, fails, pass } from './audit-lib';
import { box, counter, door, hall, point, vlink, zone } from './hall';

const ASSUMED = 'fire-resistance grade I or II assumed';

/** Storeys of 10 × 10 m joined by one stair, the main door on storey 1; `people[i]` on storey i + 1. */
const storeys = (p: PresetId, level: HallLevel, people: number[]) =>
  hall({
    preset: p,
    level,
    floors: people.map((n, i) => ({
      size: [10, 10] as [number, number],
      noMain: true,
      elements: [
        ...(i === 0
          ? [
              door([5, 0], { id: 'main', entrance: 'main', width: 1.5, wallId: 'wall-s' }),
              vlink(
                'stair',
                [8, 8],
                people.map((_, k) => `F${k + 1}`),
                { id: 'st', size: { w: 1.2, d: 3 } },
              ),
            ]
          : []),
        zone('counter-service', box(0.5, 0.5, 6.5, 9.5), { id: `cs${i + 1}` }),
        counter('general-intake', [3, 8]),
        point('seat', [3, 5], { count: n - 1 }),
      ],
    })),
  });

/** A w × 12 m open hall whose only exit is its main door mid-south. */
const openHall = (p: PresetId, w: number) =>
  hall({
    preset: p,
    floors: [
      {
        size: [w, 12],
        noMain: true,
        elements: [door([w / 2, 0], { id: 'main', entrance: 'main', width: 1.8, wallId: 'wall-s' }), zone('waiting', box(0.5, 0.5, w - 0.5, 11.5), { id: 'wz' })],
      },
    ],
  });

function rows(p: PresetId): Row[] {
  return [
    { name: 'one stair: three storeys, 25 + 25 people upstairs (grade I/II figures)', doc: () => storeys(p, 'township', [10, 25, 25]), rule: 'safety.exits', want: pass },
    {
      name: 'one stair: 26 + 25 people upstairs fails, and says the grade was assumed',
      doc: () => storeys(p, 'township', [10, 26, 25]),
      rule: 'safety.exits',
      want: fails('error', { count: 2, says: ['1 exit', ASSUMED] }),
    },
    {
      name: 'one exit on a 201 m² ground floor: the grade plays no part and is not named',
      doc: () =>
        hall({
          preset: p,
          level: 'township',
          floors: [
            { size: [20.1, 10], noMain: true, elements: [door([10, 0], { id: 'main', entrance: 'main', width: 1.5, wallId: 'wall-s' }), zone('waiting', box(1, 1, 19, 9))] },
          ],
        }),
      rule: 'safety.exits',
      want: fails('error', { count: 1, says: ['1 exit'], notSays: [ASSUMED] }),
    },
    { name: 'travel: far corners 27.1 m from the only exit', doc: () => openHall(p, 50), rule: 'safety.travel-distance', want: pass },
    {
      name: 'travel: far corners 31.7 m from the only exit fails 30 m, and says the grade was assumed',
      doc: () => openHall(p, 60),
      rule: 'safety.travel-distance',
      want: fails('error', { names: ['wz'], says: ['max 30 m', ASSUMED] }),
      limit: 30,
    },
  ];
}

for (const p of ['hunan', 'hainan', 'jiangxi'] as PresetId[]) audit(p, rows(p));
