/**
 * One pass over web-ifc's streamed meshes. web-ifc gives Y-up world coordinates (IFC x → x, IFC z → y,
 * IFC y → −z), which is already our three.js convention; plan = (x, −z), elevation = y. Geometry comes
 * in metres (applyLinearScalingFactor) with COORDINATE_TO_ORIGIN off, so plan coordinates are the
 * model's own. For the elements we map we keep plan points (and, for spaces, plan triangles); with
 * `context` on, every mesh is also merged into one buffer per group and cut at each floor's 1.2 m plane.
 */
import type { IfcAPI, FlatMesh } from 'web-ifc';
import type { ContextMesh, FloorCut } from './types';

export interface ElementGeom {
  /** Plan points, x/y interleaved. */
  pts: number[];
  /** Plan triangles (6 numbers each, counter-clockwise) of non-vertical faces; only collected for spaces. */
  tris?: number[];
  /** How many of `tris` (from the start) faced up; the rest faced down and were reversed. */
  up?: number[];
  minY: number;
  maxY: number;
}

class Grow<T extends Float32Array | Uint32Array> {
  n = 0;
  constructor(
    public buf: T,
    private readonly make: (n: number) => T,
  ) {}
  reserve(k: number) {
    if (this.n + k <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.n + k) cap *= 2;
    const nb = this.make(cap);
    nb.set(this.buf.subarray(0, this.n));
    this.buf = nb;
  }
  done(): T {
    return this.buf.slice(0, this.n) as T;
  }
}

interface Group {
  pos: Grow<Float32Array>;
  nor: Grow<Float32Array>;
  idx: Grow<Uint32Array>;
  color: [number, number, number, number];
  objects: Set<number>;
}

export interface CutPlane {
  floorId: string;
  y: number;
  segs: number[];
}

