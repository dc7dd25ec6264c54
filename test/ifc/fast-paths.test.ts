/**
 * The importer's fast paths give what the slow ones gave: hulls straight from flat arrays, the outline of
 * stacked tilings without clipping, the byte search for our property sets, chunked typed arrays, and
 * mesh bounds computed in the worker instead of by three.js on the main thread (and merged from each
 * geometry's box), ids of many types from one call into web-ifc, storey heights from web-ifc's own
 * placement transform, and header lines read from web-ifc's raw arguments and only when used.
 */
import fc from 'fast-check';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { area, ensureCCW } from '../../src/core/geometry/polygon';
import { unionAll } from '../../src/core/geometry/clip';
import type { Vec2 } from '../../src/core/geometry/vec';
import { cleanRing, convexHull, flatHull, hullCandidates, outlineCounts, roundedHull, triangleOutline } from '../../src/ifc/footprint';
import { Chunks } from '../../src/ifc/grow';
import { meshBounds } from '../../src/ifc/mesh-bounds';
import { MeshCollector } from '../../src/ifc/meshes';
import * as W from 'web-ifc';
import { getIfcApi } from '../../src/ifc/api';
import { containsAscii } from '../../src/ifc/ascii-search';
import { ModelReader, num, ref, refs, str } from '../../src/ifc/reader';
import { latin1 } from '../../src/ifc/check-bytes';
import { compoundAngle, mapConversionPlaces, readGeoref } from '../../src/ifc/georef';
import { readNames } from '../../src/ifc/model-names';
import { HAVE_CORPUS, corpusTable, readIfc } from './corpus';

/** Points on a coarse grid, so that repeats and collinear runs are common. */
const gridPoints = fc.array(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 })), { minLength: 1, maxLength: 400 });

describe('hulls from flat arrays', () => {
  it('flatHull is convexHull(hullCandidates(…)), ring for ring', () => {
    fc.assert(
      fc.property(gridPoints, fc.boolean(), (raw, negZero) => {
        const flat = raw.flatMap(([x, y]) => [x / 4, y === 0 && negZero ? -0 : y / 4]);
        expect(flatHull(flat)).toEqual(convexHull(hullCandidates(flat)));
      }),
      // Copies of one point are one point, not a two-point ring (found by a CI run).
      {
        numRuns: 300,
        examples: [
          [
            [
              [-8, 20],
              [-8, 20],
            ],
            false,
          ],
          [
            [
              [3, 0],
              [3, 0],
              [3, 0],
            ],
            true,
          ],
        ],
      },
    );
  });

  it('roundedHull is the hull of the rounded candidates (what furniture footprints use)', () => {
    const r3 = (x: number) => Math.round(x * 1e3) / 1e3;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 })), { minLength: 1, maxLength: 300 }), (raw) => {
        // Points 0.1 mm apart on a 1 mm rounding grid: rounding merges and aligns many of them.
        const flat = raw.flatMap(([x, y]) => [x / 1e4 + 1e-7, y / 1e4 - 1e-7]);
        expect(roundedHull(flat, r3)).toEqual(convexHull(hullCandidates(flat).map((p) => [r3(p[0]), r3(p[1])] as Vec2)));
      }),
      { numRuns: 300 },
    );
  });

  it('hullCandidates keeps the first copy of each repeated point, in input order', () => {
    fc.assert(
      fc.property(gridPoints, (raw) => {
        const flat = raw.flat();
        const got = hullCandidates(flat);
        if (raw.length < 64) {
          expect(got).toHaveLength(raw.length);
          return;
        }
        const keys = got.map((p) => `${p[0]},${p[1]}`);
        expect(new Set(keys).size).toBe(keys.length);
        const firstIndex = keys.map((k) => raw.findIndex(([x, y]) => `${x},${y}` === k));
        expect([...firstIndex].sort((a, b) => a - b)).toEqual(firstIndex);
        expect(convexHull(got)).toEqual(convexHull(raw as Vec2[]));
      }),
      { numRuns: 200 },
    );
  });
});

