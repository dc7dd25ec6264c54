/** Rules of the 'zones' group. */
import type { RuleDef } from '../types';

export const RULES: RuleDef[] = [];
