/**
 * zone.waiting-adjacent says why when there is no walking distance to give: no service area in the hall,
 * or none reachable on foot from the waiting area. (A number of metres is given otherwise; the finite
 * case is every-rule.test.ts's mutation.)
 */
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../src/core/document';
import { KINDS } from '../../../src/core/kinds/registry';
import { checkHall } from '../../../src/rules';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const onF1 = (doc: HallDocument, els: ReturnType<typeof KINDS.zone.create>[]) => ({
  ...doc,
  floors: doc.floors.map((f) => (f.id === 'F1' ? { ...f, elements: [...f.elements, ...els] } : f)),
});
const findingsOn = (doc: HallDocument, id: string) => checkHall(doc).findings.filter((f) => f.ruleId === 'zone.waiting-adjacent' && f.elementIds.includes(id));

describe('zone.waiting-adjacent messages', () => {
  it('a walled-in waiting area: none reachable on foot, not "∞ m"', () => {
    // A closed room of walls in the open hall with a waiting zone inside.
    const room: [number, number][] = [
      [2, 2],
      [6, 2],
      [6, 6],
      [2, 6],
    ];
    const walls = room.map((a, i) => KINDS.wall.create({ id: `box-${i}`, a, b: room[(i + 1) % 4], thickness: 0.2 }));
    const doc = onF1(county, [
      ...walls,
      KINDS.zone.create({
        id: 'shut-wait',
        name: '封闭等候',
        type: 'waiting',
        polygon: [
          [2.5, 2.5],
          [5.5, 2.5],
          [5.5, 5.5],
          [2.5, 5.5],
        ],
      }),
    ] as never);
    const [f] = findingsOn(doc, 'shut-wait');
    expect(f).toBeDefined();
    expect(f.message.zh).toContain('步行无法到达');
    expect(f.message.en).toContain('can be reached on foot');
    expect(f.message.zh + f.message.en).not.toContain('∞');
    expect(f.data).toEqual({ maxM: expect.any(Number), reachable: false });
  });

  it('a hall with no service area at all says so', () => {
    const service = new Set(['counter-service', 'consultation', 'self-service']);
    const bare: HallDocument = {
      ...county,
      floors: county.floors.map((f) => ({ ...f, elements: f.elements.filter((e) => !(e.kind === 'zone' && (service.has(e.type) || e.also.some((t) => service.has(t))))) })),
    };
    const waiting = bare.floors.flatMap((f) => f.elements).find((e) => e.kind === 'zone' && e.type === 'waiting')!;
    const [f] = findingsOn(bare, waiting.id);
    expect(f).toBeDefined();
    expect(f.message.zh).toContain('还没有这类功能区');
    expect(f.message.en).toContain('the hall has none yet');
  });
});
