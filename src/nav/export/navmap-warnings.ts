/**
 * What will make an exported nav map poor for citizens, said before the export so whoever exports can fix it: no
 * main entrance (the map has no default start), no "you are here" signs (nothing to put a QR code on), unclassified
 * zones (they are not destinations and have no name on the map), counters without numbers (people look for
 * "5号窗口"), and a hall with hardly any places to go. The CLI prints these and `--strict` fails on them.
 */
import type { HallDocument } from '../../core/document';
import { kindOf } from '../../core/kinds/registry';
import { herePoints } from './here-points';

export type NavMapWarningCode = 'no-main-entrance' | 'no-here-points' | 'unclassified-zones' | 'counters-without-number' | 'few-destinations';

export interface NavMapWarning {
  code: NavMapWarningCode;
  zh: string;
  en: string;
  /** The elements concerned, for selecting them in the editor. */
  ids: string[];
}

const list = (ids: string[]) => (ids.length > 5 ? `${ids.slice(0, 5).join(', ')} …` : ids.join(', '));

export function navMapWarnings(doc: HallDocument): NavMapWarning[] {
  const out: NavMapWarning[] = [];
  const els = doc.floors.flatMap((f) => f.elements);
  if (!els.some((e) => e.kind === 'opening' && e.entrance === 'main')) {
    const here = herePoints(doc);
    out.push({
      code: 'no-main-entrance',
      zh: here.length
        ? `没有主入口：导航图默认从“${here[0].zh}”出发，市民扫码前无法从大门开始导航。请把一个外门设为主入口。`
        : '没有主入口：导航图没有默认起点，市民须先在地图上点选自己的位置。请把一个外门设为主入口。',
      en: here.length
        ? `No main entrance: the map starts from "${here[0].en}" by default, not from the front door. Mark an exterior door as the main entrance.`
        : 'No main entrance: the map has no default start, so citizens must first tap where they are. Mark an exterior door as the main entrance.',
      ids: [],
    });
  }
  const signs = els.filter((e) => e.kind === 'sign' && (e.youAreHere || e.signKind === 'layout-map' || e.signKind === 'floor-directory'));
  if (!signs.length) {
    out.push({
      code: 'no-here-points',
      zh: '没有“您在此处”点：没有平面布局图、楼层索引牌或标为“您在此处”的标识，无法生成二维码起点。',
      en: 'No "you are here" points: no layout map, floor directory or sign marked "you are here", so there is nowhere to put a QR code that starts a route.',
      ids: [],
    });
  }
  const unclassified = els.filter((e) => e.kind === 'zone' && e.type === 'unclassified').map((e) => e.id);
  if (unclassified.length) {
    out.push({
      code: 'unclassified-zones',
      zh: `${unclassified.length}个功能区未分类：它们不会出现在搜索中，地图上也没有名称（${list(unclassified)}）。`,
      en: `${unclassified.length} unclassified zone${unclassified.length > 1 ? 's' : ''}: not searchable and unnamed on the map (${list(unclassified)}).`,
      ids: unclassified,
    });
  }
  const unnumbered = els.filter((e) => e.kind === 'counter' && !e.number.trim()).map((e) => e.id);
  if (unnumbered.length) {
    out.push({
      code: 'counters-without-number',
      zh: `${unnumbered.length}个窗口没有编号：市民按“5号窗口”搜索时找不到它们（${list(unnumbered)}）。`,
      en: `${unnumbered.length} counter${unnumbered.length > 1 ? 's have' : ' has'} no number: citizens searching "counter 5" will not find ${unnumbered.length > 1 ? 'them' : 'it'} (${list(unnumbered)}).`,
      ids: unnumbered,
    });
  }
  const places = els.filter((e) => kindOf(e).destination?.(e) === true).length;
  if (places < 3) {
    out.push({
      code: 'few-destinations',
      zh: `只有${places}个可导航的地点（已分类的功能区和窗口）：导航图几乎无处可去。`,
      en: `Only ${places} place${places === 1 ? '' : 's'} to go to (classified zones and counters): the map has almost no destinations.`,
      ids: [],
    });
  }
  return out;
}
