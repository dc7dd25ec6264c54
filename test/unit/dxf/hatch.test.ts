/**
 * HATCH fills, which dxf-parser does not read by itself: the boundary paths (polylines with bulges, edge lists of
 * lines, arcs and ellipses) come back as rings, and a stair or lift drawn only as a fill on its layer becomes the
 * same vertical link as one drawn as an outline with treads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import { importDxf } from '../../../src/dxf';
import { clipToFrame } from '../../../src/dxf/clip';
import { flatten } from '../../../src/dxf/flatten';
import { hatchPaths } from '../../../src/dxf/hatch';
import { parseDxfBytes } from '../../../src/dxf/read';
import { hallToDxf } from '../../fixtures/cad-plan';

const g = (pairs: [number, number | string][]) => pairs.map(([code, value]) => ({ code, value }));
const area = (r: [number, number][]) => Math.abs(r.reduce((s, p, i) => s + p[0] * r[(i + 1) % r.length][1] - r[(i + 1) % r.length][0] * p[1], 0)) / 2;

describe('HATCH boundaries', () => {
  it('reads a polyline path with a bulge and an edge path of lines and an arc', () => {
    const paths = hatchPaths(
      g([
        [91, 2],
        // A 2 × 1 rectangle whose top edge bulges up into a half circle (bulge 1 = 180°).
        [92, 2],
        [72, 1],
        [73, 1],
        [93, 4],
        [10, 0],
        [20, 0],
        [42, 0],
        [10, 2],
        [20, 0],
        [42, 0],
        [10, 2],
        [20, 1],
        [42, 1],
        [10, 0],
        [20, 1],
        [42, 0],
        [97, 0],
        // A quarter disc of radius 3: two lines and a counter-clockwise arc.
        [92, 1],
        [93, 3],
        [72, 1],
        [10, 0],
        [20, 0],
        [11, 3],
        [21, 0],
        [72, 2],
        [10, 0],
        [20, 0],
        [40, 3],
        [50, 0],
        [51, 90],
        [73, 1],
        [72, 1],
        [10, 0],
        [20, 3],
        [11, 0],
        [21, 0],
        [97, 0],
        [75, 0],
        [76, 1],
        [98, 1],
        [10, 1],
        [20, 1],
      ]),
    );
    expect(paths).toHaveLength(2);
    // Rectangle 2 plus the half disc of radius 1 (drawn as eight chords): a little under 2 + π/2.
    expect(area(paths[0])).toBeGreaterThan(2 + Math.PI / 2 - 0.1);
    expect(area(paths[0])).toBeLessThan(2 + Math.PI / 2);
    expect(Math.max(...paths[0].map((p) => p[1]))).toBeCloseTo(2, 5);
    expect(area(paths[1])).toBeGreaterThan((Math.PI * 9) / 4 - 0.1);
    expect(area(paths[1])).toBeLessThan((Math.PI * 9) / 4 + 1e-9);
  });

  it('stops at the file’s counts and never reads past its own groups', () => {
    // Says two paths with 10 vertices, gives one short path: what is there is read, nothing more.
    const paths = hatchPaths(
      g([
        [91, 2],
        [92, 2],
        [72, 0],
        [73, 1],
        [93, 10],
        [10, 0],
        [20, 0],
        [10, 1],
        [20, 0],
        [10, 1],
        [20, 1],
      ]),
    );
    expect(paths).toEqual([
      [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
    ]);
    expect(hatchPaths(g([[91, 1e9]]))).toEqual([]);
    // A spline edge claiming 2³¹ knots and control points with none given: read up to the end of the groups, no further.
    const spline = hatchPaths(
      g([
        [91, 1],
        [92, 1],
        [93, 1],
        [72, 4],
        [94, 3],
        [95, 2147483647],
        [96, 2147483647],
      ]),
    );
    expect(spline).toEqual([]);
  });

  it('dxf-parser hands every HATCH of a real drawing to the handler, with its layer', () => {
    const d = flatten(parseDxfBytes(new Uint8Array(readFileSync('../shared/dxf/gama_house.dxf')), 'gama_house.dxf'));
    // SOURCES.md: gama has 4 model-space HATCH (solid wall fills on MURS); one hatch may hold several paths.
    expect(d.layers.get('MURS')?.counts.HATCH).toBe(4);
    expect(d.hatches.length).toBe(4);
    const loops = d.hatches.flatMap((h) => h.loops());
    expect(loops.length).toBeGreaterThanOrEqual(4);
    expect(loops.every((h) => h.layer === 'MURS' && h.pts.length >= 3)).toBe(true);
    expect(d.skipped.HATCH).toBeUndefined();
  });

  it("reads a fill's boundary only where a floor uses it: on a column, furniture or stair layer, not on a wall layer", () => {
    const d = flatten(parseDxfBytes(new Uint8Array(readFileSync('../shared/dxf/gama_house.dxf')), 'gama_house.dxf'));
    const read: number[] = [];
    d.hatches.forEach((h, i) => {
      const loops = h.loops;
      h.loops = () => (read.push(i), loops());
    });
    const frame = { minX: -1e9, minY: -1e9, maxX: 1e9, maxY: 1e9, wallLength: 0 };
    const asWall = clipToFrame(d, frame, 1, (l) => (l === 'MURS' ? 'wall' : 'other'));
    expect(asWall.hatches).toEqual([]);
    expect(read).toEqual([]);
    const asColumn = clipToFrame(d, frame, 1, (l) => (l === 'MURS' ? 'column' : 'other'));
    expect(read).toEqual([0, 1, 2, 3]);
    expect(asColumn.hatches.length).toBeGreaterThanOrEqual(4);
  });
});

describe('stairs and lifts drawn as fills', () => {
  const r = parseHallText(readFileSync('models/county-hall.hall.json', 'utf8'));
  if (!r.ok) throw new Error('sample does not load');
  const original = r.doc;
  it('come back as the same vertical links as outlines with treads', () => {
    const lines = importDxf(new TextEncoder().encode(hallToDxf(original)), { fileName: 'lines.dxf' });
    const text = hallToDxf(original, { vlinks: 'hatch' });
    expect(text).toContain('HATCH');
    const hatched = importDxf(new TextEncoder().encode(text), { fileName: 'hatch.dxf' });
    const links = (doc: typeof original) => doc.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'vlink'));
    const want = links(lines.doc);
    const got = links(hatched.doc);
    expect(want.length).toBe(links(original).length);
    expect(got).toHaveLength(want.length);
    for (const w of want) {
      if (w.kind !== 'vlink') continue;
      const m = got.find((n) => n.kind === 'vlink' && Math.hypot(n.position[0] - w.position[0], n.position[1] - w.position[1]) < 0.05);
      expect(m, w.id).toMatchObject({ linkKind: w.linkKind, floors: w.floors });
      if (m?.kind === 'vlink') expect(m.size.w * m.size.d).toBeCloseTo(w.size.w * w.size.d, 2);
    }
  });
});
