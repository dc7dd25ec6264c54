export { exportBcf } from './export';
export { crc32 } from './png';
