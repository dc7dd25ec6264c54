/** Rules of the 'counters' group. */
import type { RuleDef } from '../types';

export const RULES: RuleDef[] = [];
