import type { HallElement } from '../../core/kinds/registry';
import type { HostCuts } from '../host-cuts';
import type { PresetId } from '../../core/vocab';

/** What every kind layer receives: its elements on one floor and how to draw them. */
export interface LayerProps<E extends HallElement = HallElement> {
  /** Elements of this kind on the floor. */
  elements: E[];
  /** Floor elevation (world y of the floor plane). */
  elevation: number;
  /** Floor-to-floor height. */
  floorHeight: number;
  /** '2d' plan, '3d' orbit of one floor, 'stack' of all floors. */
  mode: '2d' | '3d' | 'stack';
  /** 1 for the current floor, less for the others in the stack and for ghosts. */
  opacity: number;
  /** Show text labels (current floor only). */
  labels: boolean;
  locale: 'zh-CN' | 'en';
  /** The hall's province: zone and counter types are named in its words (src/core/terms.ts). */
  preset?: PresetId;
  /** Holes hosted elements cut in these elements, by element id (given to the layers of kinds that host them). */
  cuts?: HostCuts;
}