/** Fan triangulation of a convex ring from corner k (counter-clockwise triangles, 6 numbers each). */
function fan(ring: Vec2[], k: number): number[] {
  const out: number[] = [];
  const n = ring.length;
  for (let i = 1; i + 1 < n; i++) {
    const a = ring[k % n];
    const b = ring[(k + i) % n];
    const c = ring[(k + i + 1) % n];
    out.push(a[0], a[1], b[0], b[1], c[0], c[1]);
  }
  return out;
}

/** The union path's answer for the same triangles. */
function unionOutline(tris: number[]): Vec2[] {
  const polys: Vec2[][] = [];
  for (let i = 0; i + 5 < tris.length; i += 6)
    polys.push([
      [tris[i], tris[i + 1]],
      [tris[i + 2], tris[i + 3]],
      [tris[i + 4], tris[i + 5]],
    ]);
  const pieces = unionAll(polys).sort((p, q) => area(q.outer) - area(p.outer));
  return ensureCCW(cleanRing(pieces[0].outer));
}

describe('outline of stacked tilings', () => {
  const convexRing = fc
    .integer({ min: 5, max: 12 })
    .chain((n) =>
      fc.tuple(fc.constant(n), fc.double({ min: 1, max: 20, noNaN: true }), fc.double({ min: 0, max: 6.28, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true })),
    );

  it('two triangulations of one room (a sloped ceiling and the floor) give the union of the triangles', () => {
    fc.assert(
      fc.property(convexRing, fc.integer({ min: 1, max: 1000 }), ([n, r, phase, off], seed) => {
        // Fans from two different corners: never one tiling (the same fan twice would be, and go the tiled way).
        const k = 1 + (seed % (n - 1));
        const ring: Vec2[] = Array.from({ length: n }, (_, i) => [off + r * Math.cos(phase + (2 * Math.PI * i) / n), off / 2 + r * Math.sin(phase + (2 * Math.PI * i) / n)]);
        const tris = [...fan(ring, 0), ...fan(ring, k)];
        const before = outlineCounts.layered;
        const o = triangleOutline(tris)!;
        expect(o.fellBack).toBe(false);
        expect(o.pieces).toBe(1);
        expect(o.polygon).toEqual(unionOutline(tris));
        expect(outlineCounts.layered).toBe(before + 1);
      }),
      { numRuns: 80 },
    );
  });

  it('an L-shaped room triangulated twice, with T-junctions between the layers', () => {
    // Layer 1: the L as 4 triangles; layer 2: the same L cut into two rectangles (a corner of each lies on the other's edge).
    const a = [0, 0, 6, 0, 6, 3, 0, 0, 6, 3, 3, 3, 0, 0, 3, 3, 3, 6, 0, 0, 3, 6, 0, 6];
    const b = [0, 0, 6, 0, 6, 3, 0, 0, 6, 3, 0, 3, 0, 3, 3, 3, 3, 6, 0, 3, 3, 6, 0, 6];
    const before = { ...outlineCounts };
    const o = triangleOutline([...a, ...b])!;
    expect(outlineCounts.layered).toBe(before.layered + 1);
    expect(area(o.polygon)).toBeCloseTo(27, 9);
    expect(o.polygon).toEqual(unionOutline([...a, ...b]));
  });

  it('layers that do not cover the same area are left to the union', () => {
    const big = fan(
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
      ],
      0,
    );
    const small = fan(
      [
        [1, 1],
        [2, 1],
        [2, 2],
        [1, 2],
      ],
      1,
    );
    const before = { ...outlineCounts };
    const o = triangleOutline([...big, ...small])!;
    expect(outlineCounts.unioned).toBe(before.unioned + 1);
    expect(area(o.polygon)).toBeCloseTo(16, 9);
  });
});

