/** Small builder for writing sample halls in code: ids are readable and deterministic. */
import type { Floor, HallDocument } from '../../src/core/document';
import type { HallElement } from '../../src/core/kinds/registry';
import { KINDS } from '../../src/core/kinds/registry';
import type { Vec2 } from '../../src/core/geometry/vec';
import type { Polygon } from '../../src/core/geometry/polygon';
import type { CounterType, EntranceKind, LinkKind, PointKind, SignKind, ZoneType } from '../../src/core/vocab';
import { ZONE_TYPES } from '../../src/core/vocab';

export const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

export class FloorBuilder {
  readonly elements: HallElement[] = [];
  private n = new Map<string, number>();
  constructor(
    readonly id: string,
    readonly prefix: string,
  ) {}

  private nextId(kind: string): string {
    const k = (this.n.get(kind) ?? 0) + 1;
    this.n.set(kind, k);
    return `${this.prefix}-${kind}-${String(k).padStart(2, '0')}`;
  }

  private push<E extends HallElement>(e: E): E {
    this.elements.push(e);
    return e;
  }

  wall(a: Vec2, b: Vec2, thickness = 0.2, extra: { glazed?: boolean } = {}) {
    return this.push(KINDS.wall.create({ id: this.nextId('wall'), a, b, thickness, ...extra }));
  }

  /** A closed run of walls through the points (last joins the first when `closed`). */
  walls(points: Vec2[], closed = true, thickness = 0.2) {
    const out = [];
    for (let i = 0; i < points.length - (closed ? 0 : 1); i++) out.push(this.wall(points[i], points[(i + 1) % points.length], thickness));
    return out;
  }

  door(wallId: string, position: Vec2, width: number, entrance: EntranceKind = 'none', extra: Partial<HallElement & { kind: 'opening' }> = {}) {
    const wall = this.elements.find((e) => e.id === wallId);
    if (wall?.kind !== 'wall') throw new Error(`no wall ${wallId}`);
    const rotation = (Math.atan2(wall.b[1] - wall.a[1], wall.b[0] - wall.a[0]) * 180) / Math.PI;
    return this.push(KINDS.opening.create({ id: this.nextId('door'), wallId, position, width, entrance, rotation, ...extra }));
  }

  window(wallId: string, position: Vec2, width: number, extra: Partial<HallElement & { kind: 'window' }> = {}) {
    const wall = this.elements.find((e) => e.id === wallId);
    if (wall?.kind !== 'wall') throw new Error(`no wall ${wallId}`);
    const rotation = (Math.atan2(wall.b[1] - wall.a[1], wall.b[0] - wall.a[0]) * 180) / Math.PI;
    return this.push(KINDS.window.create({ id: this.nextId('window'), wallId, position, width, rotation, ...extra }));
  }

  zone(type: ZoneType, polygon: Polygon, name?: string, extra: { also?: ZoneType[]; department?: string; nameEn?: string } = {}) {
    const t = ZONE_TYPES[type];
    return this.push(
      KINDS.zone.create({ id: this.nextId('zone'), type, polygon, name: name ?? t.zh, nameEn: extra.nameEn ?? t.en, also: extra.also ?? [], department: extra.department }),
    );
  }

  counter(type: CounterType, number: string, position: Vec2, rotation: number, extra: Partial<HallElement & { kind: 'counter' }> = {}) {
    return this.push(KINDS.counter.create({ id: this.nextId('counter'), type, number, position, rotation, ...extra }));
  }

  sign(signKind: SignKind, position: Vec2, zh: string, en: string, extra: Partial<HallElement & { kind: 'sign' }> = {}) {
    return this.push(KINDS.sign.create({ id: this.nextId('sign'), signKind, position, text: { zh, en }, ...extra }));
  }

  point(pointKind: PointKind, position: Vec2, extra: Partial<HallElement & { kind: 'point' }> = {}) {
    return this.push(KINDS.point.create({ id: this.nextId(pointKind === 'first-aid-kit' ? 'kit' : pointKind), pointKind, position, ...extra }));
  }

  vlink(linkKind: LinkKind, floors: string[], position: Vec2, size: { w: number; d: number }, extra: Partial<HallElement & { kind: 'vlink' }> = {}) {
    return this.push(KINDS.vlink.create({ id: this.nextId(linkKind), linkKind, floors, position, size, ...extra }));
  }

  route(points: Vec2[], width = 1.5) {
    return this.push(KINDS.route.create({ id: this.nextId('route'), points, width }));
  }

  obstacle(polygon: Polygon, name: string, height = 1.1, seeThrough = true) {
    return this.push(KINDS.obstacle.create({ id: this.nextId('obstacle'), polygon, name, height, seeThrough }));
  }

  build(name: string, storey: number, elevation: number, height: number, outline: Polygon): Floor {
    return { id: this.id, name, storey, elevation, height, outline, elements: this.elements };
  }
}

export function hall(meta: Partial<HallDocument['meta']> & { name: string }, floors: Floor[]): HallDocument {
  return {
    format: 'halltwin',
    version: 1,
    meta: {
      preset: 'hunan',
      level: 'county',
      queue: {},
      ruleOverrides: {},
      disabledRules: [],
      sprinklers: false,
      crowded: false,
      ...meta,
    },
    floors,
  };
}
