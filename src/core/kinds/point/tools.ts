/** How the editor offers point items (AED, seats, machines …): placed by what they are. */
import type { CatalogueEntry, KindTool } from '../roles';
import type { PointKind, Term } from '../../vocab';

/** The catalogue's names: what a planner looks for, fuller than the vocabulary's where that is terse. */
const FACILITIES: readonly [PointKind, Term][] = [
  ['aed', { zh: 'AED 除颤器', en: 'AED (defibrillator)' }],
  ['first-aid-kit', { zh: '急救箱', en: 'First-aid kit' }],
  ['seat', { zh: '座椅', en: 'Seats' }],
  ['ticket-machine', { zh: '取号机', en: 'Ticket machine' }],
  ['evaluator', { zh: '评价器', en: 'Evaluator' }],
  ['cctv', { zh: '监控', en: 'CCTV' }],
  ['fire-extinguisher', { zh: '灭火器', en: 'Fire extinguisher' }],
  ['suggestion-box', { zh: '意见箱', en: 'Suggestion box' }],
  ['drinking-water', { zh: '饮水机', en: 'Drinking-water dispenser' }],
  ['self-service-terminal', { zh: '自助终端', en: 'Self-service terminal' }],
  ['staff-notice-board', { zh: '工作人员公示栏', en: 'Staff notice board' }],
  ['help-phone', { zh: '求助电话 / 应急呼叫', en: 'Help phone / call point' }],
  ['wifi-notice', { zh: '无线网络公示', en: 'Wi-Fi notice' }],
  ['records-cabinet', { zh: '档案柜', en: 'Records cabinet' }],
  ['name-board', { zh: '场所名称牌（门楣招牌）', en: 'Name board (over the door)' }],
];

export const POINT_TOOLS: readonly KindTool[] = [
  {
    id: 'point',
    label: { zh: '设施', en: 'Facility' },
    hint: { zh: '设施点', en: 'Point item' },
    shortcut: 'A',
    icon: [{ d: 'M12 21s-6-5.5-6-10a6 6 0 0 1 12 0c0 4.5-6 10-6 10z' }, { d: 'M10 11a2 2 0 1 0 4 0a2 2 0 1 0-4 0' }],
    catalogue: { group: 'facilities', entries: FACILITIES.map(([k, label]): CatalogueEntry => ({ id: `point:${k}`, label, options: { pointKind: k } })) },
  },
];
