/** Walkable space, navigation graph, routing and visibility: shared by the rules and the nav-map export. */
export { buildNavGraph, navFor, navOptions, nodeOf, pointOf, wheelchairOptions, type NavGraph, type NavOptions, type NavPoint } from './graph';
export { route, type RouteOptions } from './search';
export { distanceField, clearWidthAt, type DistanceField } from './field-view';
export { lineOfSight, sightVersion } from './sight';
export { fieldFor, fieldStats } from './fields';
export { rasterizeFloor } from './grid';
export { walkableRegions } from './walkable-regions';
export { reachFor } from './reach';
export { STEP_FREE } from './mask';
