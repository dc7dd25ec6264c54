export { renderReport, renderReportModel } from './render';
export { buildReport, publicClause, type ReportModel } from './model';
export { planSvg, floorGroup } from './plan-svg';
