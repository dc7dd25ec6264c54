export { renderReport } from './render';
