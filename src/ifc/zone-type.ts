/**
 * Zone type of a room from what its model or drawing calls it: IfcSpace Name, LongName, ObjectType,
 * classification references and property values, or a DXF room label. Chinese and English, with the
 * abbreviations architects write on plans (MENS RR, ELEV, MECH RM, STOR, CONF, 男卫, 办, 档案 …).
 *
 * Each guess carries a confidence the user sees: a whole word ("Toilet", 卫生间) is surer than an
 * abbreviation ("RR", 卫), a generic word ("Utility") surer than nothing; two fields that disagree
 * lower it. Rooms recognised as having no counterpart in a service hall (bedroom, living room, roof)
 * stay 'unclassified' but say what they were recognised as.
 */
import type { ZoneType } from '../core/vocab';

type Strength = 'word' | 'abbr' | 'weak';
const STRENGTH: Record<Strength, number> = { word: 0.9, abbr: 0.75, weak: 0.6 };

/** An English term that must not be part of a longer word (digits may touch it: RR1, WC2). */
const en = (words: string) => new RegExp(`(?<![a-z])(?:${words})(?![a-z])`, 'i');

/**
 * Order matters: the more specific terms come first (无障碍卫生间 before 卫生间, 设备机房 before 机房,
 * 24-hour self-service before self-service, 办事大厅 before 办).
 */
