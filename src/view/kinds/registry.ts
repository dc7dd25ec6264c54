/**
 * One layer component per element kind, in drawing order: a new kind adds its file and one line here. `stage` says
 * when a freshly opened hall draws it: `structure` (the fabric the rest stands in) in the first task, `contents`
 * with the labels in the next, so opening a large hall is not one long task.
 */
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
import { WindowsLayer } from './windows';

// biome-ignore lint/suspicious/noExplicitAny: a component typed for one kind's props is not assignable to one for the union (props are contravariant); the key pairs them
export const LAYERS: Record<ElementKind, { Layer: ComponentType<LayerProps<any>>; stage: 'structure' | 'contents' }> = {
  zone: { Layer: ZonesLayer, stage: 'structure' },
  obstacle: { Layer: ObstaclesLayer, stage: 'structure' },
  wall: { Layer: WallsLayer, stage: 'structure' },
  opening: { Layer: OpeningsLayer, stage: 'contents' },
  counter: { Layer: CountersLayer, stage: 'contents' },
  sign: { Layer: SignsLayer, stage: 'contents' },
  point: { Layer: PointsLayer, stage: 'contents' },
  vlink: { Layer: VLinksLayer, stage: 'contents' },
  route: { Layer: RoutesLayer, stage: 'contents' },
  window: { Layer: WindowsLayer, stage: 'structure' },
};
