/**
 * One pass over web-ifc's streamed meshes. web-ifc gives Y-up world coordinates (IFC x → x, IFC z → y,
 * IFC y → −z), which is already our three.js convention; plan = (x, −z), elevation = y. Geometry comes
 * in metres (applyLinearScalingFactor) with COORDINATE_TO_ORIGIN off, so plan coordinates are the
 * model's own. For the elements we map we keep plan points (and, for spaces, plan triangles); with
 * `context` on, every mesh is also merged into one buffer per group (positions and indices; web-ifc's
 * vertex normals are left behind, see ContextMesh) and cut at each floor's 1.2 m plane.
 *
 * This runs once per vertex of the whole model, so it is the import's hot loop: each vertex is
 * transformed once into a reused scratch buffer, read straight from the wasm heap (no copy), and every
 * output goes into a growable typed array; nothing is allocated per vertex or per triangle.
 */
import type { IfcAPI, FlatMesh, PlacedGeometry } from 'web-ifc';
import { Chunks, F64List } from './grow';
import { boundsOfRuns, RUN } from './mesh-bounds';
import type { ContextMesh, FloorCut } from './types';

/** Plan geometry of one mapped element, gathered over all its meshes. */
export class ElementGeom {
  /** Where its plan points are: one run in the shared arena (an element's meshes usually come together). */
  private run?: Float64Array;
  private runs?: Float64Array[];
  private readonly down?: F64List;
  private readonly upward?: F64List;
  minY = Infinity;
  maxY = -Infinity;
  constructor(withTriangles: boolean) {
    if (withTriangles) {
      this.down = new F64List(96);
      this.upward = new F64List(96);
    }
  }
  /** Plan points, x/y interleaved. */
  get pts(): Float64Array {
    if (this.runs) {
      let n = 0;
      for (const r of this.runs) n += r.length;
      const all = new Float64Array(n);
      n = 0;
      for (const r of this.runs) {
        all.set(r, n);
        n += r.length;
      }
      this.run = all;
      this.runs = undefined;
    }
    return this.run ?? EMPTY;
  }
  /** Plan triangles (6 numbers each, made counter-clockwise) of faces that looked down; only for spaces. */
  get tris(): Float64Array | undefined {
    return this.down?.view();
  }
  /** Plan triangles of faces that looked up (tried first as the room's one tiled face). */
  get up(): Float64Array | undefined {
    return this.upward?.view();
  }

  /** Adds `nv` world points (x, y, z triples of `wp`) and, with triangles on, the faces of `ix`. */
  add(arena: Chunks<Float64Array>, wp: Float64Array, nv: number, ix: Uint32Array): void {
    arena.room(nv * 2);
    const out = arena.buf;
    const start = arena.at;
    let o = start;
    let lo = this.minY;
    let hi = this.maxY;
    for (let i = 0; i < nv; i++) {
      out[o++] = wp[i * 3];
      out[o++] = -wp[i * 3 + 2];
      const y = wp[i * 3 + 1];
      if (y < lo) lo = y;
      if (y > hi) hi = y;
    }
    arena.at = o;
    this.minY = lo;
    this.maxY = hi;
    const r = this.run;
    if (!r && !this.runs) this.run = out.subarray(start, o);
    else if (r && r.buffer === out.buffer && r.byteOffset + r.byteLength === start * 8) this.run = out.subarray(start - r.length, o);
    else {
      this.runs = [...(this.runs ?? (r ? [r] : [])), out.subarray(start, o)];
      this.run = undefined;
    }
    const down = this.down;
    const up = this.upward;
    if (!down || !up) return;
    for (let t = 0; t + 2 < ix.length; t += 3) {
      const a = ix[t] * 3,
        b = ix[t + 1] * 3,
        c = ix[t + 2] * 3;
      const ax = wp[a],
        az = -wp[a + 2],
        bx = wp[b],
        bz = -wp[b + 2],
        cx = wp[c],
        cz = -wp[c + 2];
      const s = (bx - ax) * (cz - az) - (cx - ax) * (bz - az);
      // Any non-vertical face, made counter-clockwise (winding from exporters is not always consistent).
      if (s > 1e-9) up.push(ax, az, bx, bz, cx, cz);
      else if (s < -1e-9) down.push(ax, az, cx, cz, bx, bz);
    }
  }
}

const EMPTY = new Float64Array(0);

interface Group {
  pos: Chunks<Float32Array>;
  idx: Chunks<Uint32Array>;
  color: [number, number, number, number];
  objects: Set<number>;
  /** One run per placed geometry, RUN numbers each: its first vertex, vertex count and box (see boundsOfRuns). */
  runs: F64List;
}

export interface CutPlane {
  floorId: string;
  y: number;
}

interface Heap {
  HEAPF32: Float32Array;
  HEAPU32: Uint32Array;
}

