/**
 * The import's nudge for rooms it could not give a type: a drawing with no room names (a house plan drawn with
 * linework only) or with names the guesser does not know would otherwise open with every room 未分类 and no word
 * of why, and untyped rooms are left out of every zone rule until the user sets them.
 */
import type { Floor } from '../core/document';
import type { Term } from '../core/vocab';

/** One note for the whole hall, or none when every room has a type. */
export function untypedRoomsNote(floors: readonly Floor[]): Term | undefined {
  let untyped = 0;
  let unnamed = 0;
  for (const f of floors)
    for (const e of f.elements)
      if (e.kind === 'zone' && e.type === 'unclassified') {
        untyped++;
        if (!e.name?.trim()) unnamed++;
      }
  if (untyped === 0) return undefined;
  const rooms = untyped === 1 ? 'room' : 'rooms';
  const zhAsk = '请在房间表中选中它们并设置功能类型（未分类的房间不参与功能区规则的检查）';
  const enAsk = 'select them in the room schedule and set their type (untyped rooms are left out of the zone rules)';
  if (unnamed === untyped)
    return {
      zh: `${untyped} 个房间在图纸上没有名称，未能识别功能类型：${zhAsk}`,
      en: `${untyped} ${rooms} ha${untyped === 1 ? 's' : 've'} no name on the drawing, so no type could be guessed: ${enAsk}`,
    };
  const named = untyped - unnamed;
  const zhWhy = unnamed > 0 ? `${unnamed} 个没有名称，${named} 个的名称未能识别` : '名称未能识别为政务大厅的功能';
  const enWhy = unnamed > 0 ? `${unnamed} unnamed, ${named} with names not recognised` : 'names not recognised as a service hall use';
  return {
    zh: `${untyped} 个房间没有功能类型（${zhWhy}）：${zhAsk}`,
    en: `${untyped} ${rooms} without a type (${enWhy}): ${enAsk}`,
  };
}
