/** Property tests over the core: random edits undo to the start; save/load round trips; mangled files never crash. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { History } from '../../src/core/history';
import { addElements, moveElements, removeElements, rotateElements, setElementField, addFloor, removeFloor, updateFloor, setMeta, type Command } from '../../src/core/commands';
import { KINDS } from '../../src/core/kinds/registry';
import { parseHallText, parseHallValue, serializeHall } from '../../src/core/io';
import { loadSample } from '../unit/core/helpers';
import type { HallDocument } from '../../src/core/document';

const county = loadSample('county-hall');
const township = loadSample('township-hall');

type Op =
  | { t: 'add'; x: number; y: number; kind: 'seat' | 'aed' }
  | { t: 'move'; pick: number; dx: number; dy: number }
  | { t: 'rotate'; pick: number; deg: number }
  | { t: 'remove'; pick: number }
  | { t: 'field'; pick: number; v: number }
  | { t: 'floor-add' }
  | { t: 'floor-rename'; name: string }
  | { t: 'floor-remove' }
  | { t: 'meta'; level: 'county' | 'city' | 'township' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    t: fc.constant('add' as const),
    x: fc.double({ min: 0, max: 60, noNaN: true }),
    y: fc.double({ min: 0, max: 40, noNaN: true }),
    kind: fc.constantFrom('seat' as const, 'aed' as const),
  }),
  fc.record({ t: fc.constant('move' as const), pick: fc.nat(), dx: fc.double({ min: -5, max: 5, noNaN: true }), dy: fc.double({ min: -5, max: 5, noNaN: true }) }),
  fc.record({ t: fc.constant('rotate' as const), pick: fc.nat(), deg: fc.constantFrom(15, 90, -45, 180) }),
  fc.record({ t: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('field' as const), pick: fc.nat(), v: fc.double({ min: 0.5, max: 1.2, noNaN: true }) }),
  fc.constant({ t: 'floor-add' as const }),
  fc.record({ t: fc.constant('floor-rename' as const), name: fc.string({ maxLength: 20 }) }),
  fc.constant({ t: 'floor-remove' as const }),
  fc.record({ t: fc.constant('meta' as const), level: fc.constantFrom('county' as const, 'city' as const, 'township' as const) }),
);

let serial = 0;
function toCommand(doc: HallDocument, op: Op): Command | null {
  const all = doc.floors.flatMap((f) => f.elements);
  const pick = (n: number) => (all.length ? all[n % all.length] : undefined);
  switch (op.t) {
    case 'add':
      return addElements(doc.floors[0].id, [KINDS.point.create({ id: `p-${serial++}`, pointKind: op.kind, position: [op.x, op.y] })]);
    case 'move': {
      const e = pick(op.pick);
      return e ? moveElements([e.id], [op.dx, op.dy]) : null;
    }
    case 'rotate': {
      const e = pick(op.pick);
      return e ? rotateElements([e.id], op.deg, [30, 20]) : null;
    }
    case 'remove': {
      const e = pick(op.pick);
      return e ? removeElements([e.id]) : null;
    }
    case 'field': {
      const c = all.find((e, i) => e.kind === 'counter' && i >= op.pick % Math.max(1, all.length)) ?? all.find((e) => e.kind === 'counter');
      return c ? setElementField(c.id, 'top.height', op.v) : null;
    }
    case 'floor-add':
      return addFloor({ id: `FX${serial++}`, name: 'x', storey: 9, elevation: 40, height: 4, elements: [] });
    case 'floor-rename':
      return updateFloor(doc.floors[doc.floors.length - 1].id, { name: op.name });
    case 'floor-remove':
      return doc.floors.length > 1 ? removeFloor(doc.floors[doc.floors.length - 1].id) : null;
    case 'meta':
      return setMeta({ level: op.level });
  }
}

describe('core properties', () => {
  it('a random sequence of edits, then undo all, gives back the starting document; redo all gives the end', () => {
    fc.assert(
      fc.property(fc.constantFrom(county, township), fc.array(opArb, { minLength: 1, maxLength: 40 }), (start, ops) => {
        const h = new History(start);
        for (const op of ops) {
          const cmd = toCommand(h.doc, op);
          if (cmd) h.execute(cmd);
        }
        const end = h.doc;
        while (h.undo());
        expect(h.doc).toEqual(start);
        while (h.redo());
        expect(h.doc).toEqual(end);
      }),
      { numRuns: 60 },
    );
  });

  it('save then load gives an equal document after random edits', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 20 }), (ops) => {
        const h = new History(township);
        for (const op of ops) {
          const cmd = toCommand(h.doc, op);
          if (cmd) h.execute(cmd);
        }
        const r = parseHallText(serializeHall(h.doc));
        if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
        expect(r.doc).toEqual(h.doc);
      }),
      { numRuns: 40 },
    );
  });

  it('mangled files never crash the loader and always say what is wrong', () => {
    const text = serializeHall(township);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ cut: fc.nat({ max: text.length }) }).map(({ cut }) => text.slice(0, cut)),
          fc.record({ at: fc.nat({ max: text.length - 1 }), ch: fc.string({ minLength: 1, maxLength: 3 }) }).map(({ at, ch }) => text.slice(0, at) + ch + text.slice(at + 1)),
          fc.string({ maxLength: 200 }),
          fc.json(),
        ),
        (mangled) => {
          const r = parseHallText(mangled);
          if (!r.ok) {
            expect(r.problems.length).toBeGreaterThan(0);
            for (const p of r.problems) expect(typeof p.message).toBe('string');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('structurally mangled documents (random values at random paths) never crash the loader', () => {
    const base = JSON.parse(serializeHall(township));
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      if (p.length > 6) return;
      paths.push(p);
      if (Array.isArray(v)) v.slice(0, 4).forEach((x, i) => walk(x, [...p, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.nat({ max: paths.length - 1 }), fc.anything(), (i, value) => {
        const copy = structuredClone(base);
        const p = paths[i];
        if (p.length === 0) return;
        let o = copy;
        for (const k of p.slice(0, -1)) o = o[k];
        o[p[p.length - 1]] = value;
        const r = parseHallValue(copy);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
