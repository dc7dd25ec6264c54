/**
 * Small halls for the scenario suite, written the way an auditor describes them: a 30 × 20 m room with a main
 * entrance in the south wall, and whatever the clause is about placed in it. Every scenario asserts one rule's
 * verdict; what else the little hall lacks is other rules' business.
 */
import type { Floor, HallDocument } from '../../../../src/core/document';
import { CURRENT_VERSION, MetaSchema } from '../../../../src/core/document';
import { KINDS, type ElementOf, type HallElement } from '../../../../src/core/kinds/registry';
import type { Polygon } from '../../../../src/core/geometry/polygon';
import type { Vec2 } from '../../../../src/core/geometry/vec';
import type { CounterType, HallLevel, LinkKind, PointKind, PresetId, SignKind, ZoneType } from '../../../../src/core/vocab';

export const box = (x0: number, y0: number, x1: number, y1: number): Polygon => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

let seq = 0;
const nextId = (p: string) => `${p}-${++seq}`;

export const zone = (type: ZoneType, poly: Polygon, extra: Partial<ElementOf<'zone'>> = {}): HallElement =>
  KINDS.zone.create({ id: extra.id ?? nextId(type), name: extra.name ?? type, type, polygon: poly, ...extra }) as HallElement;
export const counter = (type: CounterType, at: Vec2, extra: Partial<ElementOf<'counter'>> = {}): HallElement =>
  KINDS.counter.create({ id: extra.id ?? nextId('c'), type, position: at, number: extra.number ?? `${++seq}`, ...extra }) as HallElement;
export const sign = (signKind: SignKind, at: Vec2, extra: Partial<ElementOf<'sign'>> = {}): HallElement =>
  KINDS.sign.create({ id: extra.id ?? nextId('s'), signKind, position: at, text: { zh: '标识', en: 'Sign' }, ...extra }) as HallElement;
export const point = (pointKind: PointKind, at: Vec2, extra: Partial<ElementOf<'point'>> = {}): HallElement =>
  KINDS.point.create({ id: extra.id ?? nextId(pointKind), pointKind, position: at, ...extra }) as HallElement;
export const door = (at: Vec2, extra: Partial<ElementOf<'opening'>> = {}): HallElement =>
  KINDS.opening.create({ id: extra.id ?? nextId('d'), position: at, width: 1.5, ...extra }) as HallElement;
export const wall = (a: Vec2, b: Vec2, extra: Partial<ElementOf<'wall'>> = {}): HallElement =>
  KINDS.wall.create({ id: extra.id ?? nextId('w'), a, b, thickness: 0.2, ...extra }) as HallElement;
export const obstacle = (poly: Polygon, extra: Partial<ElementOf<'obstacle'>> = {}): HallElement =>
  KINDS.obstacle.create({ id: extra.id ?? nextId('o'), polygon: poly, ...extra }) as HallElement;
export const vlink = (linkKind: LinkKind, at: Vec2, floors: string[], extra: Partial<ElementOf<'vlink'>> = {}): HallElement =>
  KINDS.vlink.create({ id: extra.id ?? nextId(linkKind), linkKind, position: at, floors, ...extra }) as HallElement;

/** The outline's four walls (a gap is left where `doors` stand is not needed: doors sit in walls). */
export function outerWalls(w: number, h: number): HallElement[] {
  return [wall([0, 0], [w, 0], { id: 'wall-s' }), wall([w, 0], [w, h], { id: 'wall-e' }), wall([w, h], [0, h], { id: 'wall-n' }), wall([0, h], [0, 0], { id: 'wall-w' })];
}

export const W = 30;
export const H = 20;
/** The main entrance: 1.8 m wide in the middle of the south wall. */
export const MAIN: Vec2 = [W / 2, 0];
export const mainDoor = (extra: Partial<ElementOf<'opening'>> = {}): HallElement =>
  door(MAIN, { id: 'main', name: '主入口', entrance: 'main', width: 1.8, wallId: 'wall-s', ...extra });

export interface FloorSpec {
  id?: string;
  storey?: number;
  elevation?: number;
  /** Elements besides the outer walls (and, on storey 1, the main entrance unless `noMain`). */
  elements: HallElement[];
  noMain?: boolean;
  outline?: Polygon;
  /** Width and depth of the floor (its outline and outer walls) when not the usual 30 × 20 m. */
  size?: [number, number];
}

export interface HallSpec {
  preset: PresetId;
  level?: HallLevel;
  crowded?: boolean;
  sprinklers?: boolean;
  /** Preset parameters tuned for this hall (`meta.ruleOverrides`). */
  overrides?: Record<string, number | boolean | string>;
  /** Queue inputs per counter type (`meta.queue`). */
  queue?: Record<string, { arrivalsPerHour: number; serviceMin: number }>;
  floors: FloorSpec[];
}

/** A hall of one or more 30 × 20 m floors, F1 (storey 1) first. */
export function hall(spec: HallSpec): HallDocument {
  const floors: Floor[] = spec.floors.map((f, i) => {
    const storey = f.storey ?? i + 1;
    const id = f.id ?? `F${storey}`;
    const [w, h] = f.size ?? [W, H];
    const els = [...outerWalls(w, h), ...(storey === 1 && i === 0 && !f.noMain ? [mainDoor()] : []), ...f.elements];
    return { id, name: `${storey}F`, storey, elevation: f.elevation ?? (storey - 1) * 4.5, height: 4.5, outline: f.outline ?? box(0, 0, w, h), elements: els };
  });
  return {
    format: 'halltwin',
    version: CURRENT_VERSION,
    meta: MetaSchema.parse({
      name: 'scenario',
      preset: spec.preset,
      level: spec.level ?? 'county',
      crowded: spec.crowded ?? false,
      sprinklers: spec.sprinklers ?? false,
      ruleOverrides: spec.overrides ?? {},
      queue: spec.queue ?? {},
    }),
    floors,
  };
}

/** One floor, storey 1: the usual scenario. */
export const oneFloor = (preset: PresetId, elements: HallElement[], level: HallLevel = 'county'): HallDocument => hall({ preset, level, floors: [{ elements }] });
