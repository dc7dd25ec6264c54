/**
 * What a placing tool asks before placing (Revit's type selector while a tool is armed): which kind of stair or lift,
 * which zone function, which counter type, sign or facility, so it is chosen before the click instead of fixed after.
 */
import type { ToolId, ToolOptions } from '../../editor/types';
import { LINK_KINDS, POINT_KINDS, SIGN_KINDS, type Term } from '../../core/vocab';

export interface ToolChoice {
  key: keyof Pick<ToolOptions, 'zoneType' | 'counterType' | 'signKind' | 'pointKind' | 'linkKind'>;
  /** Named as the hall's province names its types (src/core/terms.ts). */
  vocabulary?: 'zone' | 'counter';
  options?: Record<string, Term>;
}

const ZONE: ToolChoice = { key: 'zoneType', vocabulary: 'zone' };
const COUNTER: ToolChoice = { key: 'counterType', vocabulary: 'counter' };

const CHOICES: Partial<Record<ToolId, ToolChoice>> = {
  'zone-rect': ZONE,
  'zone-poly': ZONE,
  'counter-row': COUNTER,
  counter: COUNTER,
  sign: { key: 'signKind', options: SIGN_KINDS },
  point: { key: 'pointKind', options: POINT_KINDS },
  vlink: { key: 'linkKind', options: LINK_KINDS },
};

export const toolChoice = (tool: ToolId): ToolChoice | undefined => CHOICES[tool];
