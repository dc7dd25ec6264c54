/** DXF plan import. Domain code: dxf-parser only, no React/three/DOM. */
export { analyseDxf, buildHall, importDxf, type DxfSession } from './import';
export { DxfImportError, DxfImportCancelled } from './errors';
export { parseLayerSpec, roleFromName } from './layers';
export { parseUnit, UNIT_METRES } from './units';
export * from './types';
