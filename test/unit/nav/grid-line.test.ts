/**
 * gridLine skips samples deep inside open floor; it must answer exactly what testing every sample answers. And
 * roomOf, the chessboard distance it skips by, is checked against brute force.
 */
import { hypot2 } from '../../../src/core/geometry/vec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNavGraph, type NavGraph, type NavPoint } from '../../../src/nav';
import { floorMask } from '../../../src/nav/floor-mask';
import { gridLine } from '../../../src/nav/line-of-sight';
import { ROOM_CAP, RUN_CAP, roomFor, roomOf, runsFor, type Runs } from '../../../src/nav/room';
import { patchRaster } from '../../../src/nav/raster-patch';
import { rasterizeFloor } from '../../../src/nav';
import { moveElements } from '../../../src/core/commands';
import { loadSample } from '../core/helpers';

/** Every third of a cell along the line, as the phone app samples. */
function reference(g: NavGraph, a: NavPoint, b: NavPoint): boolean {
  const fi = g.floorIndex.get(a.floorId)!;
  const grid = g.grids[fi];
  const walk = floorMask(grid, g.audience, false, 0);
  const steps = Math.ceil(hypot2(b.p[0] - a.p[0], b.p[1] - a.p[1]) / (grid.cell / 3));
  for (let k = 0; k <= steps; k++) {
    const t = steps ? k / steps : 0;
    const c = Math.floor((a.p[0] + (b.p[0] - a.p[0]) * t - grid.origin[0]) / grid.cell);
    const r = Math.floor((a.p[1] + (b.p[1] - a.p[1]) * t - grid.origin[1]) / grid.cell);
    if (c < 0 || r < 0 || c >= grid.cols || r >= grid.rows) return false;
    if (walk[r * grid.cols + c] !== 1) return false;
  }
  return true;
}

const county = loadSample('county-hall');
const seats = county.floors[0].elements.filter((e) => e.kind === 'point').map((e) => e.id);

