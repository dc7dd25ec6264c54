/**
 * Drafting gaps in the wall graph: a wall stopping short of the one it meets, a corner whose two lines both
 * stop short, a doorway left as a gap between two jambs. Joined within reach, each room is its own face;
 * gaps wider than the reach stay open. A face ring the walk leaves with a spike or a pinch is made simple.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanRing } from '../../../src/dxf/clean-ring';
import { faceArea, graphFaces } from '../../../src/dxf/faces';
import { planarGraph, type Segment } from '../../../src/dxf/planar-graph';
import { simpleRing } from '../../../src/ifc/valid-hall';

const seg = (ax: number, ay: number, bx: number, by: number): Segment => ({ ax, ay, bx, by });
const REACH = 0.9;
const areas = (segs: Segment[], reach = REACH) =>
  graphFaces(planarGraph(segs, 0.01, reach))
    .faces.map(faceArea)
    .map((a) => Math.round(a * 1000) / 1000)
    .sort((a, b) => a - b);
/** Faces bigger than a wall's band. */
const rooms = (segs: Segment[], reach = REACH) => areas(segs, reach).filter((a) => a > 1);
/** A 10 × 5 m box. */
const box = () => [seg(0, 0, 10, 0), seg(10, 0, 10, 5), seg(10, 5, 0, 5), seg(0, 5, 0, 0)];

describe('joining loose ends of the wall graph', () => {
  it('a partition stopping 0.5 m short of the far wall is extended to it: two rooms', () => {
    const segs = [...box(), seg(4, 0, 4, 4.5)];
    expect(areas(segs, 0)).toEqual([50]);
    expect(areas(segs)).toEqual([20, 30]);
  });

  it('a partition stopping further short than the reach leaves one room', () => {
    expect(areas([...box(), seg(4, 0, 4, 3.8)])).toEqual([50]);
  });

  it('a corner whose two lines both stop short is closed through the corner point', () => {
    const segs = [seg(0, 0, 9.7, 0), seg(10, 0.3, 10, 5), seg(10, 5, 0, 5), seg(0, 5, 0, 0)];
    expect(areas(segs, 0)).toEqual([]);
    expect(areas(segs)).toEqual([50]);
  });

  it('two collinear wall pieces with a bare 0.8 m gap between them are joined across it', () => {
    // Left room 4 × 5 and right room 6 × 5 share a wall at x = 4 broken by a gap from y = 2 to 2.8; the
    // pieces' far ends meet the outer walls, so the gap is the only way through.
    const segs = [...box(), seg(4, 0, 4, 2), seg(4, 5, 4, 2.8)];
    expect(areas(segs, 0)).toEqual([50]);
    expect(areas(segs)).toEqual([20, 30]);
  });

  it('a doorway between two jambs of a wall drawn as face lines closes the rooms either side', () => {
    // A 0.2 m wall at x = 4..4.2 drawn as two face lines and a jamb at each end of the 0.8 m opening.
    const wall = [seg(4, 0, 4, 2), seg(4.2, 0, 4.2, 2), seg(4, 2, 4.2, 2), seg(4, 2.8, 4.2, 2.8), seg(4, 2.8, 4, 5), seg(4.2, 2.8, 4.2, 5)];
    // Without joins: the room round the wall's two bands (0.4 and 0.44 m²) is one.
    expect(rooms([...box(), ...wall], 0)).toEqual([49.16]);
    expect(rooms([...box(), ...wall])).toEqual([20, 29]);
  });

  it('a doorway wider than the reach stays open', () => {
    const wall = [seg(4, 0, 4, 2), seg(4.2, 0, 4.2, 2), seg(4, 2, 4.2, 2), seg(4, 3.2, 4.2, 3.2), seg(4, 3.2, 4, 5), seg(4.2, 3.2, 4.2, 5)];
    expect(rooms([...box(), ...wall])).toEqual([49.24]);
  });

  it('property: a partition stopping short by less than the reach always makes two rooms that sum to the box', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 9, noNaN: true }), fc.double({ min: 0.05, max: 0.85, noNaN: true }), fc.boolean(), (x, gap, fromTop) => {
        const part = fromTop ? seg(x, 5, x, gap) : seg(x, 0, x, 5 - gap);
        const got = areas([...box(), part]);
        expect(got).toHaveLength(2);
        expect(got[0] + got[1]).toBeCloseTo(50, 2);
        expect(Math.min(...got)).toBeCloseTo(Math.min(x, 10 - x) * 5, 2);
      }),
    );
  });
});

describe('face rings made simple', () => {
  it('a spike out and back along two lines drawn a fraction of a millimetre apart is dropped', () => {
    const ring: [number, number][] = [
      [0, 0],
      [4, 0],
      [4, 3],
      [4.0002, 3.5],
      [4.0001, 3],
      [4, 4],
      [0, 4],
    ];
    const clean = cleanRing(ring);
    expect(simpleRing(clean)).toBe(true);
    expect(faceArea(clean)).toBeCloseTo(16, 3);
    expect(clean).toHaveLength(4);
  });

  it('a ring passing one point twice keeps the larger loop', () => {
    const ring: [number, number][] = [
      [0, 0],
      [4, 0],
      [4, 4],
      [4.5, 4.2],
      [4.2, 4.5],
      [4, 4],
      [0, 4],
    ];
    expect(simpleRing(ring)).toBe(false);
    const clean = cleanRing(ring);
    expect(simpleRing(clean)).toBe(true);
    expect(faceArea(clean)).toBeCloseTo(16, 6);
  });
});
