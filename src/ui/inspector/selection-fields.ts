/** Which fields the inspector shows for a selection: a kind's fields, or those every selected kind shares. */
import { getPath, kindOf, type FieldSpec, type HallElement } from '../../core';
import { MIXED, type FieldValue } from './field-value';

export const NAME_FIELD: FieldSpec = { key: 'name', label: { zh: '名称', en: 'Name' }, type: 'text' };

export function sharedFields(elements: HallElement[]): FieldSpec[] {
  if (elements.length === 0) return [];
  const lists = elements.map((e) => {
    const fields = kindOf(e).fields.filter((f) => !f.onlyWhen || f.onlyWhen.values.includes(String(getPath(e, f.onlyWhen.key))));
    return fields.some((f) => f.key === 'name') ? fields : [NAME_FIELD, ...fields];
  });
  return lists[0].filter((f) => lists.every((l) => l.some((g) => g.key === f.key && g.type === f.type)));
}

export function sharedValue(elements: HallElement[], key: string): FieldValue {
  const vals = elements.map((e) => getPath(e, key));
  const first = JSON.stringify(vals[0]);
  return vals.every((v) => JSON.stringify(v) === first) ? vals[0] : MIXED;
}
