/** DXF plan import. Domain code: dxf-parser only, no React/three/DOM. */
export { analyseDxf, buildHall, importDxf } from './import';
export { DxfImportError } from './errors';
export { parseLayerSpec } from './layers';
export { parseUnit } from './units';
export { axisRuns } from './axes';
export * from './types';
