/** A walking-distance field: distances per node of a search space from a set of seeds. */
import type { SearchSpace } from './mask';
import type { Distances } from './versions';

export interface Field {
  space: SearchSpace;
  /** Start distance of each source node (a source point's offset from its cell centre). */
  seeds: Map<number, number>;
  /** Distance per node; read it afresh after reading another field of the same lineage (see Distances). */
  readonly d: Float64Array;
  /** The versioned store behind `d`, shared with the fields this one was repaired from or into. */
  readonly dist: Distances;
}

export function fieldOf(space: SearchSpace, seeds: Map<number, number>, dist: Distances): Field {
  return {
    space,
    seeds,
    dist,
    get d() {
      return dist.get();
    },
  };
}
