/** The STEP pieces our IFC writers share: where they write, placements, extruded shapes and property sets. */
import type { Polygon } from '../core/geometry/polygon';
import { ensureCCW } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';
import { stableGlobalId } from '../core/ids';
import { type StepWriter, b, e, f, list, r, refList, s } from './step';

export type PropVal = string | number | boolean | undefined | null;

export interface Target {
  w: StepWriter;
  /** IFC2X3 attribute lists differ for a few entities. */
  is2x3: boolean;
  owner: string;
  body: number;
  /** File length units per metre (1000 for a millimetre model). */
  k: number;
  dirZ: number;
  origin3: number;
}

/** Everything the element writers need about where they go. */
export interface Place {
  /** Placement to be relative to (storey's), or undefined = world. */
  relTo?: number;
  /** Added to z (world placement puts elements at the floor's elevation). */
  z0: number;
}

export function gidOf(el: { id: string; ifcGlobalId?: string }): string {
  return el.ifcGlobalId ?? stableGlobalId(el.id);
}

export function pset(t: Target, seed: string, name: string, objects: number[], props: Record<string, PropVal>) {
  const ids: number[] = [];
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null) continue;
    const val =
      typeof v === 'boolean'
        ? `IFCBOOLEAN(${b(v)})`
        : typeof v === 'number'
          ? Number.isInteger(v) && (k === 'Storey' || k === 'Count')
            ? `IFCINTEGER(${v})`
            : `IFCREAL(${f(v)})`
          : `IFCTEXT(${s(v)})`;
    ids.push(t.w.add('IFCPROPERTYSINGLEVALUE', s(k), '$', val, '$'));
  }
  const ps = t.w.add('IFCPROPERTYSET', s(stableGlobalId(`pset:${seed}:${name}`)), t.owner, s(name), '$', refList(ids));
  t.w.add('IFCRELDEFINESBYPROPERTIES', s(stableGlobalId(`rel:pset:${seed}:${name}`)), t.owner, '$', '$', refList(objects), r(ps));
}

/** Local placement at plan point `p`, x axis at `deg` CCW from east, `dz` above the floor. */
export function placement(t: Target, place: Place, p: Vec2, deg: number, dz = 0): number {
  const a = (deg * Math.PI) / 180;
  const loc = t.w.add('IFCCARTESIANPOINT', list([f(p[0] * t.k), f(p[1] * t.k), f((place.z0 + dz) * t.k)]));
  const x = t.w.add('IFCDIRECTION', list([f(round12(Math.cos(a))), f(round12(Math.sin(a))), f(0)]));
  const ax = t.w.add('IFCAXIS2PLACEMENT3D', r(loc), r(t.dirZ), r(x));
  return t.w.add('IFCLOCALPLACEMENT', place.relTo !== undefined ? r(place.relTo) : '$', r(ax));
}

function shape(t: Target, items: number[], kind = 'SweptSolid'): number {
  const rep = t.w.add('IFCSHAPEREPRESENTATION', r(t.body), s('Body'), s(kind), refList(items));
  return t.w.add('IFCPRODUCTDEFINITIONSHAPE', '$', '$', refList([rep]));
}

/** Box `w` (local x) × `d` (local y) × `h`, its plan centre at local (cx, cy), bottom at `z`. */
export function box(t: Target, w: number, d: number, h: number, cx = 0, cy = 0, z = 0): number {
  const k = t.k;
  const c2 = t.w.add('IFCCARTESIANPOINT', list([f(cx * k), f(cy * k)]));
  const p2 = t.w.add('IFCAXIS2PLACEMENT2D', r(c2), '$');
  const prof = t.w.add('IFCRECTANGLEPROFILEDEF', e('AREA'), '$', r(p2), f(w * k), f(d * k));
  const pos = z ? t.w.add('IFCAXIS2PLACEMENT3D', r(t.w.add('IFCCARTESIANPOINT', list([f(0), f(0), f(z * k)]))), '$', '$') : t.w.add('IFCAXIS2PLACEMENT3D', r(t.origin3), '$', '$');
  return shape(t, [t.w.add('IFCEXTRUDEDAREASOLID', r(prof), r(pos), r(t.dirZ), f(h * k))]);
}

/** Prism over a plan polygon given in the placement's own coordinates. */
export function prism(t: Target, poly: Polygon, h: number): number {
  const k = t.k;
  const ring = ensureCCW(poly);
  const pts = [...ring, ring[0]].map((p) => t.w.add('IFCCARTESIANPOINT', list([f(p[0] * k), f(p[1] * k)])));
  const pl = t.w.add('IFCPOLYLINE', refList(pts));
  const prof = t.w.add('IFCARBITRARYCLOSEDPROFILEDEF', e('AREA'), '$', r(pl));
  const pos = t.w.add('IFCAXIS2PLACEMENT3D', r(t.origin3), '$', '$');
  return shape(t, [t.w.add('IFCEXTRUDEDAREASOLID', r(prof), r(pos), r(t.dirZ), f(h * k))]);
}

export const round12 = (x: number) => Math.round(x * 1e12) / 1e12;

/** A building element proxy (IFC4 USERDEFINED, IFC2X3 ELEMENT) of an element of ours. */
export function proxy(t: Target, el: { id: string; ifcGlobalId?: string; name?: string }, objectType: string, pl: number, sh: number): number {
  const gid = s(gidOf(el));
  const name = s(el.name ?? null);
  return t.is2x3
    ? t.w.add('IFCBUILDINGELEMENTPROXY', gid, t.owner, name, '$', s(objectType), r(pl), r(sh), '$', e('ELEMENT'))
    : t.w.add('IFCBUILDINGELEMENTPROXY', gid, t.owner, name, '$', s(objectType), r(pl), r(sh), '$', e('USERDEFINED'));
}
