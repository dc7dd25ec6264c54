/** Rules of the 'signs' group. */
import type { RuleDef } from '../types';
import { signLayoutMap, signServiceHours } from './entrance';
import { signFloorDirectory, signElevatorNotice, signElectronicClearance } from './vertical';
import { signZone, signComplaint, signBilingual, signAccessible } from './zones';
import { signContinuity } from './continuity';
import { signDisclosure } from './disclosure';

export const RULES: RuleDef[] = [
  signLayoutMap,
  signFloorDirectory,
  signZone,
  signContinuity,
  signBilingual,
  signElectronicClearance,
  signServiceHours,
  signAccessible,
  signComplaint,
  signElevatorNotice,
  signDisclosure,
];