describe('byte search', () => {
  it('containsAscii agrees with Buffer.includes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: fc.constantFrom('a', 'b', "'", '_'), minLength: 1, maxLength: 6 }), (raw, needle) => {
        const hay = raw.map((x) => [97, 98, 39, 95][x % 4]);
        expect(containsAscii(hay, needle)).toBe(Buffer.from(hay).includes(needle, 0, 'latin1'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('latin-1 text of the header', () => {
  it('is one character per byte, code = byte, whatever the bytes (C1 controls included)', () => {
    const byHand = (b: Uint8Array) => Array.from(b, (x) => String.fromCharCode(x)).join('');
    // windows-1252 as the Encoding Standard has it (what browsers' TextDecoder('latin1') gives; Node's gives latin-1).
    const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';
    const cp1252 = (b: Uint8Array) => Array.from(b, (x) => (x >= 0x80 && x <= 0x9f ? C1[x - 0x80] : String.fromCharCode(x))).join('');
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(cp1252(every)).not.toBe(byHand(every));
    expect(latin1(every)).toBe(byHand(every));
    expect(latin1(every, cp1252)).toBe(byHand(every));
    expect(latin1(every.subarray(0xa0), cp1252)).toBe(byHand(every.subarray(0xa0)));
    // Bytes windows-1252 keeps as they are (0x81, 0x8D, 0x8F, 0x90, 0x9D) and ones it maps elsewhere (0x80, 0x9F).
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom(0x20, 0x41, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x80, 0x9f, 0xe9), (raw, c) => {
        const b = Uint8Array.from([...raw, c]);
        expect(latin1(b)).toBe(byHand(b));
        expect(latin1(b, cp1252)).toBe(byHand(b));
      }),
      { numRuns: 300 },
    );
  });
});

describe('chunked typed arrays', () => {
  it('done() is everything appended, in order, whatever the geometry sizes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 70_000 }), { maxLength: 12 }), (sizes) => {
        const c = new Chunks((n) => new Float32Array(n));
        const want: number[] = [];
        let v = 0;
        for (const k of sizes) {
          c.room(k);
          for (let i = 0; i < k; i++) {
            c.buf[c.at + i] = v;
            want.push(v++ % 1e6);
          }
          c.at += k;
        }
        const got = c.done();
        expect(got.length).toBe(want.length);
        expect(Array.from(got).every((x, i) => x === Math.fround(want[i]))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('mesh bounds', () => {
  it('are the box and sphere three.js would compute', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 3, maxLength: 300 }), (raw) => {
        const p = new Float32Array(raw.slice(0, raw.length - (raw.length % 3)));
        const g = new THREE.BufferGeometry();
        g.setAttribute('position', new THREE.BufferAttribute(p, 3));
        g.computeBoundingBox();
        g.computeBoundingSphere();
        const b = meshBounds(p)!;
        // Equal as numbers (three's Math.min may keep a −0 where ours keeps the first 0).
        const num = (v: number[]) => v.map((x) => x + 0);
        expect(num(b.min)).toEqual(num(g.boundingBox!.min.toArray()));
        expect(num(b.max)).toEqual(num(g.boundingBox!.max.toArray()));
        expect(num(b.center)).toEqual(num(g.boundingSphere!.center.toArray()));
        expect(b.radius).toBeCloseTo(g.boundingSphere!.radius, 6);
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * A MeshCollector fed through a stand-in for web-ifc (no wasm heap, so it asks GetVertexArray and
 * GetIndexArray): each geometry is 6 floats a vertex and a column-major 4×4 placement.
 */
function collect(geoms: { v: number[]; m: number[]; group: string }[]) {
  const data = geoms.map((g) => ({ v: new Float32Array(g.v), ix: new Uint32Array(0) }));
  let at = 0;
  const api = {
    GetGeometry: (_m: number, id: number) => ({
      GetVertexData: () => id,
      GetVertexDataSize: () => data[id].v.length,
      GetIndexData: () => id,
      GetIndexDataSize: () => 0,
      delete() {},
    }),
    GetVertexArray: (id: number) => data[id].v,
    GetIndexArray: (id: number) => data[id].ix,
  };
  const mc = new MeshCollector(api as never, 0, new Map(), (id) => geoms[id].group);
  for (const [i, g] of geoms.entries()) {
    at = i;
    const pg = { geometryExpressID: at, flatTransformation: g.m, color: { x: 1, y: 1, z: 1, w: 1 } };
    mc.onMesh({ expressID: i, geometries: { size: () => 1, get: () => pg } } as never);
  }
  return mc.contextMeshes();
}

describe('mesh bounds from the collector', () => {
  // Coordinates that round to the same float, signed zeros, far outliers and infinities: where a merged box or a pruned radius could differ.
  const coord = fc.oneof(
    fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    { arbitrary: fc.constantFrom(0, -0, 1, -1), weight: 3 },
    fc.constantFrom(1e39, -1e39, 3.0000001, 3.0000002),
    fc.integer({ min: -5, max: 5 }),
  );
  const geometry = fc.record({
    v: fc.array(coord, { minLength: 0, maxLength: 60 }).map((xs) => xs.slice(0, xs.length - (xs.length % 6))),
    m: fc.oneof(
      fc.tuple(coord, coord, coord).map(([x, y, z]) => [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, x, y, z, 1]),
      // A scale that takes ±1 to ±1e-50, which rounds to a signed zero as a float.
      fc.tuple(fc.constantFrom(1e-50, -1e-50), coord).map(([s, y]) => [s, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, y, 0, 1]),
      fc
        .tuple(fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), coord, coord)
        .map(([a, x, z]) => [Math.cos(a), 0, -Math.sin(a), 0, 0, 1, 0, 0, Math.sin(a), 0, Math.cos(a), 0, x, 0, z, 1]),
    ),
    group: fc.constantFrom('IfcWall', 'IfcSlab'),
  });
  it("a group's bounds, merged from its geometries' boxes, are meshBounds of its positions (signed zeros included)", () => {
    fc.assert(
      fc.property(fc.array(geometry, { minLength: 1, maxLength: 12 }), (geoms) => {
        for (const m of collect(geoms)) expect(m.bounds).toEqual(meshBounds(m.positions));
      }),
      {
        numRuns: 400,
        // +0 then −0 at the low end of x, −0 then +0 at the high end (±1e-50 round to ±0 as floats): the box keeps the first of each.
        examples: [
          [[{ v: [1, 1, 1, 0, 0, 1, -1, 2, 2, 0, 0, 1], m: [1e-50, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1], group: 'IfcWall' }]],
          [
            [
              { v: [-1, 1, 1, 0, 0, 1, 1, 2, 2, 0, 0, 1], m: [1e-50, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1], group: 'IfcWall' },
              { v: [-1, 0, 0, 0, 0, 1], m: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1], group: 'IfcWall' },
            ],
          ],
        ],
      },
    );
  });
});

describe.skipIf(!HAVE_CORPUS)('model reads that ask web-ifc less often', () => {
  const files = HAVE_CORPUS
    ? corpusTable()
        .filter((r) => r.storey > 0)
        .map((r) => r.file)
    : [];
  const types = [
    W.IFCBUILDINGSTOREY,
    W.IFCPROJECT,
    W.IFCSITE,
    W.IFCSPACE,
    W.IFCWALL,
    W.IFCWALLSTANDARDCASE,
    W.IFCDOOR,
    W.IFCSTAIR,
    W.IFCSTAIRFLIGHT,
    W.IFCRAMP,
    W.IFCFURNISHINGELEMENT,
    W.IFCCOLUMN,
    W.IFCMAPCONVERSION,
  ];
  for (const file of files) {
    it(`${file}: prefetched ids are the per-type ids, in order; placementZ is the height frame() walks to; door hosts`, async () => {
      const api = await getIfcApi();
      const model = api.OpenModel(readIfc(file), { COORDINATE_TO_ORIGIN: false });
      try {
        const plain = new ModelReader(api, model);
        const fetched = new ModelReader(api, model);
        // A split limit above every sample's count, so the grouping by line type is what is tested.
        fetched.prefetchIds(types, 100_000);
        for (const t of types) expect(fetched.ids(t)).toEqual(plain.ids(t));
        const placed = [...plain.ids(W.IFCBUILDINGSTOREY), ...plain.ids(W.IFCDOOR), ...plain.ids(W.IFCWALLSTANDARDCASE)].map((id) => ref(plain.line(id)?.ObjectPlacement));
        expect(placed.length).toBeGreaterThan(0);
        for (const p of placed) expect(plain.placementZ(p)).toBeCloseTo(plain.frame(p).o[2], 6);
        // The header prefetch (three batched reads) reads exactly the lines the importer's header reads use,
        // so that those then ask web-ifc for no line: the same lines as the reads make on their own.
        const headerReads = (r: ModelReader) => {
          const scale = r.lengthScale();
          readGeoref(r, scale);
          r.lines(r.ids(W.IFCBUILDINGSTOREY));
          readNames(r);
        };
        // Every line read (GetLine, GetLines) crosses into wasm through GetRawLinesData.
        const calls: number[][] = [];
        const real = api.GetRawLinesData;
        api.GetRawLinesData = ((m: number, ids: number[]) => (calls.push([...ids]), real.call(api, m, ids))) as typeof api.GetRawLinesData;
        try {
          headerReads(new ModelReader(api, model));
          const used = calls.flat().sort((a, b) => a - b);
          calls.length = 0;
          const head = new ModelReader(api, model);
          head.prefetchIds(types);
          head.prefetchHeaderLines(head.ids(W.IFCBUILDINGSTOREY), () => !mapConversionPlaces(head));
          expect(calls.length).toBeLessThanOrEqual(3);
          // Every context is read to find the one with a north; nothing else that is not used.
          const contexts = new Set(head.ids(W.IFCGEOMETRICREPRESENTATIONCONTEXT));
          const prefetched = calls.flat().sort((a, b) => a - b);
          expect(prefetched.filter((id) => !contexts.has(id))).toEqual(used.filter((id) => !contexts.has(id)));
          expect(used.filter((id) => !prefetched.includes(id))).toEqual([]);
          calls.length = 0;
          headerReads(head);
          expect(calls).toEqual([]);
        } finally {
          api.GetRawLinesData = real;
        }
        // Header lines read from web-ifc's raw arguments (rawLines) answer every read as its reader's classes do.
        const headerTypes = [
          W.IFCPROJECT,
          W.IFCBUILDINGSTOREY,
          W.IFCBUILDING,
          W.IFCSITE,
          W.IFCMAPCONVERSION,
          W.IFCPROJECTEDCRS,
          W.IFCGEOMETRICREPRESENTATIONCONTEXT,
          W.IFCUNITASSIGNMENT,
          W.IFCSIUNIT,
          W.IFCDIRECTION,
        ];
        const headerIds = headerTypes.flatMap((t) => plain.ids(t).slice(0, 30));
        const light = new ModelReader(api, model);
        light.rawLines(headerIds);
        // The values as their readers see them: value, reference flag, list; plus what our accessors make of them.
        const plainOf = (v: unknown): unknown =>
          v === undefined || v === null
            ? null
            : Array.isArray(v)
              ? v.map(plainOf)
              : typeof v === 'object'
                ? { value: plainOf((v as { value?: unknown }).value), ref: (v as { type?: number }).type === 5 }
                : v;
        const reads = (v: unknown) => [plainOf(v), str(v), num(v), ref(v), refs(v), compoundAngle(v)];
        for (const id of headerIds) {
          const a = light.line(id) as Record<string, unknown>;
          const b = plain.line(id) as Record<string, unknown>;
          // Every one of these types is covered (a plain object, not read in full), with every attribute but IfcSIUnit's derived Dimensions.
          expect(a.constructor).toBe(Object);
          expect([a.expressID, a.type]).toEqual([b.expressID, b.type]);
          const names = Object.keys(b).filter((k) => k !== 'expressID' && k !== 'type' && k !== 'name' && !(b.type === W.IFCSIUNIT && k === 'Dimensions'));
          expect(
            Object.keys(a)
              .filter((k) => k !== 'expressID' && k !== 'type')
              .sort(),
          ).toEqual([...names].sort());
          for (const k of names) expect(reads(a[k]), `#${id}.${k}`).toEqual(reads(b[k]));
        }
        // Door hosts through inverse lookups are the ones every relation read gives.
        const doors = plain.ids(W.IFCDOOR);
        const hosts = new ModelReader(api, model).hostsOfDoors(doors);
        expect([...hosts]).toEqual([...plain.hostsOfDoors(doors, true)]);
        if (doors.length) expect(hosts.size).toBeGreaterThan(0);
      } finally {
        api.CloseModel(model);
      }
    });
  }
});
