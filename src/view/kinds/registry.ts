/** One layer component per element kind: a new kind adds its file and one line here. */
import type { ComponentType } from 'react';
import type { ElementKind } from '../../core/kinds/registry';
import type { LayerProps } from './types';
import { WallsLayer } from './walls';
import { OpeningsLayer } from './openings';
import { ZonesLayer } from './zones';
import { CountersLayer } from './counters';
import { SignsLayer } from './signs';
import { PointsLayer } from './points';
import { VLinksLayer } from './vlinks';
import { RoutesLayer } from './routes';
import { ObstaclesLayer } from './obstacles';

// biome-ignore lint/suspicious/noExplicitAny: a component typed for one kind's props is not assignable to one for the union (props are contravariant); the key pairs them
export const LAYERS: Record<ElementKind, ComponentType<LayerProps<any>>> = {
  zone: ZonesLayer,
  obstacle: ObstaclesLayer,
  wall: WallsLayer,
  opening: OpeningsLayer,
  counter: CountersLayer,
  sign: SignsLayer,
  point: PointsLayer,
  vlink: VLinksLayer,
  route: RoutesLayer,
};
