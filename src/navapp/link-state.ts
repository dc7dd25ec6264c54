/**
 * The page's state kept in its address, as a map app keeps its route: a reload, or the phone's browser bringing back
 * a tab it discarded while the citizen looked at WeChat, opens the same start, destination, wheelchair mode, large
 * text and language; and the address, shared, opens the same route. Pure (the state is passed in).
 */
import type { Vec2 } from '../core/geometry/vec';

export interface LinkState {
  /** The start: a here point's or place's id, else a point chosen on the map. */
  from?: { id?: string; floorId: string; p: Vec2 };
  to?: string;
  accessible: boolean;
  large: boolean;
  /** Written only where it differs from the phone's language, so a shared link opens in the reader's own. */
  lang?: 'zh' | 'en';
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** The fragment that opens this state: `#from=…&to=…&mode=wheelchair&large=1&lang=en`. */
export function stateHash(s: LinkState): string {
  const parts: string[] = [];
  if (s.from) parts.push(`from=${encodeURIComponent(s.from.id ?? `${s.from.floorId}@${r2(s.from.p[0])},${r2(s.from.p[1])}`)}`);
  if (s.to) parts.push(`to=${encodeURIComponent(s.to)}`);
  if (s.accessible) parts.push('mode=wheelchair');
  if (s.large) parts.push('large=1');
  if (s.lang) parts.push(`lang=${s.lang}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** A start chosen on the map, as `stateHash` writes it: `F1@12.5,30`. */
export function chosenPoint(param: string): { floorId: string; p: Vec2 } | undefined {
  const m = /^(.+)@(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(param);
  return m ? { floorId: m[1], p: [Number(m[2]), Number(m[3])] } : undefined;
}
