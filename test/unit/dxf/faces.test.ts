/** Rooms as the faces of the wall graph: doors closed across, T-junctions split, dangling walls ignored. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { faceArea, graphFaces } from '../../../src/dxf/faces';
import { planarGraph, type Segment, sortParams, withoutEdges } from '../../../src/dxf/planar-graph';

const seg = (ax: number, ay: number, bx: number, by: number): Segment => ({ ax, ay, bx, by });
const faces = (segs: Segment[]) => graphFaces(planarGraph(segs, 0.01));
const areas = (segs: Segment[]) =>
  faces(segs)
    .faces.map(faceArea)
    .sort((a, b) => a - b);

/** An nx × ny grid of rooms, each side `s`; each interior wall has a door gap closed by its own closer segment. */
function grid(nx: number, ny: number, s: number): Segment[] {
  const out: Segment[] = [seg(0, 0, nx * s, 0), seg(nx * s, 0, nx * s, ny * s), seg(nx * s, ny * s, 0, ny * s), seg(0, ny * s, 0, 0)];
  for (let i = 1; i < nx; i++)
    for (let j = 0; j < ny; j++) {
      // Wall pieces either side of a 0.9 m door, and the closer drawn across the opening.
      out.push(seg(i * s, j * s, i * s, j * s + 1), seg(i * s, j * s + 1.9, i * s, (j + 1) * s), seg(i * s, j * s + 1, i * s, j * s + 1.9));
    }
  for (let j = 1; j < ny; j++) out.push(seg(0, j * s, nx * s, j * s));
  return out;
}

describe('faces of the wall graph', () => {
  it('a grid of rooms with doors: one face per room, the outline is the grid', () => {
    const f = faces(grid(3, 2, 4));
    expect(f.faces).toHaveLength(6);
    for (const r of f.faces) expect(faceArea(r)).toBeCloseTo(16, 6);
    expect(f.outers).toHaveLength(1);
    expect(f.outers[0].area).toBeCloseTo(96, 6);
  });

  it('a T-junction splits the wall it ends on', () => {
    // A box with a wall from the middle of the bottom wall up to the top: two rooms.
    expect(areas([seg(0, 0, 10, 0), seg(10, 0, 10, 5), seg(10, 5, 0, 5), seg(0, 5, 0, 0), seg(4, 0, 4, 5)])).toEqual([20, 30]);
  });

  it('a T-junction drawn a few millimetres short still meets its wall', () => {
    expect(areas([seg(0, 0, 10, 0), seg(10, 0, 10, 5), seg(10, 5, 0, 5), seg(0, 5, 0, 0), seg(4, 0.004, 4, 4.995)]).length).toBe(2);
  });

  it('a dangling wall leaves the room whole', () => {
    const f = faces([seg(0, 0, 6, 0), seg(6, 0, 6, 4), seg(6, 4, 0, 4), seg(0, 4, 0, 0), seg(3, 0, 3, 2.5)]);
    expect(f.faces).toHaveLength(1);
    expect(faceArea(f.faces[0])).toBeCloseTo(24, 9);
    expect(f.faces[0]).toHaveLength(4);
  });

  it('two rooms sharing a wall, drawn as two separate closed boxes', () => {
    const box = (x: number, w: number) => [seg(x, 0, x + w, 0), seg(x + w, 0, x + w, 3), seg(x + w, 3, x, 3), seg(x, 3, x, 0)];
    const f = faces([...box(0, 4), ...box(4, 5)]);
    expect(f.faces.map(faceArea).sort((a, b) => a - b)).toEqual([12, 15]);
    expect(f.outers).toHaveLength(1);
    expect(f.outers[0].area).toBeCloseTo(27, 9);
  });

  it('two rooms joined by a single wall line: the bridge is reported, and without it each outline is simple', () => {
    const box = (x: number) => [seg(x, 0, x + 3, 0), seg(x + 3, 0, x + 3, 3), seg(x + 3, 3, x, 3), seg(x, 3, x, 0)];
    const g = planarGraph([...box(0), ...box(5), seg(3, 1.5, 5, 1.5)], 0.01);
    const f = graphFaces(g);
    expect(f.bridges.size).toBe(1);
    const f2 = graphFaces(withoutEdges(g, f.bridges));
    expect(f2.bridges.size).toBe(0);
    expect(f2.outers.map((o) => o.area)).toEqual([9, 9]);
    for (const o of f2.outers) expect(o.ring).toHaveLength(4);
  });

  it('crossing walls split each other', () => {
    expect(areas([seg(0, 0, 4, 0), seg(4, 0, 4, 4), seg(4, 4, 0, 4), seg(0, 4, 0, 0), seg(2, -1, 2, 5), seg(-1, 2, 5, 2)])).toEqual([4, 4, 4, 4]);
  });

  it("property: the rooms' areas sum to the area the outer walls enclose", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 2.5, max: 12, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.boolean()), { maxLength: 6 }),
        (nx, ny, s, extra) => {
          // Extra full-length walls across the grid at random places add T-junctions and crossings.
          const segs = grid(nx, ny, s);
          for (const [t, vertical] of extra) segs.push(vertical ? seg(t * nx * s, 0, t * nx * s, ny * s) : seg(0, t * ny * s, nx * s, t * ny * s));
          const f = faces(segs);
          const sum = f.faces.reduce((a, r) => a + faceArea(r), 0);
          expect(f.outers).toHaveLength(1);
          expect(sum).toBeCloseTo(nx * ny * s * s, 6);
          expect(f.outers[0].area).toBeCloseTo(nx * ny * s * s, 6);
          expect(f.faces.length).toBeGreaterThanOrEqual(nx * ny);
        },
      ),
    );
  });

  it("a segment's split parameters sort as the comparator sort orders them: equal ones, 0 and -0, and NaN left where it leaves them", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, -0, 1, 0.5, 0.25, 0.75, 1e-12, Number.NaN, 0.5000000001), { maxLength: 9 }), (ts) => {
        const want = [...ts].sort((a, b) => a - b);
        const got = [...ts];
        sortParams(got);
        expect(got.map((t) => (Object.is(t, -0) ? '-0' : String(t)))).toEqual(want.map((t) => (Object.is(t, -0) ? '-0' : String(t))));
      }),
      { numRuns: 2000, seed: 19 },
    );
  });
});
