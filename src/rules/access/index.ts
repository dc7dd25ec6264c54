/** Rules of the 'access' group. */
import type { RuleDef } from '../types';

export const RULES: RuleDef[] = [];
