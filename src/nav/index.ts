/** Walkable space, navigation graph, routing and visibility: shared by the rules and the nav-map export. */
export { buildNavGraph, navFor, nodeOf, pointOf, type NavGraph, type NavPoint, type NavOptions, type LinkEdge } from './graph';
export { route, distanceField, pathTree, nearestWalkable, clearWidthAt, type RouteOptions, type RouteResult, type DistanceField } from './search';
export { lineOfSight, sightVersion } from './sight';
export { fieldFor, fieldStats } from './fields';
export { rasterizeFloor, walkableRegions, type FloorGrid } from './grid';
export { reachFor, type Reach } from './reach';
