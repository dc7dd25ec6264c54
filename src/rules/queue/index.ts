/** Rules of the 'queue' group. */
import type { RuleDef } from '../types';
import { queueUtilisation } from './utilisation';

export const RULES: RuleDef[] = [queueUtilisation];
export { queueReport } from './report';
export { erlangC, countersForWait } from './erlang';
