/** Turn-by-turn navigation steps in Chinese and English. */
export { routeSteps, type Step } from './steps';
export { roundDistance, distanceZh, distanceEn, turnKind } from './speak';
