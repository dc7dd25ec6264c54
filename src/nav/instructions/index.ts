/** Turn-by-turn navigation steps in Chinese and English. */
export { routeSteps, type Step, type StepInput } from './steps';
export { roundDistance, distanceZh, distanceEn, turnKind, type TurnKind } from './speak';
export { landmarksOf, landmarkAt, counterName, type Landmark } from './landmarks';
