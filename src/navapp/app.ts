/**
 * The page's state and the words it derives from it (names in the chosen language, walking distances from where
 * the person is), shared by the sheet's parts: the result list, the place card and the route.
 */
import type { Vec2 } from '../core/geometry/vec';
import type { Step } from '../nav/instructions';
import type { Destination, NavMapData } from './data';
import type { From } from './deep-link';
import { type DistanceField, distanceField, type PageRoute, type pageGraph } from './router';
import { fill, STRINGS, type Lang } from './strings';
import { roundMetres } from './words';

/** The card of a tapped or searched place: a destination, or a bare spot on the map. */
export interface Card {
  d?: Destination;
  floorId: string;
  p: Vec2;
}

export interface AppState {
  lang: Lang;
  floor: number;
  from?: From;
  dest?: Destination;
  accessible: boolean;
  large: boolean;
  route: PageRoute | null;
  steps: Step[];
  spoken: string[];
  voiceMsg: string;
  card?: Card;
  dist?: { key: string; f: DistanceField };
  /** What the opening link named that this hall has not; shown until the person dismisses it or moves on. */
  linkMissing: { from?: string; to?: string };
}

/** What the sheet's parts call back into: the page wires these once. */
export interface Actions {
  openCard(c: Card): void;
  choose(d: Destination): void;
  recompute(): void;
  showFloor(i: number): void;
  closeCard(): void;
}

export class App {
  constructor(
    readonly data: NavMapData,
    readonly graph: ReturnType<typeof pageGraph>,
    readonly state: AppState,
  ) {}

  T() {
    return STRINGS[this.state.lang];
  }

  en(): boolean {
    return this.state.lang === 'en';
  }

  nameOf(d: Destination): string {
    return this.en() ? d.en : d.zh;
  }

  floorName(id: string): string {
    const f = this.data.floors.find((x) => x.id === id);
    return f ? (this.en() ? (f.nameEn ?? f.name) : f.name) : '';
  }

  floorIndex(id: string): number {
    return this.data.floors.findIndex((f) => f.id === id);
  }

  fieldFromHere(): DistanceField | undefined {
    const { from, accessible } = this.state;
    if (!from) return undefined;
    const key = `${from.floorId}:${from.p[0]},${from.p[1]}:${accessible}`;
    if (this.state.dist?.key !== key) this.state.dist = { key, f: distanceField(this.graph, { floorId: from.floorId, p: from.p }, accessible) };
    return this.state.dist.f;
  }

  /** What ranks places: walking cost, a floor change costing what its stairs or lift take. */
  readonly distanceTo = (d: Destination): number | undefined => this.fieldFromHere()?.cost({ floorId: d.floorId, p: d.at });

  /** Metres walked on the floors, as the route's summary counts them. */
  walkedTo(d: Destination): number | undefined {
    return this.fieldFromHere()?.walked({ floorId: d.floorId, p: d.at });
  }

  walkText(m: number | undefined): string {
    if (m === undefined) return this.state.from ? this.T().unreachable : '';
    if (m < 5) return this.T().walkFew;
    return fill(this.T().walk, { m: roundMetres(m) });
  }
}
