import { centroid } from '../../core/geometry/polygon';
import type { Finding } from '../types';
import { defineRule } from '../define';
import { finding } from '../util';
import { elementsOn } from '../element-index';

/**
 * Rooms without a type are left out of every other zone rule, so they are never ignored silently: one
 * finding per floor lists them (an imported model's rooms named "Room", "A101" or in a language the
 * classifier does not know), with the guesses the user may want to confirm.
 */
export const zoneClassified = defineRule({
  id: 'zone.classified',
  group: 'zones',
  title: { zh: '房间功能已分类', en: 'Rooms have a function' },
  scope: 'floor',
  reads: ['zone'],
  params: [],
  check(ctx) {
    const floor = ctx.floor!;
    const rooms = elementsOn(floor, 'zone').filter((e) => e.type === 'unclassified');
    if (!rooms.length) return [];
    const label = (e: (typeof rooms)[number]) => [e.number, e.name].filter(Boolean).join(' ') || '—';
    const names = rooms.map(label);
    const out: Finding[] = [
      finding('zone.classified', ctx, {
        elementIds: rooms.map((r) => r.id),
        floorId: floor.id,
        at: centroid(rooms[0].polygon),
        disc: floor.id,
        zh: `${floor.name}有 ${rooms.length} 个房间未分类：${names.join('、')}`,
        en: `${rooms.length} room${rooms.length > 1 ? 's' : ''} on ${floor.name} ha${rooms.length > 1 ? 've' : 's'} no function: ${names.join(', ')}`,
        hintZh: '在房间表中选中这些房间并批量设置功能类型；未分类的房间不参与其他功能区规则的检查',
        hintEn: 'Select them in the room schedule and set their function; unclassified rooms are left out of the other zone rules',
        data: { rooms: rooms.length },
      }),
    ];
    return out;
  },
});
