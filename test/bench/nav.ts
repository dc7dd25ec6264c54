/** Nav benchmarks: graph build and one route on the generated 3-floor hall. */
import { buildNavGraph, route } from '../../src/nav';
import { generateHall } from '../fixtures/generated-hall';
import { timeit } from './stats';

export async function bench(): Promise<Record<string, unknown>> {
  const doc = generateHall();
  // Fresh floor objects each run so the raster cache does not help.
  const graph = timeit(() => buildNavGraph({ ...doc, floors: doc.floors.map((f) => ({ ...f })) }), 10, 2);
  const g = buildNavGraph(doc);
  const pairs: [[number, number], string, [number, number], string][] = [
    [[32, 0.5], 'F1', [20, 28], 'F1'],
    [[32, 0.5], 'F1', [20, 28], 'F3'],
    [[5, 15], 'F2', [60, 5], 'F2'],
  ];
  let k = 0;
  const one = timeit(() => {
    const [a, fa, b, fb] = pairs[k++ % pairs.length];
    route(g, { floorId: fa, p: a }, { floorId: fb, p: b });
  }, 60, 6);
  return { cells: g.size, graphBuild: graph, route: one, targets: { graphMs: 50, routeMs: 1 } };
}