export class MeshCollector {
  readonly elements = new Map<number, ElementGeom>();
  private groups = new Map<string, Group>();
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
  ) {}

  readonly onMesh = (mesh: FlatMesh): void => {
    this.meshes++;
    const id = mesh.expressID;
    const wantTris = this.wanted.get(id);
    let el: ElementGeom | undefined;
    if (wantTris !== undefined) {
      el = this.elements.get(id);
      if (!el) this.elements.set(id, (el = { pts: [], minY: Infinity, maxY: -Infinity, ...(wantTris ? { tris: [], up: [] } : {}) }));
    }
    const groupName = this.groupOf ? this.groupOf(id) : null;
    if (!el && !groupName) return;
    const geoms = mesh.geometries;
    const n = geoms.size();
    for (let gi = 0; gi < n; gi++) {
      const pg = geoms.get(gi);
      const geom = this.api.GetGeometry(this.model, pg.geometryExpressID);
      const v = this.api.GetVertexArray(geom.GetVertexData(), geom.GetVertexDataSize());
      const ix = this.api.GetIndexArray(geom.GetIndexData(), geom.GetIndexDataSize());
      geom.delete();
      const m = pg.flatTransformation;
      const nv = v.length / 6;
      const wp = new Float64Array(nv * 3);
      for (let i = 0; i < nv; i++) {
        const x = v[i * 6], y = v[i * 6 + 1], z = v[i * 6 + 2];
        wp[i * 3] = m[0] * x + m[4] * y + m[8] * z + m[12];
        wp[i * 3 + 1] = m[1] * x + m[5] * y + m[9] * z + m[13];
        wp[i * 3 + 2] = m[2] * x + m[6] * y + m[10] * z + m[14];
      }
      this.triangles += ix.length / 3;
      if (el) this.keepPlan(el, wp, ix);
      if (groupName) this.merge(groupName, id, pg.color, wp, v, m, ix);
    }
  };

  private keepPlan(el: ElementGeom, wp: Float64Array, ix: Uint32Array) {
    const nv = wp.length / 3;
    for (let i = 0; i < nv; i++) {
      el.pts.push(wp[i * 3], -wp[i * 3 + 2]);
      const y = wp[i * 3 + 1];
      if (y < el.minY) el.minY = y;
      if (y > el.maxY) el.maxY = y;
    }
    if (!el.tris) return;
    for (let t = 0; t + 2 < ix.length; t += 3) {
      const a = ix[t] * 3, b = ix[t + 1] * 3, c = ix[t + 2] * 3;
      const ax = wp[a], az = -wp[a + 2], bx = wp[b], bz = -wp[b + 2], cx = wp[c], cz = -wp[c + 2];
      const s = (bx - ax) * (cz - az) - (cx - ax) * (bz - az);
      // Any non-vertical face, made counter-clockwise (winding from exporters is not always consistent).
      if (s > 1e-9) el.up!.push(ax, az, bx, bz, cx, cz);
      else if (s < -1e-9) el.tris.push(ax, az, cx, cz, bx, bz);
    }
  }

  private merge(name: string, id: number, color: { x: number; y: number; z: number; w: number }, wp: Float64Array, v: Float32Array, m: number[], ix: Uint32Array) {
    const key = color.w < 0.99 ? `${name}:glass` : name;
    let g = this.groups.get(key);
    if (!g) {
      g = {
        pos: new Grow(new Float32Array(3 * 4096), (k) => new Float32Array(k)),
        nor: new Grow(new Float32Array(3 * 4096), (k) => new Float32Array(k)),
        idx: new Grow(new Uint32Array(3 * 4096), (k) => new Uint32Array(k)),
        color: [color.x, color.y, color.z, color.w],
        objects: new Set(),
      };
      this.groups.set(key, g);
    }
    g.objects.add(id);
    const nv = wp.length / 3;
    const base = g.pos.n / 3;
    g.pos.reserve(nv * 3);
    g.nor.reserve(nv * 3);
    for (let i = 0; i < nv; i++) {
      g.pos.buf[g.pos.n++] = wp[i * 3];
      g.pos.buf[g.pos.n++] = wp[i * 3 + 1];
      g.pos.buf[g.pos.n++] = wp[i * 3 + 2];
      const nx = v[i * 6 + 3], ny = v[i * 6 + 4], nz = v[i * 6 + 5];
      g.nor.buf[g.nor.n++] = m[0] * nx + m[4] * ny + m[8] * nz;
      g.nor.buf[g.nor.n++] = m[1] * nx + m[5] * ny + m[9] * nz;
      g.nor.buf[g.nor.n++] = m[2] * nx + m[6] * ny + m[10] * nz;
    }
    g.idx.reserve(ix.length);
    for (let t = 0; t < ix.length; t++) g.idx.buf[g.idx.n++] = base + ix[t];
    if (this.cuts.length) this.cut(wp, ix);
  }

  /** Segments where each triangle crosses a floor's cut plane, in plan coordinates. */
  private cut(wp: Float64Array, ix: Uint32Array) {
    for (let t = 0; t + 2 < ix.length; t += 3) {
      const a = ix[t] * 3, b = ix[t + 1] * 3, c = ix[t + 2] * 3;
      const ya = wp[a + 1], yb = wp[b + 1], yc = wp[c + 1];
      const lo = Math.min(ya, yb, yc), hi = Math.max(ya, yb, yc);
      for (const plane of this.cuts) {
        const h = plane.y;
        if (h <= lo || h >= hi) continue;
        const out: number[] = [];
        const edge = (p: number, q: number, yp: number, yq: number) => {
          if ((yp < h) === (yq < h)) return;
          const s = (h - yp) / (yq - yp);
          out.push(wp[p] + (wp[q] - wp[p]) * s, -(wp[p + 2] + (wp[q + 2] - wp[p + 2]) * s));
        };
        edge(a, b, ya, yb);
        edge(b, c, yb, yc);
        edge(c, a, yc, ya);
        if (out.length === 4) plane.segs.push(out[0], out[1], out[2], out[3]);
      }
    }
  }

  contextMeshes(): ContextMesh[] {
    return [...this.groups.entries()].map(([group, g]) => ({
      group,
      positions: g.pos.done(),
      normals: g.nor.done(),
      indices: g.idx.done(),
      color: g.color,
      objects: g.objects.size,
    }));
  }

  floorCuts(): FloorCut[] {
    return this.cuts.map((c) => ({ floorId: c.floorId, cutElevation: c.y, segments: new Float32Array(c.segs) }));
  }
}