const TERMS: [RegExp, ZoneType, Strength][] = [
  // A guard room ends in 卫 like a toilet's abbreviation (男卫): it comes first.
  [/门卫|保安|警卫/, 'back-office', 'word'],
  [/无障碍(卫生间|厕所|卫)|第三卫生间|残疾人(卫生间|厕所)|家庭卫生间/, 'accessible-toilet', 'word'],
  [en('accessible\\s*(toilet|wc|restroom|bath(room)?|rr)|disabled\\s*(toilet|wc)|ada\\s*(rr|toilet|restroom)|unisex\\s*(rr|toilet|restroom)'), 'accessible-toilet', 'word'],
  [/母婴|哺乳/, 'mother-baby', 'word'],
  [en('mother(\\s*(and|&)\\s*baby)?|nursing|lactation|baby\\s*care'), 'mother-baby', 'word'],
  [/卫生间|厕所|洗手间|盥洗/, 'toilet', 'word'],
  [en('toilets?|restrooms?|lavator(y|ies)|washrooms?|bathrooms?(\\s*\\d+)?|wcs?'), 'toilet', 'word'],
  [en("(wo)?men'?s?(\\s*(rr|room|toilet|wc))?|rr|bath|bad|ladies|gents|toil"), 'toilet', 'abbr'],
  [/男卫|女卫|^卫$|卫$/, 'toilet', 'abbr'],
  [/24\s*(小时|h|hour)/i, 'self-service-24h', 'word'],
  [/自助/, 'self-service', 'word'],
  [en('self[-\\s]?service|atm|kiosks?'), 'self-service', 'word'],
  [/等候|候办|休息区|休息厅/, 'waiting', 'word'],
  [en('waiting(\\s*(room|area))?|lounge'), 'waiting', 'word'],
  [/填表|书写/, 'form-filling', 'word'],
  [en('form[-\\s]?filling|writing\\s*desk'), 'form-filling', 'word'],
  [/咨询|导办|引导台|问询|服务台|接待/, 'consultation', 'word'],
  [en('info(rmation)?(\\s*desk)?|reception|consult(ation)?|help\\s*desk'), 'consultation', 'word'],
  [/投诉/, 'complaint', 'word'],
  [en('complaints?'), 'complaint', 'word'],
  [/调解/, 'mediation', 'word'],
  [en('mediation'), 'mediation', 'word'],
  [/政务公开|信息公开/, 'gov-disclosure', 'word'],
  [en('disclosure'), 'gov-disclosure', 'word'],
  [/制证|取证|出件|证照/, 'certificate', 'word'],
  [en('certificates?|id\\s*cards?|licen[cs]es?'), 'certificate', 'word'],
  [/企业/, 'enterprise-services', 'word'],
  [en('enterprise|business\\s*registration'), 'enterprise-services', 'word'],
  [/商务|打印|复印|文印/, 'business-services', 'word'],
  [en('business(\\s*cent(er|re))?|copy(\\s*room)?|print(ing)?(\\s*room)?'), 'business-services', 'word'],
  [/便民/, 'convenience', 'word'],
  [en('convenience'), 'convenience', 'word'],
  [/文化|党建|展厅|展示/, 'culture', 'word'],
  [en('culture|exhibition|gallery\\s*space|display'), 'culture', 'word'],
  [/办事大厅|服务大厅|窗口|受理|办事|综合服务|帮办|代办|通办/, 'counter-service', 'word'],
  [en('counters?|service\\s*hall|customer\\s*service|tellers?'), 'counter-service', 'word'],
  [/档案|资料室/, 'records', 'word'],
  [en('records?(\\s*room)?|archives?|files?\\s*room'), 'records', 'word'],
  // Plant rooms before 机房 (an equipment room is not an IT room).
  [/设备|配电|水泵|空调机|风机|电梯机房|锅炉|消防控制|变电|发电/, 'support', 'word'],
  [/机房|弱电|服务器|网络|监控室/, 'it-room', 'word'],
  [en('server(\\s*(rm|room))?|data\\s*(cent(er|re)|room)|it(\\s*(rm|room))?|tel(ecom)?(\\s*(rm|room))?|idf|mdf|comms?'), 'it-room', 'word'],
  [/会议|洽谈|会客/, 'meeting', 'word'],
  [en('meeting(\\s*room)?|conference(\\s*(rm|room))?|board\\s*room'), 'meeting', 'word'],
  [en('conf(\\s*(rm|room))?|mtg'), 'meeting', 'abbr'],
  [/办公|后台|值班|主任|科室/, 'back-office', 'word'],
  [en('offices?(\\s*\\d+)?|staff(\\s*room)?|work\\s*room|back\\s*office|admin(istration)?|b(ü|ue)ro'), 'back-office', 'word'],
  [en('off|ofc|adm'), 'back-office', 'abbr'],
  [/办$|办公$/, 'back-office', 'abbr'],
  [/走廊|过道|通道|门厅|大堂|前厅|楼梯|电梯厅|候梯|入口|门斗|中庭|连廊|交通厅|交通核/, 'circulation', 'word'],
  [
    en('corridors?|hallways?|hall|lobby|foyer|entrance(\\s*hall)?|entry|vestibule|circulation|stairs?(\\s*\\d+)?|stairwell|elevator\\s*lobby|atrium|passage|flur|treppe'),
    'circulation',
    'word',
  ],
  [en('corr|elev(ator)?|lift|stair|vest|lob'), 'circulation', 'abbr'],
  [en('galerie|gallery|landing'), 'circulation', 'weak'],
  [/仓库|储藏|储物|库房|杂物|茶水|保洁|清洁|开水|配套用房|辅助用房/, 'support', 'word'],
  [en('storage|store\\s*room|mechanical(\\s*room)?|electrical(\\s*room)?|janitor|kitchen|pantry|break\\s*room|plant\\s*room|boiler|k(ü|ue)che|shaft|closets?'), 'support', 'word'],
  [en('stor|mech(\\s*rm)?|elec(\\s*rm)?|jan|custodial|hvac|mep|util|clo|w\\.?\\s*i\\.?\\s*c'), 'support', 'abbr'],
  [en('utility|service(\\s*room)?|plant'), 'support', 'weak'],
];

/** Rooms recognised as having no kind of their own in a service hall: they stay unclassified, and say so. */
const NO_HALL_TYPE: RegExp[] = [
  /卧室|客厅|起居|阳台|屋顶|屋面/,
  en('bed\\s*rooms?(\\s*\\d+)?|living(\\s*room)?|dining(\\s*room)?|roof|balcony|terrace|garage|schlafzimmer|wohnen|wohnzimmer|dach|bedroom'),
];

export interface ZoneTypeGuess {
  type: ZoneType;
  /** 0–1: how sure the guess is (0 for unclassified with nothing recognised). */
  confidence: number;
  /** The text the guess rests on, as written (shown to the user: "from “MENS RR”"). */
  from: string;
  /** Where that text came from. */
  field?: ZoneTypeField;
}

export type ZoneTypeField = 'classification' | 'longName' | 'name' | 'objectType' | 'property' | 'description' | 'label';

