/**
 * 10,000 random short edit sequences on a small hall: undoing all of them gives back the start document, and every
 * intermediate document saves and loads back equal (so the autosave of any state is restorable).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { History } from '../../../src/core/history';
import { addElements, moveElements, removeElements, rotateElements, setElementField, addFloor, removeFloor, updateFloor, setMeta, type Command } from '../../../src/core/commands';
import { KINDS } from '../../../src/core/kinds/registry';
import { emptyDocument, type HallDocument } from '../../../src/core/document';
import { parseHallText, serializeHall } from '../../../src/core/io';

const start: HallDocument = (() => {
  const d = emptyDocument('小厅 Small hall');
  d.floors[0].outline = [
    [0, 0],
    [20, 0],
    [20, 12],
    [0, 12],
  ];
  d.floors[0].elements = [
    KINDS.wall.create({ id: 'w1', a: [0, 0], b: [20, 0] }),
    KINDS.opening.create({ id: 'd1', wallId: 'w1', position: [10, 0] }),
    KINDS.zone.create({
      id: 'z1',
      type: 'waiting',
      polygon: [
        [2, 2],
        [8, 2],
        [8, 6],
        [2, 6],
      ],
    }),
    KINDS.counter.create({ id: 'c1', type: 'general-intake', position: [12, 8] }),
  ];
  // As a file would hold it: through the loader once, so every default is in place.
  const r = parseHallText(serializeHall(d));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.doc;
})();

type Op =
  | { t: 'add'; x: number; y: number; kind: 'seat' | 'aed' | 'cctv' }
  | { t: 'move'; pick: number; dx: number; dy: number }
  | { t: 'rotate'; pick: number; deg: number }
  | { t: 'remove'; pick: number }
  | { t: 'height'; v: number }
  | { t: 'floor-add' }
  | { t: 'floor-rename'; name: string }
  | { t: 'floor-remove' }
  | { t: 'meta'; level: 'county' | 'city' | 'township'; name: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    t: fc.constant('add' as const),
    x: fc.double({ min: 0, max: 20, noNaN: true }),
    y: fc.double({ min: 0, max: 12, noNaN: true }),
    kind: fc.constantFrom('seat' as const, 'aed' as const, 'cctv' as const),
  }),
  fc.record({ t: fc.constant('move' as const), pick: fc.nat(), dx: fc.double({ min: -3, max: 3, noNaN: true }), dy: fc.double({ min: -3, max: 3, noNaN: true }) }),
  fc.record({ t: fc.constant('rotate' as const), pick: fc.nat(), deg: fc.constantFrom(15, 90, -45, 180) }),
  fc.record({ t: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('height' as const), v: fc.double({ min: 0.6, max: 1.2, noNaN: true }) }),
  fc.constant({ t: 'floor-add' as const }),
  fc.record({ t: fc.constant('floor-rename' as const), name: fc.string({ maxLength: 12 }) }),
  fc.constant({ t: 'floor-remove' as const }),
  fc.record({ t: fc.constant('meta' as const), level: fc.constantFrom('county' as const, 'city' as const, 'township' as const), name: fc.string({ maxLength: 12 }) }),
);

let serial = 0;
function command(doc: HallDocument, o: Op): Command | null {
  const all = doc.floors.flatMap((f) => f.elements);
  const pick = (n: number) => (all.length ? all[n % all.length] : undefined);
  switch (o.t) {
    case 'add':
      return addElements(doc.floors[0].id, [KINDS.point.create({ id: `p-${serial++}`, pointKind: o.kind, position: [o.x, o.y] })]);
    case 'move': {
      const e = pick(o.pick);
      return e ? moveElements([e.id], [o.dx, o.dy]) : null;
    }
    case 'rotate': {
      const e = pick(o.pick);
      return e ? rotateElements([e.id], o.deg, [10, 6]) : null;
    }
    case 'remove': {
      const e = pick(o.pick);
      return e ? removeElements([e.id]) : null;
    }
    case 'height':
      return all.some((e) => e.id === 'c1') ? setElementField('c1', 'top.height', o.v) : null;
    case 'floor-add':
      return addFloor({ id: `FX${serial++}`, name: 'x', storey: 2 + (serial % 50), elevation: 5, height: 4, elements: [] });
    case 'floor-rename':
      return updateFloor(doc.floors[doc.floors.length - 1].id, { name: o.name });
    case 'floor-remove':
      return doc.floors.length > 1 ? removeFloor(doc.floors[doc.floors.length - 1].id) : null;
    case 'meta':
      return setMeta({ level: o.level, name: o.name });
  }
}

describe('edit sequences', () => {
  it('10,000 random sequences: undo all gives the start document; every intermediate document round-trips through save and load', () => {
    const startText = serializeHall(start);
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 4 }), (ops) => {
        const h = new History(start);
        for (const o of ops) {
          const c = command(h.doc, o);
          if (!c) continue;
          h.execute(c);
          const text = serializeHall(h.doc);
          const back = parseHallText(text);
          if (!back.ok) throw new Error(`intermediate document does not load: ${JSON.stringify(back.problems.slice(0, 2))}`);
          expect(back.doc).toEqual(h.doc);
        }
        while (h.undo());
        expect(h.doc).toEqual(start);
        expect(serializeHall(h.doc)).toBe(startText);
      }),
      { numRuns: 10_000 },
    );
  }, 600_000);
});
