/** The data embedded in the nav map page: a slim map of each floor, the nav graph rasters and the destinations. */
import type { Vec2 } from '../core/geometry/vec';

export interface MapZone { id: string; type: string; name: string; nameEn: string; polygon: Vec2[]; staff: boolean }
export interface MapCounter { id: string; number: string; type: string; position: Vec2; rotation: number; w: number; d: number }
export interface MapPoint { id: string; kind: string; position: Vec2 }
export interface MapDoor { id: string; name?: string; entrance: string; position: Vec2; rotation: number; width: number }
export interface MapLink { id: string; linkKind: string; name?: string; position: Vec2; rotation: number; w: number; d: number; accessible: boolean }

export interface MapFloor {
  id: string;
  name: string;
  storey: number;
  outline?: Vec2[];
  walls: [number, number, number, number, number][];
  zones: MapZone[];
  counters: MapCounter[];
  points: MapPoint[];
  doors: MapDoor[];
  links: MapLink[];
}

/** One floor's walkable raster; bitsets are base64, bit i = cell i (row-major from `origin`, y north). */
export interface NavGrid { floorId: string; origin: Vec2; cell: number; cols: number; rows: number; walk: string; wide: string; stepped: string }

/** Link edge: [fromNode, toNode, cost, linkId, linkKind, accessible 0|1, slope]. */
export type NavEdge = [number, number, number, string, string, number, number];

export type DestCategory = 'counter' | 'zone' | 'toilet' | 'aed' | 'exit' | 'facility';

export interface Destination {
  id: string;
  floorId: string;
  /** Where the walker stops (in front of a counter, at a door, inside a zone). */
  at: Vec2;
  /** The thing itself, for "on your left". */
  position: Vec2;
  zh: string;
  en: string;
  /** Group label: counter type, zone type … */
  groupZh: string;
  groupEn: string;
  category: DestCategory;
  /** Search keys: pinyin initials and full pinyin (no tones) of `zh` and of `groupZh`, lower case. */
  py: string;
  /** Wheelchair users need this (accessible toilet, priority counter). */
  accessible?: boolean;
}

export interface HerePlace { id: string; floorId: string; p: Vec2; zh: string; en: string }

export interface NavMapData {
  title: string;
  titleEn: string;
  floors: MapFloor[];
  grids: NavGrid[];
  edges: NavEdge[];
  dests: Destination[];
  here: HerePlace[];
  /** The default start when the URL names none: the main entrance. */
  defaultFrom?: string;
}
