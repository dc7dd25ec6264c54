/** IFC import and write-back. Domain code: web-ifc only, no React/three/DOM. */
export { importIfc } from './import';
export { exportIfc } from './export';
export { IfcImportError } from './errors';
/** @public The room classifier by name, shared with plan (DXF) import. */
export { guessZoneType } from './zone-type';
export { projectedToLatLon, projectionForEpsg, epsgFromName } from './utm';
export * from './types';
