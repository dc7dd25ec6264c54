/** Rules of the 'zones' group. */
import type { RuleDef } from '../types';
import { zoneRequired } from './required';
import { zoneClassified } from './classified';
import { zoneSeats } from './seats';
import { zoneFormFilling } from './form-filling';
import { zoneOfficeSeparated } from './office-separated';
import { zoneWaitingPerFloor, zoneWaitingAdjacent, zoneWaitingCapacity } from './waiting';
import { zoneConsultationNearEntrance, zone24hIndependent, zoneCounterBackofficeLink, zonePublicOverStaff, zoneSpecialistMax, zoneHallStoreys, zoneHallArea } from './placement';

export const RULES: RuleDef[] = [
  zoneRequired,
  zoneOfficeSeparated,
  zoneCounterBackofficeLink,
  zoneConsultationNearEntrance,
  zoneWaitingPerFloor,
  zoneWaitingAdjacent,
  zoneWaitingCapacity,
  zone24hIndependent,
  zonePublicOverStaff,
  zoneSpecialistMax,
  zoneHallStoreys,
  zoneHallArea,
  zoneClassified,
  zoneSeats,
  zoneFormFilling,
];
