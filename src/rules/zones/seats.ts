/**
 * Seats for citizens where the text asks for them as equipment and no queue model sizes them (hainan §6.2.1.1
 * 业务办理类 “应配备服务柜台、取号机、座椅…”, 便民服务类 “应配备座椅…”): the place has seats. Where a text sizes the seats
 * from the queue (hunan §5.4.7, jiangxi §6.8.2) zone.waiting-capacity holds them to it instead.
 */
import type { RuleDef } from '../types';
import { defineRule } from '../define';
import { missingEquipment } from '../util';

export const zoneSeats: RuleDef = defineRule({
  id: 'zone.seats',
  group: 'zones',
  title: { zh: '座椅', en: 'Seats' },
  scope: 'hall',
  reads: ['point:seat'],
  params: [],
  check: (ctx) => missingEquipment(ctx, 'zone.seats', 'seat', '场所内没有为服务对象配备座椅', 'No seats for citizens in the place'),
});
