/** Reading values back on import: rounding, our property sets' typed values, names and GlobalIds. */
import type { Vec2 } from '../../core/geometry/vec';
import { str } from '../reader';
import type { Props } from './types';

export const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
export const rv = (p: Vec2): Vec2 => [r6(p[0]), r6(p[1])];
/** Direction of a plan vector, degrees CCW from east. */
export const deg = (v: Vec2) => r6((Math.atan2(v[1], v[0]) * 180) / Math.PI);
export const pStr = (p: Props | undefined, k: string) => (p && typeof p[k] === 'string' && p[k] !== '' ? (p[k] as string) : undefined);
export const pNum = (p: Props | undefined, k: string) => (p && typeof p[k] === 'number' && Number.isFinite(p[k]) ? (p[k] as number) : undefined);
export const pBool = (p: Props | undefined, k: string) => (p && typeof p[k] === 'boolean' ? (p[k] as boolean) : undefined);
export const oneOf = <T extends string>(v: string | undefined, ids: readonly string[]): T | undefined => (v && ids.includes(v) ? (v as T) : undefined);

export function nameOf(l: { Name?: unknown } | undefined): { name?: string } {
  const n = str(l?.Name);
  return n ? { name: n.slice(0, 500) } : {};
}

export function gid(l: { GlobalId?: unknown } | undefined): { ifcGlobalId?: string } {
  const g = str(l?.GlobalId);
  return g ? { ifcGlobalId: g } : {};
}
