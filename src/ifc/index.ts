/** IFC import and write-back. Domain code: web-ifc only, no React/three/DOM. */
export { importIfc, contextGroup } from './import';
export { exportIfc, type ExportIfcOptions } from './export';
export { IfcImportError, IfcImportCancelled } from './errors';
export { classifyZone, guessZoneType, guessZoneTypeWithConfidence, type ZoneTypeGuess } from './zone-type';
export { projectedToLatLon, projectionForEpsg, epsgFromName } from './utm';
export * from './types';
