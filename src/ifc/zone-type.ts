/**
 * Guess a zone type from an IfcSpace's Name/LongName (Chinese or English). Order matters: the more
 * specific words come first (无障碍卫生间 before 卫生间, 自助 24 before 自助). 'unclassified' when unsure.
 */
import type { ZoneType } from '../core/vocab';

const RULES: [RegExp, ZoneType][] = [
  [/无障碍(卫生间|厕所)|第三卫生间|accessible\s*(toilet|wc|restroom|bath)|disabled\s*(toilet|wc)/i, 'accessible-toilet'],
  [/母婴|mother|baby|nursing|lactation/i, 'mother-baby'],
  [/卫生间|厕所|洗手间|盥洗|toilet|\bwc\b|restroom|lavatory|bath(room)?|washroom/i, 'toilet'],
  [/24\s*(小时|h|hour)/i, 'self-service-24h'],
  [/自助|self[-\s]?service/i, 'self-service'],
  [/等候|休息|候办|waiting|lounge/i, 'waiting'],
  [/填表|书写|form/i, 'form-filling'],
  [/咨询|导办|引导台|问询|服务台|info(rmation)?\b|reception|consult/i, 'consultation'],
  [/投诉|complaint/i, 'complaint'],
  [/调解|mediation/i, 'mediation'],
  [/政务公开|公开|disclosure/i, 'gov-disclosure'],
  [/制证|取证|出件|证照|certificate/i, 'certificate'],
  [/企业|enterprise/i, 'enterprise-services'],
  [/商务|打印|复印|business/i, 'business-services'],
  [/便民|convenience/i, 'convenience'],
  [/文化|党建|culture|exhibition/i, 'culture'],
  [/窗口|受理|办事|综合服务|counter|service\s*hall/i, 'counter-service'],
  [/档案|records?|archive/i, 'records'],
  [/机房|弱电|服务器|server|\bit\b|data\s*cent/i, 'it-room'],
  [/会议|洽谈|meeting|conference/i, 'meeting'],
  [/办公|后台|office|staff|work\s*room/i, 'back-office'],
  [/走廊|过道|通道|门厅|大堂|前厅|楼梯间|corridor|hallway|hall\b|lobby|foyer|entrance|vestibule|circulation|stair/i, 'circulation'],
  [/仓库|储藏|库房|设备|配电|茶水|storage|store\s*room|utility|plant|kitchen|pantry|mechanical|electrical/i, 'support'],
];

export function guessZoneType(...names: (string | undefined | null)[]): ZoneType {
  const text = names.filter(Boolean).join(' ');
  if (!text.trim()) return 'unclassified';
  for (const [re, type] of RULES) if (re.test(text)) return type;
  return 'unclassified';
}
