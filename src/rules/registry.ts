/** Every rule, by group. A new rule is a file in its group folder and one line in that group's index. */
import type { RuleDef } from './types';
import { RULES as ZONES } from './zones';
import { RULES as COUNTERS } from './counters';
import { RULES as QUEUE } from './queue';
import { RULES as SIGNS } from './signs';
import { RULES as ACCESS } from './access';
import { RULES as SAFETY } from './safety';
import { RULES as FACILITIES } from './facilities';

export const ALL_RULES: RuleDef[] = [...ZONES, ...COUNTERS, ...QUEUE, ...SIGNS, ...ACCESS, ...SAFETY, ...FACILITIES];
export const RULES_BY_ID: ReadonlyMap<string, RuleDef> = new Map(ALL_RULES.map((r) => [r.id, r]));
