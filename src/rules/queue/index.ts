/** Rules of the 'queue' group. */
import type { RuleDef } from '../types';

export const RULES: RuleDef[] = [];
