/** The data embedded in the nav map page: a slim map of each floor, the nav graph rasters and the destinations. */
import type { Vec2 } from '../core/geometry/vec';

export interface MapZone {
  id: string;
  type: string;
  name: string;
  nameEn: string;
  /** Shorter English names the map label may take where `nameEn` does not fit (src/core/zone-short-en.ts). */
  shortEn?: string[];
  polygon: Vec2[];
  staff: boolean;
}
export interface MapCounter {
  id: string;
  number: string;
  type: string;
  position: Vec2;
  rotation: number;
  w: number;
  d: number;
  dept?: string;
  deptEn?: string;
}
export interface MapPoint {
  id: string;
  kind: string;
  position: Vec2;
}
export interface MapDoor {
  id: string;
  name?: string;
  entrance: string;
  /** An entrance's kind in English ("24h entrance"), as search results name it. */
  nameEn?: string;
  position: Vec2;
  rotation: number;
  width: number;
}
export interface MapLink {
  id: string;
  linkKind: string;
  name?: string;
  position: Vec2;
  rotation: number;
  w: number;
  d: number;
  accessible: boolean;
}

export interface MapFloor {
  id: string;
  name: string;
  /** English floor name ("1F", "Floor 2"), derived from the storey when the name is Chinese. */
  nameEn?: string;
  storey: number;
  outline?: Vec2[];
  walls: [number, number, number, number, number][];
  zones: MapZone[];
  counters: MapCounter[];
  /** The counter types on this floor as the hall's province names them: the phone app carries no vocabulary. */
  counterTypes: Record<string, { zh: string; en: string }>;
  points: MapPoint[];
  doors: MapDoor[];
  /** Windows: the glazing line each draws in its wall (x1, y1, x2, y2); not places to go. */
  glazing?: [number, number, number, number][];
  links: MapLink[];
  /** What directions name at a turn on this floor, worked out from the kinds at export (src/nav/instructions/landmarks-of.ts). */
  marks: MapMark[];
}

/** A landmark: `rank` orders what is named at a turn (lower first); `area` for a room one is in rather than passes. */
export interface MapMark {
  id: string;
  zh: string;
  en: string;
  position: Vec2;
  rank: number;
  area?: Vec2[];
}

/** One floor's walkable raster; bitsets are base64, bit i = cell i (row-major from `origin`, y north). */
export interface NavGrid {
  floorId: string;
  origin: Vec2;
  cell: number;
  cols: number;
  rows: number;
  walk: string;
  wide: string;
  stepped: string;
}

/** Link edge: [fromNode, toNode, cost, linkId, linkKind, accessible 0|1, slope]. */
export type NavEdge = [number, number, number, string, string, number, number];

export type DestCategory = 'counter' | 'zone' | 'toilet' | 'aed' | 'exit' | 'facility' | 'link';

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
  /** The vocabulary id behind it: counter type, zone type, point kind, link kind or entrance kind. */
  kind?: string;
  /** Counter number as written ("05", "A05") and department ("社保"). */
  num?: string;
  dept?: string;
  /** Further words it answers to: the hall's own names and sign texts for it, with their pinyin. */
  keys?: string;
}

/** Which destinations a dictionary entry sends a query to. */
export interface SearchTargets {
  counterTypes?: string[];
  departments?: string[];
  zoneTypes?: string[];
  pointKinds?: string[];
  linkKinds?: string[];
  entrances?: string[];
}

/** One entry of the preset's search dictionary as embedded: words (with pinyin keys) → targets. */
export interface SearchEntry {
  zh: string[];
  en: string[];
  /** Pinyin keys of each Chinese word ("sb shebao"). */
  py: string[];
  t: SearchTargets;
  /** Used only when `t` finds nothing in this hall. */
  fb?: SearchTargets;
}

export interface HerePlace {
  id: string;
  floorId: string;
  p: Vec2;
  zh: string;
  en: string;
  /** Coming in through a door or standing at a sign, and the way the person faces there. */
  via?: 'entrance' | 'sign';
  facing?: Vec2;
}

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
  /** The preset's search dictionary. */
  search?: SearchEntry[];
  /** Opening hours from the hall's service-hours sign, when it has one. */
  hours?: { zh: string; en: string };
}
