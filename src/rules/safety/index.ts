/** Rules of the 'safety' group. */
import type { RuleDef } from '../types';

export const RULES: RuleDef[] = [];
