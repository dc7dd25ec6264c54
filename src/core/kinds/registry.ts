/**
 * The element-kind registry. A new kind is one folder under kinds/ and one line in KIND_LIST;
 * everything else (schema union, inspector, commands, hit-testing) goes through here.
 */
import { z } from 'zod';
import type { KindDef } from './base';
import { wallKind, WallSchema } from './wall';
import { openingKind, OpeningSchema } from './opening';
import { zoneKind, ZoneSchema } from './zone';
import { counterKind, CounterSchema } from './counter';
import { signKind, SignSchema } from './sign';
import { pointKind, PointSchema } from './point';
import { vlinkKind, VLinkSchema } from './vlink';
import { routeKind, RouteSchema } from './route';
import { obstacleKind, ObstacleSchema } from './obstacle';
import { windowKind, WindowSchema } from './window';

export const ElementSchema = z.discriminatedUnion('kind', [
  WallSchema,
  OpeningSchema,
  ZoneSchema,
  CounterSchema,
  SignSchema,
  PointSchema,
  VLinkSchema,
  RouteSchema,
  ObstacleSchema,
  WindowSchema,
]);
export type HallElement = z.infer<typeof ElementSchema>;
export type ElementKind = HallElement['kind'];
export type ElementOf<K extends ElementKind> = Extract<HallElement, { kind: K }>;

/** Typed per kind, so a kind in the schema union without a definition (or with one missing a field) does not compile. */
const DEFS: { [K in ElementKind]: KindDef<ElementOf<K>> } = {
  wall: wallKind,
  opening: openingKind,
  zone: zoneKind,
  counter: counterKind,
  sign: signKind,
  point: pointKind,
  vlink: vlinkKind,
  route: routeKind,
  obstacle: obstacleKind,
  window: windowKind,
};

/**
 * Footprints memoised per element object: elements are immutable, and rasters, rules and hit-testing ask for the
 * same footprints on every edit. The arrays are frozen so a caller that tried to change one would fail loudly.
 */
function memoFootprint<E extends HallElement>(k: KindDef<E>): KindDef<E> {
  const cache = new WeakMap<object, ReturnType<typeof k.footprint>>();
  const compute = k.footprint.bind(k);
  return {
    ...k,
    footprint: (el) => {
      let fp = cache.get(el);
      if (fp === undefined) {
        fp = compute(el);
        if (fp) Object.freeze(fp);
        cache.set(el, fp);
      }
      return fp;
    },
  };
}

export const KINDS = Object.fromEntries(Object.entries(DEFS).map(([id, k]) => [id, memoFootprint(k as KindDef<HallElement>)])) as typeof DEFS;

export function kindOf<E extends HallElement>(el: E): KindDef<E> {
  return KINDS[el.kind] as unknown as KindDef<E>;
}

export const ELEMENT_KINDS = Object.keys(KINDS) as ElementKind[];
