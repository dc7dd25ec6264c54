import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyDocPatch, diffDoc } from '../../../src/core/sync';
import { moveElements, removeElements, setElementField } from '../../../src/core/commands';
import { updateFloor, setMeta } from '../../../src/core/commands';
import type { HallDocument } from '../../../src/core/document';
import { loadSample } from './helpers';

const county = loadSample('county-hall');
/** What postMessage does to a patch on its way to the worker. */
const wire = <T>(x: T): T => structuredClone(x);

describe('document patches to the check worker', () => {
  it('a full copy, then patches that keep unchanged floors and elements by identity', () => {
    const a = applyDocPatch(undefined, wire(diffDoc(undefined, county, 1, -1)));
    expect(a).toEqual(county);
    const seat = county.floors[1].elements.find((e) => e.kind === 'point')!;
    const next = moveElements([seat.id], [1, 0]).apply(county).doc;
    const p = wire(diffDoc(county, next, 2, 1));
    // Only the moved element travels.
    expect(p.floors[0]).toEqual({ same: 0 });
    const sent = (p.floors[1] as { elements: unknown[] }).elements.filter((e) => typeof e !== 'number');
    expect(sent).toHaveLength(1);
    const b = applyDocPatch(a, p);
    expect(b).toEqual(next);
    expect(b.floors[0]).toBe(a.floors[0]);
    expect(b.meta).toBe(a.meta);
    expect(b.floors[1].outline).toBe(a.floors[1].outline);
    const kept = b.floors[1].elements.filter((e, i) => e === a.floors[1].elements[i]).length;
    expect(kept).toBe(b.floors[1].elements.length - 1);
  });
  it('refuses a patch against a document it does not hold', () => {
    expect(() => applyDocPatch(undefined, diffDoc(county, county, 2, 1))).toThrow(/does not hold/);
  });
  it('mirrors random edit sequences exactly (property)', () => {
    const ids = county.floors.flatMap((f) => f.elements.map((e) => e.id));
    const op = fc.oneof(
      fc.tuple(fc.constant('move'), fc.nat(ids.length - 1), fc.double({ min: -5, max: 5, noNaN: true })),
      fc.tuple(fc.constant('remove'), fc.nat(ids.length - 1), fc.constant(0)),
      fc.tuple(fc.constant('rename'), fc.nat(ids.length - 1), fc.constant(0)),
      fc.tuple(fc.constant('floor'), fc.nat(1), fc.double({ min: 0, max: 3, noNaN: true })),
      fc.tuple(fc.constant('meta'), fc.constant(0), fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        let doc: HallDocument = county;
        let mirror = applyDocPatch(undefined, wire(diffDoc(undefined, doc, 0, -1)));
        ops.forEach(([kind, i, x], k) => {
          const prev = doc;
          const id = ids[i];
          const has = doc.floors.some((f) => f.elements.some((e) => e.id === id));
          if (kind === 'move' && has) doc = moveElements([id], [x, -x]).apply(doc).doc;
          if (kind === 'remove' && has) doc = removeElements([id]).apply(doc).doc;
          if (kind === 'rename' && has) doc = setElementField(id, 'name', `名 ${k} <b>`).apply(doc).doc;
          if (kind === 'floor') doc = updateFloor(doc.floors[i].id, { elevation: doc.floors[i].elevation + x }).apply(doc).doc;
          if (kind === 'meta') doc = setMeta({ crowded: !doc.meta.crowded }).apply(doc).doc;
          mirror = applyDocPatch(mirror, wire(diffDoc(prev, doc, k + 1, k)));
          expect(mirror).toEqual(doc);
        });
      }),
      { numRuns: 40 },
    );
  });
});
