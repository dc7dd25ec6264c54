/** Rules of the 'signs' group. */
import type { RuleDef } from '../types';

export const RULES: RuleDef[] = [];
