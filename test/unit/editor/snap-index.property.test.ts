/**
 * Snapping reads the floor through its spatial index: near `p` it offers what a scan of every element of the
 * floor offers (corners within reach, walls, outline edges near `p`, anchors aligned with `p`), on the county
 * sample's ground floor and after random edits that move, remove and add seats, zones and walls (the index is
 * carried from one version of the floor to the next).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Floor } from '../../../src/core/document';
import { KINDS, kindOf } from '../../../src/core/kinds/registry';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { addElements, moveElements, removeElements } from '../../../src/core/commands';
import { History } from '../../../src/core/history';
import { type Candidates, snapCandidates, snapPoint } from '../../../src/editor/snapping';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');

/** Every element of the floor looked at: what can snap near `p`. */
function scanCandidates(floor: Floor, p: Vec2, reach: number, align: number, exclude: ReadonlySet<string>): Candidates {
  const out: Candidates = { vertices: [], segments: [], anchors: [], walls: [] };
  const near = (q: Vec2) => Math.abs(q[0] - p[0]) <= reach && Math.abs(q[1] - p[1]) <= reach;
  const nearEdge = (a: Vec2, b: Vec2) =>
    Math.min(a[0], b[0]) - reach <= p[0] && p[0] <= Math.max(a[0], b[0]) + reach && Math.min(a[1], b[1]) - reach <= p[1] && p[1] <= Math.max(a[1], b[1]) + reach;
  for (const el of floor.elements) {
    if (exclude.has(el.id)) continue;
    const k = kindOf(el);
    if (k.snap === 'axis') {
      for (const [a, b] of k.segments?.(el) ?? []) {
        out.vertices.push(...[a, b].filter(near));
        out.segments.push([a, b, 'wall']);
        out.walls.push([a, b]);
      }
    } else if (k.snap === 'outline') {
      const poly = k.footprint(el) ?? [];
      poly.forEach((a, i) => {
        if (near(a)) out.vertices.push(a);
        if (nearEdge(a, poly[(i + 1) % poly.length])) out.segments.push([a, poly[(i + 1) % poly.length], 'edge']);
      });
    } else {
      const a = k.anchor(el);
      if (Math.abs(a[0] - p[0]) <= align || Math.abs(a[1] - p[1]) <= align) out.anchors.push(a);
    }
  }
  const o = floor.outline ?? [];
  o.forEach((a, i) => out.segments.push([a, o[(i + 1) % o.length], 'edge']));
  return out;
}

/** The same candidates in any order. */
const sorted = (c: Candidates) => Object.fromEntries(Object.entries(c).map(([k, xs]) => [k, (xs as unknown[]).map((x) => JSON.stringify(x)).sort()]));

const pt = fc.tuple(fc.double({ min: -2, max: 66, noNaN: true }), fc.double({ min: -2, max: 44, noNaN: true }));
const ids = county.floors[0].elements.map((e) => e.id);
const edit = fc.oneof(
  fc.tuple(fc.constant('move' as const), fc.nat(ids.length - 1), pt),
  fc.tuple(fc.constant('remove' as const), fc.nat(ids.length - 1), pt),
  fc.tuple(fc.constant('seat' as const), fc.nat(1000), pt),
  fc.tuple(fc.constant('wall' as const), fc.nat(1000), pt),
);

describe('snapping through the spatial index', () => {
  it('offers near a point what a scan of every element offers, after random edits', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 8 }),
        fc.array(fc.tuple(pt, fc.double({ min: 0.05, max: 1.5, noNaN: true }), fc.nat(ids.length - 1)), { minLength: 1, maxLength: 10 }),
        (edits, probes) => {
          const h = new History(county);
          for (const [kind, i, p] of edits) {
            const id = ids[i % ids.length];
            const has = h.doc.floors[0].elements.some((e) => e.id === id);
            const n = h.doc.floors[0].elements.length;
            if (kind === 'move' && has) h.execute(moveElements([id], [p[0] / 10, p[1] / 10]));
            if (kind === 'remove' && has) h.execute(removeElements([id]));
            if (kind === 'seat') h.execute(addElements('F1', [KINDS.point.create({ id: `probe-seat-${i}-${n}`, pointKind: 'seat', position: p })]));
            if (kind === 'wall') h.execute(addElements('F1', [KINDS.wall.create({ id: `probe-wall-${i}-${n}`, a: p, b: [p[0] + 3, p[1] + 1], thickness: 0.2 })]));
            // Snapped after every edit, so each version's index is carried over from the one before.
            snapPoint(h.doc.floors[0], p, { tolerance: 0.3 });
          }
          const floor = h.doc.floors[0];
          for (const [p, tol, ex] of probes) {
            const exclude = new Set([ids[ex]]);
            expect(sorted(snapCandidates(floor, p, tol * 2, tol, exclude))).toEqual(sorted(scanCandidates(floor, p, tol * 2, tol, exclude)));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('aligns with the nearest of a column of seats on the same line, and a wall wins over a room edge on its axis', () => {
    const row = [0, 1, 2, 3].map((i) => KINDS.point.create({ id: `row-seat-${i}`, pointKind: 'seat', position: [100, 100 + 0.6 * i] }));
    const zone = KINDS.zone.create({
      id: 'edge-zone',
      type: 'waiting',
      polygon: [
        [120, 90],
        [130, 90],
        [130, 95],
        [120, 95],
      ],
    });
    const wall = KINDS.wall.create({ id: 'edge-wall', a: [118, 90], b: [132, 90], thickness: 0.2 });
    const floor: Floor = { ...county.floors[0], outline: undefined, elements: [wall, zone, ...row] };
    const aligned = snapPoint(floor, [100.1, 104], { tolerance: 0.3 });
    expect(aligned.kind).toBe('align-x');
    expect(aligned.guides[0].a).toEqual([100, 101.8]);
    const onWall = snapPoint(floor, [123, 90.1], { tolerance: 0.3 });
    expect(onWall.kind).toBe('wall');
  });
});
