/**
 * A seat dragged across the mouth of a bay between seat rows cuts the bay off: the wheelchair reach is repaired by
 * taking the bay out, not flooded afresh over the whole hall, and equals a fresh flood fill at every position.
 */
import { describe, expect, it } from 'vitest';
import { navFor, rasterizeFloor, type NavPoint } from '../../../src/nav';
import { moveElements } from '../../../src/core/commands';
import { searchSpace } from '../../../src/nav/mask';
import { reachable, reachFor, reachStats } from '../../../src/nav/reach';
import { seedsOf } from '../../../src/nav/seeds';
import { navOptionsOf } from '../../../src/rules/util';
import type { HallDocument } from '../../../src/core/document';
import { generateHall } from '../../fixtures/generated-hall';
import { freshCopies } from '../../bench/fresh';

/** The first generated seat whose move changes which cells are free (the rules bench drags the same one). */
function openSeat(doc: HallDocument): string {
  for (const f of doc.floors)
    for (const e of f.elements) {
      if (!e.id.startsWith('gen-seat')) continue;
      const moved = moveElements([e.id], [1, 0])
        .apply(doc)
        .doc.floors.find((x) => x.id === f.id)!;
      const a = rasterizeFloor(f).free;
      if (rasterizeFloor(moved).free.some((v, k) => v !== a[k])) return e.id;
    }
  throw new Error('no seat in open floor');
}

describe('wheelchair reach after a seat closes a bay', () => {
  it('is repaired at every position of a drag and equals a fresh flood fill', () => {
    const [doc] = freshCopies(generateHall(), 1, 'reach-pocket-');
    const seat = openSeat(doc);
    const o = navOptionsOf(doc).wheelchair!;
    const sources: NavPoint[] = [{ floorId: doc.floors[0].id, p: [32, 1.5] }];
    reachFor(navFor(doc, navOptionsOf(doc)), 'pocket', sources, o);
    const before = { ...reachStats };
    let shrank = 0;
    const count = (a: Uint8Array) => a.reduce((s, v) => s + v, 0);
    const all = count(reachFor(navFor(doc, navOptionsOf(doc)), 'pocket', sources, o).nodes);
    // The rules bench's drag: 24 positions, each a document never seen before.
    for (let i = 1; i <= 24; i++) {
      const moved = moveElements([seat], [0.5 * (1 + (i % 8)), 0.5 * (i % 3)]).apply(doc).doc;
      const g = navFor(moved, navOptionsOf(moved));
      const fresh = reachable(searchSpace(g, o), seedsOf(g, sources).seeds.keys());
      const reach = reachFor(g, 'pocket', sources, o);
      expect(Buffer.from(reach.nodes).equals(Buffer.from(fresh))).toBe(true);
      // More cells out of reach than the seat's own: a bay was cut off.
      if (count(fresh) < all - 4) shrank++;
    }
    expect(shrank).toBeGreaterThan(0);
    expect(reachStats.fresh - before.fresh).toBe(0);
    expect(reachStats.repaired - before.repaired).toBe(24);
  });
});
