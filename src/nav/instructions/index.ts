/** Turn-by-turn navigation steps in Chinese and English. */
export { routeSteps, routePrompts, legsOf, signedTurn, type Step, type StepInput, type StepFrom, type Prompt, type Leg } from './steps';
export { roundDistance, distanceZh, distanceEn, turnKind, TURN_BANDS, type TurnKind } from './speak';
export { landmarksOf, landmarkAt, counterName, linkName, inSight, type Landmark } from './landmarks';
