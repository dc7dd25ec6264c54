/**
 * The loader's own checks for one hall or floor setting typed in the editor, so a value the file format would
 * refuse never enters the document (and the autosave and the saved file stay loadable).
 */
import { FloorSchema, MetaSchema } from './document';
import { MAX_TEXT } from './kinds/base';

export type SettingProblem = { kind: 'tooLong'; max: number; length: number } | { kind: 'invalid'; reason: string };

function problemOf(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown): SettingProblem | undefined {
  const r = schema.safeParse(value);
  if (r.success) return undefined;
  if (typeof value === 'string' && value.length > MAX_TEXT) return { kind: 'tooLong', max: MAX_TEXT, length: value.length };
  return { kind: 'invalid', reason: r.error?.issues[0]?.message ?? 'invalid' };
}

export function metaSettingProblem<K extends 'name' | 'nameEn'>(key: K, value: string | undefined): SettingProblem | undefined {
  return problemOf(MetaSchema.shape[key], value);
}

export function floorSettingProblem<K extends 'name' | 'elevation' | 'height' | 'storey'>(key: K, value: unknown): SettingProblem | undefined {
  return problemOf(FloorSchema.shape[key], value);
}
