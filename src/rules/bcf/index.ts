export { exportBcf, componentGuid, TOPIC_STATUS, type BcfVersion } from './export';
export { importBcf, parseMarkup, readBcfTopics, statusFromBcf, type BcfImport } from './import';
export { encodePng, crc32 } from './png';
