/**
 * What a link or QR code asks for: `#from=<here point or place id>&to=<destination id, counter number or words>`.
 * Pure (the fragment is passed in), so the unit tests read links against the exported data. A part of the link that
 * names nothing in this hall (an outdated QR code, a mistyped SMS link) is reported, never silently replaced.
 */
import type { Vec2 } from '../core/geometry/vec';
import type { Destination, NavMapData } from './data';
import { chosenPoint } from './link-state';
import { searchPlaces } from './search';
import { STRINGS } from './strings';
import { bare, spokenEn } from './words';

/** Where the route starts: a here point (entrance or sign, with the way the person faces there) or a place. */
export interface From {
  /** The here point or place it is, if it is one (not a point chosen on the map). */
  id?: string;
  floorId: string;
  p: Vec2;
  zh: string;
  en: string;
  via?: 'entrance' | 'sign';
  facing?: Vec2;
}

/** A parameter of a link fragment, decoded; a broken %-escape is taken as written. */
export function linkParam(hash: string, k: string): string | undefined {
  const m = new RegExp(`[#&]${k}=([^&]*)`).exec(hash);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

/** Link text shown back to the reader is kept short: a QR payload can be long. */
const clip = (t: string) => (t.length > 40 ? `${t.slice(0, 39)}…` : t);

/**
 * The start the link names (a here point, or a place), else the main entrance when it names none (or an empty one). A start it names
 * that is not in this hall is reported and left unset: the main entrance would route the person from the wrong place.
 */
export function linkStart(data: NavMapData, hash: string): { from?: From; missing?: string } {
  const id = linkParam(hash, 'from');
  if (!id?.trim()) return { from: startAt(data, data.defaultFrom) };
  const from = startAt(data, id);
  return from ? { from } : { missing: clip(id) };
}

/** The destination the link names: an id, a counter number or words, found as the search box would find them. */
export function linkDest(data: NavMapData, hash: string, distance?: (d: Destination) => number | undefined): { dest?: Destination; named: boolean; missing?: string } {
  const to = linkParam(hash, 'to')?.trim();
  if (!to) return { named: false };
  const dest = data.dests.find((d) => d.id === to) ?? searchPlaces(data, to, { limit: 1, distance })[0];
  return dest ? { dest, named: true } : { named: true, missing: clip(to) };
}

function startAt(data: NavMapData, id: string | undefined): From | undefined {
  if (id === undefined) return undefined;
  const p = data.here.find((x) => x.id === id);
  if (p) return { id, floorId: p.floorId, p: p.p, zh: p.zh, en: `the ${p.en.toLowerCase()}`, via: p.via, facing: p.facing };
  // A link may also start at a place, e.g. from a counter's own QR code to the toilets.
  const place = data.dests.find((d) => d.id === id);
  if (place) return placeStart(place);
  // Or at a point the citizen chose on the map (the page keeps it in its address).
  const spot = chosenPoint(id);
  return spot && data.floors.some((f) => f.id === spot.floorId) ? { ...spot, zh: STRINGS.zh.chosenSpot, en: STRINGS.en.chosenSpot } : undefined;
}

/** A place as the start ("I am here" on its card, or a link from it). */
export function placeStart(place: Destination): From {
  return { id: place.id, floorId: place.floorId, p: place.at, zh: bare(place.zh), en: spokenEn(place) };
}
