/** defineRule: a rule with its id, group, scope, parameters and check. */
import type { RuleDef } from './types';
export const defineRule = (r: RuleDef): RuleDef => r;
