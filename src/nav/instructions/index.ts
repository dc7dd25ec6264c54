/** Turn-by-turn navigation steps in Chinese and English. */
export { routeSteps, routePrompts, legsOf, signedTurn, type Step, type StepFrom } from './steps';
export { roundDistance, distanceZh, distanceEn, turnKind, TURN_BANDS } from './speak';
export { landmarkAt, inSight } from './landmarks';
