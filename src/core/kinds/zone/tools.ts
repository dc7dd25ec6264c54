/** How the editor offers zones: a rectangle (or a click in a walled room) of a type, or a polygon. */
import type { KindTool } from '../roles';
import { ZONE_TYPES, ZONE_TYPE_IDS } from '../../vocab';

export const ZONE_TOOLS: readonly KindTool[] = [
  {
    id: 'zone-rect',
    label: { zh: '矩形功能区', en: 'Rectangular zone' },
    hint: { zh: '矩形功能区（房间内单击：按墙生成）', en: 'Rectangle zone (click in a room: fill it)' },
    shortcut: 'Z',
    icon: [
      { d: 'M4 5h16v14H4z', dash: '3 2' },
      { d: 'M8 9h8v6H8z', fill: true },
    ],
    catalogue: {
      group: 'zones',
      entries: ZONE_TYPE_IDS.map((t) => ({ id: `zone:${t}`, label: ZONE_TYPES[t], options: { zoneType: t }, vocabulary: { of: 'zone', type: t } })),
    },
  },
  {
    id: 'zone-poly',
    label: { zh: '多边形功能区', en: 'Polygon zone' },
    shortcut: 'P',
    icon: [{ d: 'M4 18l2-12 8-2 6 7-5 8z', dash: '3 2' }],
    catalogue: { group: 'building', entries: [{ id: 'zone-poly', label: { zh: '多边形功能区', en: 'Polygon zone' }, options: { zoneType: 'unclassified' } }] },
  },
];
