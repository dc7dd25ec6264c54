export { exportBcf } from './export';
export { importBcf, statusFromBcf } from './import';
export { parseMarkup } from './markup';
export { crc32 } from './png';