/** How far each field is trusted relative to the others. */
const FIELD_WEIGHT: Record<ZoneTypeField, number> = { classification: 1, longName: 1, name: 1, label: 1, objectType: 0.95, property: 0.9, description: 0.85 };

export interface ZoneTypeInput {
  name?: string | null;
  longName?: string | null;
  objectType?: string | null;
  description?: string | null;
  /** Names and identifications of IfcClassificationReferences (Uniclass, OmniClass, GB/T 51269 …). */
  classification?: (string | null | undefined)[];
  /** Text values of the room's property sets that name its use (Occupancy, Department, 用途 …). */
  properties?: (string | null | undefined)[];
}

function matchOne(text: string): { type: ZoneType; strength: Strength; noHallType?: boolean } | undefined {
  const t = text.trim();
  if (!t) return undefined;
  for (const [re, type, strength] of TERMS) if (re.test(t)) return { type, strength };
  if (NO_HALL_TYPE.some((re) => re.test(t))) return { type: 'unclassified', strength: 'word', noHallType: true };
  return undefined;
}

/** The best guess from every field of a room, with how sure it is. */
export function classifyZone(input: ZoneTypeInput): ZoneTypeGuess {
  const fields: [ZoneTypeField, string][] = [];
  const push = (f: ZoneTypeField, v: string | null | undefined) => {
    if (typeof v === 'string' && v.trim()) fields.push([f, v.trim()]);
  };
  for (const c of input.classification ?? []) push('classification', c);
  push('longName', input.longName);
  push('name', input.name);
  push('objectType', input.objectType);
  for (const p of input.properties ?? []) push('property', p);
  push('description', input.description);
  const found: { type: ZoneType; score: number; from: string; field: ZoneTypeField; noHallType?: boolean }[] = [];
  for (const [field, text] of fields) {
    const m = matchOne(text);
    if (m) found.push({ type: m.type, score: STRENGTH[m.strength] * FIELD_WEIGHT[field], from: text, field, noHallType: m.noHallType });
  }
  // Names and long names are often written together on a plan ("101 办事大厅"): try them as one text too.
  if (!found.some((f) => f.field === 'longName' || f.field === 'name') && input.name && input.longName) {
    const m = matchOne(`${input.name} ${input.longName}`);
    if (m) found.push({ type: m.type, score: STRENGTH[m.strength], from: `${input.name} ${input.longName}`, field: 'name', noHallType: m.noHallType });
  }
  if (!found.length) return { type: 'unclassified', confidence: 0, from: fields[0]?.[1] ?? '' };
  let best = found[0];
  for (const f of found) if (f.score > best.score) best = f;
  // Other fields naming a different hall type make the guess less sure; agreeing ones make it surer.
  const others = found.filter((f) => f !== best);
  const disagree = others.some((f) => f.type !== best.type && !f.noHallType && !best.noHallType);
  const agree = others.some((f) => f.type === best.type && f.field !== best.field);
  let confidence = best.score * (disagree ? 0.6 : 1) + (agree && !disagree ? 0.05 : 0);
  confidence = Math.round(Math.min(confidence, 0.99) * 100) / 100;
  return { type: best.type, confidence, from: best.from, field: best.field };
}

/**
 * Zone type from one or more names (Chinese or English), as a plan or a model labels a room.
 * 'unclassified' when nothing is recognised. (Kept for the DXF import and other callers that have only names.)
 */
export function guessZoneType(...names: (string | undefined | null)[]): ZoneType {
  return guessZoneTypeWithConfidence(...names).type;
}

/** `guessZoneType` with its confidence and the text it rests on. */
export function guessZoneTypeWithConfidence(...names: (string | undefined | null)[]): ZoneTypeGuess {
  const texts = names.filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  if (!texts.length) return { type: 'unclassified', confidence: 0, from: '' };
  let best: ZoneTypeGuess = { type: 'unclassified', confidence: 0, from: texts[0] };
  // The texts together only where there are several: one text alone would be classified twice over.
  for (const t of texts.length > 1 ? [...texts, texts.join(' ')] : texts) {
    const g = classifyZone({ name: t });
    if (g.confidence > best.confidence) best = { ...g, field: 'label' };
  }
  return best;
}
