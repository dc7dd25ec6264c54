/**
 * The navigation graph's shape, apart from graph.ts that builds it, so the search masks and room maps graph.ts
 * uses can name it without importing their own caller.
 */
import type { LinkKind } from '../core/vocab';
import type { FloorGrid } from './grid';

export interface LinkEdge {
  to: number;
  cost: number;
  linkId: string;
  linkKind: LinkKind;
  accessible: boolean;
  slope: number;
  clearWidth: number;
}

export interface NavGraph {
  audience: 'public' | 'staff';
  grids: FloorGrid[];
  /** First node number of each floor's grid. */
  offsets: number[];
  size: number;
  links: Map<number, LinkEdge[]>;
  floorIndex: Map<string, number>;
}
