/** What vertical link a block or layer name says it is (楼梯 / STAIR, 电梯 / ELEV / LIFT, 扶梯 / ESCAL, 坡道 / RAMP, 台阶). */
export type VLinkKind = 'stair' | 'elevator' | 'escalator' | 'ramp';

export function linkKindOf(name: string): VLinkKind | undefined {
  if (/电梯|elev|lift/i.test(name)) return 'elevator';
  if (/扶梯|escal/i.test(name)) return 'escalator';
  if (/坡道|ramp/i.test(name)) return 'ramp';
  if (/楼梯|台阶|stair/i.test(name)) return 'stair';
  return undefined;
}
