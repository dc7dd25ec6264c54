export { exportBcf } from './export';
export { importBcf, parseMarkup, statusFromBcf } from './import';
export { crc32 } from './png';
