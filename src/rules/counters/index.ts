/** Rules of the 'counters' group. */
import type { RuleDef } from '../types';
import { counterRequired, counterNumbered, counterEvaluator, counterTicketMachine } from './presence';
import { counterOneMetreLine } from './one-metre-line';
import { counterDeskHeight, counterDeskSize, counterUniform, counterLowCounter } from './desk';

export const RULES: RuleDef[] = [
  counterRequired,
  counterOneMetreLine,
  counterDeskHeight,
  counterDeskSize,
  counterUniform,
  counterLowCounter,
  counterNumbered,
  counterEvaluator,
  counterTicketMachine,
];
