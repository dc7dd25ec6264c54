/**
 * The auditor's third pass: requirements a floor plan cannot show. A reviewer neither passes a clause unseen nor
 * fails a plan for what it cannot hold: the checker says, as information, "not checkable from the plan", with the
 * clause's words and its force at the hall's level, on the floor citizens enter by.
 * - parking: hunan 第1部分 §5.1 (宜…停车场地；有条件的地区，宜设置残疾人停车位), hainan §6.3.3.1 a (应在场所外设置盲道、
 *   无障碍停车位), jiangxi §4.6.1 / §4.6.3 (应配套一定规模停车场…应按照 GB 50763 要求设置两个无障碍机动车停车位);
 * - tactile paths outside the place: hainan §6.3.3.1 a (jiangxi's are in the entrance hall: access.entrance);
 * - emergency lighting: hunan 第1部分 §6.1 (应配备应急照明和不间断电源系统), hainan §6.2.1.1 (安防与应急类：应配备应急电源、
 *   应急照明设备…), jiangxi §5.2.4 (室内消防设备应包含…应急照明灯…).
 */
import type { HallLevel, PresetId } from '../../../../src/core/vocab';
import { type Row, audit, fails, off } from './audit-lib';
import { oneFloor } from './hall';

/** What each preset's text asks of a plan that cannot show it, and where the words are. */
const ASKED: Record<PresetId, Record<string, string>> = {
  hunan: { 'offplan.parking': '§5.1', 'offplan.accessible-parking': '§5.1', 'offplan.emergency-lighting': '§6.1' },
  hainan: { 'offplan.accessible-parking': '§6.3.3.1 a', 'offplan.tactile-path-outside': '§6.3.3.1 a', 'offplan.emergency-lighting': '§6.2.1.1' },
  jiangxi: { 'offplan.parking': '§4.6.3', 'offplan.accessible-parking': '§4.6.3', 'offplan.emergency-lighting': '§5.2.4' },
} as Record<PresetId, Record<string, string>>;

const RULES = ['offplan.parking', 'offplan.accessible-parking', 'offplan.tactile-path-outside', 'offplan.emergency-lighting'];

/** The force a reviewer reads in the quote at the level: 宜 always should; 应 shall, or should where the level 参照执行. */
const FORCE: Record<PresetId, Record<string, 'shall' | 'should'>> = {
  hunan: { 'offplan.parking': 'should', 'offplan.accessible-parking': 'should', 'offplan.emergency-lighting': 'shall' },
  hainan: { 'offplan.accessible-parking': 'shall', 'offplan.tactile-path-outside': 'shall', 'offplan.emergency-lighting': 'shall' },
  jiangxi: { 'offplan.parking': 'shall', 'offplan.accessible-parking': 'shall', 'offplan.emergency-lighting': 'shall' },
} as Record<PresetId, Record<string, 'shall' | 'should'>>;
/** Levels where the preset's text applies by reference (参照执行): its 应 reads as should. */
const REFER: Record<PresetId, HallLevel[]> = { hunan: ['park'], hainan: ['township', 'village', 'park'], jiangxi: ['township', 'village', 'park'] } as Record<
  PresetId,
  HallLevel[]
>;

function rows(p: PresetId): Row[] {
  const out: Row[] = [];
  for (const rule of RULES) {
    const clause = ASKED[p][rule];
    if (!clause) {
      out.push({ name: `${rule}: the text asks nothing`, doc: () => oneFloor(p, []), rule, want: off });
      continue;
    }
    for (const level of ['county', 'township', 'park'] as HallLevel[]) {
      const force = REFER[p].includes(level) ? 'should' : FORCE[p][rule];
      out.push({
        name: `${level}: ${rule} is said to be not checkable, force ${force}`,
        doc: () => oneFloor(p, [], level),
        rule,
        want: fails('info', { count: 1, clause, says: ['Not checkable from the plan', `reads ${force}`] }),
        floor: 'F1',
      });
    }
  }
  return out;
}

for (const p of ['hunan', 'hainan', 'jiangxi'] as PresetId[]) audit(p, rows(p));
