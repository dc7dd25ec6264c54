/**
 * The face graph is not built where its outline could not hold every wall (walls drawn well apart from the
 * building's piece, as a section beside the plan): the rooms are the same as when the graph is built and
 * found wanting.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { importDxf } from '../../../src/dxf';
import { faceRooms, graphRooms } from '../../../src/dxf/face-rooms';
import { openingClosers } from '../../../src/dxf/opening-closers';
import * as graph from '../../../src/dxf/planar-graph';
import type { Barrier } from '../../../src/dxf/raster';
import type { WallEl } from '../../../src/dxf/wall-elements';
import { corpusFile, hasCorpus } from './corpus';

vi.mock('../../../src/dxf/planar-graph', async (actual) => {
  const m = await actual<typeof graph>();
  return { ...m, planarGraph: vi.fn(m.planarGraph) };
});
const built = vi.mocked(graph.planarGraph);

let wallNo = 0;
const wall = (ax: number, ay: number, bx: number, by: number, thickness: number): WallEl => ({ id: `w${wallNo++}`, kind: 'wall', a: [ax, ay], b: [bx, by], thickness });

/** A box of walls at (x, y), w × h, with a gap of `gap` metres in its bottom wall (none when 0). */
function box(x: number, y: number, w: number, h: number, t: number, gap: number): WallEl[] {
  const bottom = gap > 0 ? [wall(x, y, x + w / 2 - gap / 2, y, t), wall(x + w / 2 + gap / 2, y, x + w, y, t)] : [wall(x, y, x + w, y, t)];
  return [...bottom, wall(x + w, y, x + w, y + h, t), wall(x + w, y + h, x, y + h, t), wall(x, y + h, x, y, t)];
}
const barriersOf = (walls: WallEl[]): Barrier[] => walls.map((w) => ({ ax: w.a[0], ay: w.a[1], bx: w.b[0], by: w.b[1], width: w.thickness }));

describe('face graph skipped where its outline cannot hold the walls', () => {
  it.skipIf(!hasCorpus)("barcelona's walls beside the plan: rooms from the raster without building the graph; bjnortier's still from the faces", () => {
    built.mockClear();
    const b = importDxf(corpusFile('barcelona-pavillion_plan.dxf'), { fileName: 'barcelona-pavillion_plan.dxf' });
    expect(b.stats.roomsFrom).toEqual(['raster']);
    expect(built).not.toHaveBeenCalled();
    const j = importDxf(corpusFile('bjnortier-dxf_floorplan.dxf'), { fileName: 'bjnortier-dxf_floorplan.dxf' });
    expect(j.stats.roomsFrom).toEqual(['faces']);
    expect(built).toHaveBeenCalledTimes(1);
  });

  it('a building and a second drawing at any distance, with or without a gap in its outer wall: the same rooms as from the graph built', () => {
    let skipped = 0;
    let tried = 0;
    fc.assert(
      fc.property(
        // Centimetres (fast-check's doubles crowd near zero: whole numbers spread over the range).
        fc.integer({ min: 400, max: 2000 }),
        fc.integer({ min: 400, max: 1500 }),
        fc.integer({ min: 10, max: 40 }),
        fc.constantFrom(0, 0.5, 0.9, 1.5, 3),
        fc.integer({ min: -500, max: 3000 }),
        fc.integer({ min: -300, max: 300 }),
        fc.boolean(),
        (wCm, hCm, tCm, gap, dxCm, dyCm, beside) => {
          const [w, h, t, dx, dy] = [wCm, hCm, tCm, dxCm, dyCm].map((v) => v / 100);
          const walls = [...box(0, 0, w, h, t, gap), ...(beside ? box(w + dx, dy, 3, 4, t, 0) : [])];
          const barriers = barriersOf(walls);
          built.mockClear();
          const quick = faceRooms(barriers, walls);
          const calls = built.mock.calls.length;
          tried++;
          if (calls === 0) skipped++;
          expect(quick).toEqual(graphRooms([...barriers, ...openingClosers(walls)], walls));
        },
      ),
      { numRuns: 300, seed: 19 },
    );
    // Both ways taken: drawings far apart skip the graph, a building alone builds it.
    expect(skipped).toBeGreaterThan(10);
    expect(tried - skipped).toBeGreaterThan(10);
  });
});