export class MeshCollector {
  readonly elements = new Map<number, ElementGeom>();
  private groups = new Map<string, Group>();
  /** World positions of the geometry at hand, grown to the largest geometry (a small model needs no 100 KB up front). */
  private scratch = new Float64Array(0);
  /** Cut segments per plane (x1, y1, x2, y2 in plan metres), in doubles until the end like everything else. */
  private readonly segs: F64List[];
  /** Plan points of every mapped element, one run per element (see ElementGeom). */
  private arena = new Chunks((n) => new Float64Array(n));
  meshes = 0;
  triangles = 0;

  constructor(
    private readonly api: IfcAPI,
    private readonly model: number,
    /** Elements whose plan points we keep; true = also keep plan triangles. */
    private readonly wanted: Map<number, boolean>,
    /** Group name of a mesh for the context, or null to leave it out; undefined → no context at all. */
    private readonly groupOf?: (expressId: number) => string | null,
    private readonly cuts: CutPlane[] = [],
    /** Metres per file length unit; pass meshes streamed without web-ifc's linear scaling. */
    private readonly scale = 1,
  ) {
    this.segs = cuts.map(() => new F64List(256));
  }

  readonly onMesh = (mesh: FlatMesh): void => {
    this.meshes++;
    const id = mesh.expressID;
    const wantTris = this.wanted.get(id);
    let el: ElementGeom | undefined;
    if (wantTris !== undefined) {
      el = this.elements.get(id);
      if (!el) this.elements.set(id, (el = new ElementGeom(wantTris)));
    }
    const groupName = this.groupOf ? this.groupOf(id) : null;
    if (!el && !groupName) return;
    const geoms = mesh.geometries;
    const n = geoms.size();
    for (let gi = 0; gi < n; gi++) {
      const pg = geoms.get(gi);
      const geom = this.api.GetGeometry(this.model, pg.geometryExpressID);
      try {
        this.placed(geom.GetVertexData(), geom.GetVertexDataSize(), geom.GetIndexData(), geom.GetIndexDataSize(), pg, id, el, groupName);
      } finally {
        geom.delete();
      }
    }
  };

  /**
   * One placed geometry: vertex data is x, y, z, nx, ny, nz floats; `m` is a column-major 4×4 placement.
   * Long because its vertex loops are written out in place: they run for every vertex of the model, and a call per
   * vertex (or a transform helper) is what the import's geometry stage would then spend its time on.
   */
  private placed(vPtr: number, vSize: number, iPtr: number, iSize: number, pg: PlacedGeometry, id: number, el: ElementGeom | undefined, groupName: string | null) {
    // Read in place from the wasm heap: web-ifc's GetVertexArray/GetIndexArray would copy both arrays first.
    // Nothing below calls into wasm, so the heap cannot grow (and detach these views) while we read.
    const heap = this.api.wasmModule as Heap | undefined;
    const v = heap?.HEAPF32 ? heap.HEAPF32.subarray(vPtr >> 2, (vPtr >> 2) + vSize) : this.api.GetVertexArray(vPtr, vSize);
    const ix = heap?.HEAPU32 ? heap.HEAPU32.subarray(iPtr >> 2, (iPtr >> 2) + iSize) : this.api.GetIndexArray(iPtr, iSize);
    // Meshes are streamed in file units and scaled here by the unit the importer read: web-ifc's own scaling
    // silently stays 1 when it misses the project's units (no IfcProject), which made halls 1000× too big.
    const m = pg.flatTransformation;
    const k = this.scale;
    const m0 = m[0] * k,
      m1 = m[1] * k,
      m2 = m[2] * k,
      m4 = m[4] * k,
      m5 = m[5] * k,
      m6 = m[6] * k,
      m8 = m[8] * k,
      m9 = m[9] * k,
      m10 = m[10] * k,
      m12 = m[12] * k,
      m13 = m[13] * k,
      m14 = m[14] * k;
    const nv = (v.length / 6) | 0;
    if (this.scratch.length < nv * 3) this.scratch = new Float64Array(Math.max(nv * 3, this.scratch.length * 2));
    const wp = this.scratch;
    this.triangles += (ix.length / 3) | 0;
    const g = groupName ? this.group(groupName, pg.color) : undefined;
    if (!g) {
      for (let i = 0, s = 0, d = 0; i < nv; i++, s += 6, d += 3) {
        const x = v[s],
          y = v[s + 1],
          z = v[s + 2];
        wp[d] = m0 * x + m4 * y + m8 * z + m12;
        wp[d + 1] = m1 * x + m5 * y + m9 * z + m13;
        wp[d + 2] = m2 * x + m6 * y + m10 * z + m14;
      }
      if (el) el.add(this.arena, wp, nv, ix);
      return;
    }
    // One pass: world position (kept in doubles for plan points and cuts) and its float copy. No normals:
    // the context is drawn flat-shaded, its face normals made in the fragment shader (context-geometry.ts).
    g.objects.add(id);
    const base = g.pos.length / 3;
    g.pos.room(nv * 3);
    const pos = g.pos.buf;
    const po = g.pos.at;
    let lo = Infinity;
    let hi = -Infinity;
    // The box of the stored (float) positions, compared as meshBounds compares them, for the mesh's bounds.
    let x0 = Infinity,
      y0 = Infinity,
      z0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity,
      z1 = -Infinity;
    for (let i = 0, s = 0, d = 0; i < nv; i++, s += 6, d += 3) {
      const x = v[s],
        y = v[s + 1],
        z = v[s + 2];
      const wx = m0 * x + m4 * y + m8 * z + m12;
      const wy = m1 * x + m5 * y + m9 * z + m13;
      const wz = m2 * x + m6 * y + m10 * z + m14;
      if (wy < lo) lo = wy;
      if (wy > hi) hi = wy;
      wp[d] = wx;
      wp[d + 1] = wy;
      wp[d + 2] = wz;
      const fx = Math.fround(wx),
        fy = Math.fround(wy),
        fz = Math.fround(wz);
      if (fx < x0) x0 = fx;
      if (fx > x1) x1 = fx;
      if (fy < y0) y0 = fy;
      if (fy > y1) y1 = fy;
      if (fz < z0) z0 = fz;
      if (fz > z1) z1 = fz;
      pos[po + d] = fx;
      pos[po + d + 1] = fy;
      pos[po + d + 2] = fz;
    }
    g.pos.at = po + nv * 3;
    if (nv > 0) g.runs.push(base, nv, x0, y0, z0, x1, y1, z1);
    g.idx.room(ix.length);
    const idx = g.idx.buf;
    const io = g.idx.at;
    for (let t = 0; t < ix.length; t++) idx[io + t] = base + ix[t];
    g.idx.at = io + ix.length;
    if (el) el.add(this.arena, wp, nv, ix);
    if (this.cuts.length) this.cut(wp, ix, lo, hi);
  }