describe('gridLine', () => {
  it('answers as testing every sample does, for lines between walkable points on edited floors (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(seats.length - 1),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.double({ min: 0.2, max: 14, noNaN: true })), { minLength: 40, maxLength: 80 }),
        (s, dx, staff, lines) => {
          const doc = moveElements([seats[s]], [dx, -dx]).apply(county).doc;
          const g = buildNavGraph(doc, { audience: staff ? 'staff' : 'public' });
          const grid = g.grids[0];
          const walk = floorMask(grid, g.audience, false, 0);
          const open: number[] = [];
          walk.forEach((v, i) => v && open.push(i));
          const answers = new Set<boolean>();
          for (const [k, angle, len] of lines) {
            // From a point inside a walkable cell, in any direction: clear lines, lines that graze a seat, and
            // lines that run into a wall, with the start anywhere inside its cell.
            const i = open[k % open.length];
            const x = grid.origin[0] + ((i % grid.cols) + 0.1 + ((k * 0.37) % 0.8)) * grid.cell;
            const y = grid.origin[1] + (Math.floor(i / grid.cols) + 0.1 + ((k * 0.61) % 0.8)) * grid.cell;
            const a: NavPoint = { floorId: grid.floorId, p: [x, y] };
            const b: NavPoint = { floorId: grid.floorId, p: [x + len * Math.cos(angle), y + len * Math.sin(angle)] };
            const want = reference(g, a, b);
            expect(gridLine(g, a, b)).toBe(want);
            answers.add(want);
          }
          expect(answers.size).toBe(2);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('answers as testing every sample does for lines on the cell lattice: along rows, columns, diagonals and cell edges (property)', () => {
    const g = buildNavGraph(county);
    const grid = g.grids[0];
    // Endpoints on a quarter-cell lattice: lines that run exactly along cell edges, through corners, and with no
    // change at all along one axis, where the cells a sample falls in are decided by rounding.
    const q = grid.cell / 4;
    const at = (c: number, r: number): NavPoint => ({ floorId: grid.floorId, p: [grid.origin[0] + c * q, grid.origin[1] + r * q] });
    const answers = new Set<boolean>();
    fc.assert(
      fc.property(
        fc.nat(4 * grid.cols),
        fc.nat(4 * grid.rows),
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: -40, max: 40 }),
        fc.constantFrom(0, 1, 2),
        (c, r, dc, dr, shape) => {
          // shape 0: any direction; 1: along a row or column; 2: a diagonal.
          const [ec, er] = shape === 1 ? (Math.abs(dc) > Math.abs(dr) ? [dc, 0] : [0, dr]) : shape === 2 ? [dc, Math.sign(dr || 1) * Math.abs(dc)] : [dc, dr];
          const a = at(c, r);
          const b = at(c + ec, r + er);
          const want = reference(g, a, b);
          answers.add(want);
          expect(gridLine(g, a, b)).toBe(want);
        },
      ),
      { numRuns: 3000 },
    );
    expect(answers.size).toBe(2);
  });

  it('roomOf is the chessboard distance to the nearest blocked cell or the edge (brute force)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 14 }), fc.array(fc.boolean(), { minLength: 196, maxLength: 196 }), (cols, rows, bits) => {
        const walk = Uint8Array.from({ length: cols * rows }, (_, i) => (bits[i] || bits[(i * 7) % 196] ? 1 : 0));
        const got = roomOf(walk, cols, rows);
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++) {
            let want = 0;
            if (walk[r * cols + c]) {
              // Distance to the grid's edge (outside counts as blocked), then to every blocked cell.
              want = Math.min(c + 1, r + 1, cols - c, rows - r, ROOM_CAP);
              for (let r2 = 0; r2 < rows; r2++) for (let c2 = 0; c2 < cols; c2++) if (!walk[r2 * cols + c2]) want = Math.min(want, Math.max(Math.abs(r2 - r), Math.abs(c2 - c)));
            }
            expect(got[r * cols + c]).toBe(want);
          }
      }),
      { numRuns: 150 },
    );
  });

  it('the room map of a patched floor, recomputed in a window, equals a fresh one (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(seats.length - 1), fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: -4, max: 4, noNaN: true })), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (moves, staff) => {
          const audience = staff ? 'staff' : 'public';
          let doc = county;
          let prev = { floor: doc.floors[0], grid: rasterizeFloor(doc.floors[0]) };
          roomFor(prev.grid, audience, floorMask(prev.grid, audience, false, 0));
          for (const [i, dx, dy] of moves) {
            doc = moveElements([seats[i]], [dx, dy]).apply(doc).doc;
            const grid = patchRaster(prev, doc.floors[0]) ?? rasterizeFloor(doc.floors[0]);
            const walk = floorMask(grid, audience, false, 0);
            expect(Buffer.from(roomFor(grid, audience, walk)).equals(Buffer.from(roomOf(walk, grid.cols, grid.rows)))).toBe(true);
            prev = { floor: doc.floors[0], grid };
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('open runs count the open cells from each cell along its row and column; a patched floor has those of a fresh one (property)', () => {
    /** Brute force: walk from each cell until a closed cell or the edge. */
    const plain = (walk: Uint8Array, cols: number, rows: number): Runs => {
      const out = { e: new Uint8Array(cols * rows), w: new Uint8Array(cols * rows), n: new Uint8Array(cols * rows), s: new Uint8Array(cols * rows) };
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) {
          const count = (dc: number, dr: number) => {
            let k = 0;
            for (let cc = c, rr = r; cc >= 0 && rr >= 0 && cc < cols && rr < rows && walk[rr * cols + cc] === 1; cc += dc, rr += dr) k++;
            return Math.min(k, RUN_CAP);
          };
          const i = r * cols + c;
          out.e[i] = count(1, 0);
          out.w[i] = count(-1, 0);
          out.n[i] = count(0, 1);
          out.s[i] = count(0, -1);
        }
      return out;
    };
    const same = (a: Runs, b: Runs) => (['e', 'w', 'n', 's'] as const).every((k) => Buffer.from(a[k]).equals(Buffer.from(b[k])));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(seats.length - 1), fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: -4, max: 4, noNaN: true })), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (moves, staff) => {
          const audience = staff ? 'staff' : 'public';
          let doc = county;
          let prev = { floor: doc.floors[0], grid: rasterizeFloor(doc.floors[0]) };
          const first = floorMask(prev.grid, audience, false, 0);
          expect(same(runsFor(prev.grid, audience, first), plain(first, prev.grid.cols, prev.grid.rows))).toBe(true);
          for (const [i, dx, dy] of moves) {
            doc = moveElements([seats[i]], [dx, dy]).apply(doc).doc;
            const grid = patchRaster(prev, doc.floors[0]) ?? rasterizeFloor(doc.floors[0]);
            const walk = floorMask(grid, audience, false, 0);
            expect(same(runsFor(grid, audience, walk), plain(walk, grid.cols, grid.rows))).toBe(true);
            prev = { floor: doc.floors[0], grid };
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
