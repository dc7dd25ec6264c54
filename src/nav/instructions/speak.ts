/** Distances and turn words the way people say them (Valhalla/OSRM style), in Chinese and English. */

/** Rounds a walking distance: < 10 m whole metres (or "a few steps" under 5), 10–50 to 5, above to 10. */
export function roundDistance(m: number): number {
  if (m < 10) return Math.max(1, Math.round(m));
  if (m <= 50) return Math.round(m / 5) * 5;
  return Math.round(m / 10) * 10;
}

export function distanceZh(m: number): string {
  if (m < 5) return '几步';
  return `约${roundDistance(m)}米`;
}

export function distanceEn(m: number): string {
  if (m < 5) return 'a few steps';
  const r = roundDistance(m);
  return `about ${r} ${r === 1 ? 'metre' : 'metres'}`;
}

export type TurnKind = 'straight' | 'slight-left' | 'left' | 'sharp-left' | 'slight-right' | 'right' | 'sharp-right' | 'u-turn';

/**
 * Angle bands in degrees (absolute signed turn): under STRAIGHT a walker does not notice the bend; up to SLIGHT
 * they bear off; up to TURN it is a plain turn; up to SHARP a sharp one; beyond, they turn around. The bands follow
 * Valhalla's, widened at the straight end because a string-pulled indoor path bends a few degrees at every
 * corner it grazes.
 */
export const TURN_BANDS = { straight: 20, slight: 50, turn: 130, sharp: 160 } as const;

/** Turn from a signed angle in degrees (positive = counter-clockwise = left). */
export function turnKind(deg: number): TurnKind {
  const a = Math.abs(deg);
  if (a < TURN_BANDS.straight) return 'straight';
  if (a >= TURN_BANDS.sharp) return 'u-turn';
  const side = deg > 0 ? 'left' : 'right';
  if (a < TURN_BANDS.slight) return `slight-${side}`;
  if (a <= TURN_BANDS.turn) return side;
  return `sharp-${side}`;
}

export const TURN_ZH: Record<TurnKind, string> = {
  straight: '直行',
  'slight-left': '向左前方走',
  left: '左转',
  'sharp-left': '向左后方急转',
  'slight-right': '向右前方走',
  right: '右转',
  'sharp-right': '向右后方急转',
  'u-turn': '向后转',
};

export const TURN_EN: Record<TurnKind, string> = {
  straight: 'continue straight',
  'slight-left': 'bear left',
  left: 'turn left',
  'sharp-left': 'turn sharp left',
  'slight-right': 'bear right',
  right: 'turn right',
  'sharp-right': 'turn sharp right',
  'u-turn': 'turn around',
};
