export { renderReport } from './render';
export { planSvg, floorGroup } from './plan-svg';
