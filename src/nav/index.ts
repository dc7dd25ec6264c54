/** Walkable space, navigation graph, routing and visibility: shared by the rules and the nav-map export. */
export { buildNavGraph, navFor, nodeOf, pointOf, type NavGraph, type NavPoint } from './graph';
export { route, distanceField, clearWidthAt, type RouteOptions, type DistanceField } from './search';
export { lineOfSight, sightVersion } from './sight';
export { fieldFor, fieldStats } from './fields';
export { rasterizeFloor } from './grid';
export { walkableRegions } from './walkable-regions';
export { reachFor } from './reach';
