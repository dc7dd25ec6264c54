export { exportBcf, componentGuid, type BcfVersion } from './export';
export { encodePng, crc32 } from './png';