  private group(name: string, color: { x: number; y: number; z: number; w: number }): Group {
    const key = color.w < 0.99 ? `${name}:glass` : name;
    let g = this.groups.get(key);
    if (!g) {
      g = {
        pos: new Chunks((k) => new Float32Array(k)),
        idx: new Chunks((k) => new Uint32Array(k)),
        color: [color.x, color.y, color.z, color.w],
        objects: new Set(),
        runs: new F64List(8 * RUN),
      };
      this.groups.set(key, g);
    }
    return g;
  }

  /** Segments where each triangle crosses a floor's cut plane, in plan coordinates; lo/hi: the vertices' height range. */
  private cut(wp: Float64Array, ix: Uint32Array, lo: number, hi: number) {
    const planes = this.cuts;
    // Skip the whole geometry when no plane passes through its height range.
    let any = false;
    for (const p of planes) if (p.y > lo && p.y < hi) any = true;
    if (!any) return;
    for (let t = 0; t + 2 < ix.length; t += 3) {
      const a = ix[t] * 3,
        b = ix[t + 1] * 3,
        c = ix[t + 2] * 3;
      const ya = wp[a + 1],
        yb = wp[b + 1],
        yc = wp[c + 1];
      const tlo = Math.min(ya, yb, yc),
        thi = Math.max(ya, yb, yc);
      for (let pi = 0; pi < planes.length; pi++) {
        const h = planes[pi].y;
        if (h <= tlo || h >= thi) continue;
        // The plane crosses exactly two of the three edges (it is strictly between the lowest and highest corner).
        const ab = ya < h !== yb < h,
          bc = yb < h !== yc < h,
          ca = yc < h !== ya < h;
        let x1: number, z1: number, x2: number, z2: number;
        if (ab) {
          const s = (h - ya) / (yb - ya);
          x1 = wp[a] + (wp[b] - wp[a]) * s;
          z1 = -(wp[a + 2] + (wp[b + 2] - wp[a + 2]) * s);
          if (bc) {
            const s2 = (h - yb) / (yc - yb);
            x2 = wp[b] + (wp[c] - wp[b]) * s2;
            z2 = -(wp[b + 2] + (wp[c + 2] - wp[b + 2]) * s2);
          } else if (ca) {
            const s2 = (h - yc) / (ya - yc);
            x2 = wp[c] + (wp[a] - wp[c]) * s2;
            z2 = -(wp[c + 2] + (wp[a + 2] - wp[c + 2]) * s2);
          } else continue;
        } else if (bc && ca) {
          const s = (h - yb) / (yc - yb);
          x1 = wp[b] + (wp[c] - wp[b]) * s;
          z1 = -(wp[b + 2] + (wp[c + 2] - wp[b + 2]) * s);
          const s2 = (h - yc) / (ya - yc);
          x2 = wp[c] + (wp[a] - wp[c]) * s2;
          z2 = -(wp[c + 2] + (wp[a + 2] - wp[c + 2]) * s2);
        } else continue;
        this.segs[pi].push(x1, z1, x2, z2);
      }
    }
  }

  contextMeshes(): ContextMesh[] {
    return [...this.groups.entries()].map(([group, g]) => {
      const positions = g.pos.done();
      return { group, positions, indices: g.idx.done(), color: g.color, objects: g.objects.size, bounds: boundsOfRuns(positions, g.runs.view()) };
    });
  }

  floorCuts(): FloorCut[] {
    return this.cuts.map((c, i) => ({ floorId: c.floorId, cutElevation: c.y, segments: new Float32Array(this.segs[i].view()) }));
  }
}
