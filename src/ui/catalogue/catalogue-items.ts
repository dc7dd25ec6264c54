/** What the palette offers: each entry picks a tool and its options (zone type, counter type, sign kind …). */
import { COUNTER_TYPES, COUNTER_TYPE_IDS, LINK_KINDS, SIGN_KINDS, SIGN_KIND_IDS, ZONE_TYPES, ZONE_TYPE_IDS, type PointKind, type Term } from '../../core/vocab';
import type { MessageKey } from '../i18n';
import { zoneColor } from '../../view/colors';
import type { ToolId, ToolOptions } from '../../editor/types';

export interface CatalogueItem {
  id: string;
  label: Term;
  tool: ToolId;
  options?: ToolOptions;
  icon: string;
  swatch?: string;
}

export interface CatalogueGroup {
  id: string;
  title: MessageKey;
  items: CatalogueItem[];
}

const FACILITIES: { kind: PointKind; label: Term; icon: string }[] = [
  { kind: 'aed', label: { zh: 'AED 除颤器', en: 'AED (defibrillator)' }, icon: 'point' },
  { kind: 'first-aid-kit', label: { zh: '急救箱', en: 'First-aid kit' }, icon: 'point' },
  { kind: 'seat', label: { zh: '座椅', en: 'Seats' }, icon: 'point' },
  { kind: 'ticket-machine', label: { zh: '取号机', en: 'Ticket machine' }, icon: 'point' },
  { kind: 'evaluator', label: { zh: '评价器', en: 'Evaluator' }, icon: 'point' },
  { kind: 'cctv', label: { zh: '监控', en: 'CCTV' }, icon: 'point' },
  { kind: 'fire-extinguisher', label: { zh: '灭火器', en: 'Fire extinguisher' }, icon: 'point' },
];

export const CATALOGUE: CatalogueGroup[] = [
  {
    id: 'zones',
    title: 'cat.zones',
    items: ZONE_TYPE_IDS.map(
      (t): CatalogueItem => ({
        id: `zone:${t}`,
        label: ZONE_TYPES[t],
        tool: 'zone-rect',
        options: { zoneType: t },
        icon: 'zone-rect',
        swatch: zoneColor(t),
      }),
    ),
  },
  {
    id: 'counters',
    title: 'cat.counters',
    items: [
      { id: 'counter-row', label: { zh: '一排窗口', en: 'Row of counters' }, tool: 'counter-row', options: { counterType: 'general-intake' }, icon: 'counter-row' },
      ...COUNTER_TYPE_IDS.map((t): CatalogueItem => ({ id: `counter:${t}`, label: COUNTER_TYPES[t], tool: 'counter', options: { counterType: t }, icon: 'counter' })),
    ],
  },
  {
    id: 'signs',
    title: 'cat.signs',
    items: SIGN_KIND_IDS.map((k): CatalogueItem => ({ id: `sign:${k}`, label: SIGN_KINDS[k], tool: 'sign', options: { signKind: k }, icon: 'sign' })),
  },
  {
    id: 'facilities',
    title: 'cat.facilities',
    items: FACILITIES.map((f): CatalogueItem => ({ id: `point:${f.kind}`, label: f.label, tool: 'point', options: { pointKind: f.kind }, icon: f.icon })),
  },
  {
    id: 'vertical',
    title: 'cat.vertical',
    items: (['stair', 'elevator', 'escalator', 'ramp'] as const).map(
      (k): CatalogueItem => ({
        id: `vlink:${k}`,
        label: LINK_KINDS[k],
        tool: 'vlink',
        options: { linkKind: k },
        icon: 'vlink',
      }),
    ),
  },
  {
    id: 'building',
    title: 'cat.building',
    items: [
      { id: 'wall', label: { zh: '墙', en: 'Wall' }, tool: 'wall', icon: 'wall' },
      { id: 'door', label: { zh: '门', en: 'Door' }, tool: 'door', icon: 'door' },
      { id: 'window', label: { zh: '窗（外窗/内窗）', en: 'Window (exterior / interior)' }, tool: 'window', icon: 'window' },
      { id: 'zone-poly', label: { zh: '多边形功能区', en: 'Polygon zone' }, tool: 'zone-poly', options: { zoneType: 'unclassified' }, icon: 'zone-poly' },
      { id: 'route', label: { zh: '无障碍路线', en: 'Accessible route' }, tool: 'route', icon: 'route' },
      { id: 'measure', label: { zh: '测量', en: 'Measure' }, tool: 'measure', icon: 'measure' },
    ],
  },
];
