export { renderReport } from './render';
export { buildReport, publicClause } from './model';
