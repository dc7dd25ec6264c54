/**
 * Nav benchmarks on the generated 3-floor hall: graph build from scratch, one route, one walking-distance field
 * (settled by the WebAssembly kernel, and by the JavaScript loop pages without WebAssembly run).
 */
import { buildNavGraph, distanceField, route } from '../../src/nav';
import { generateHall } from '../fixtures/generated-hall';
import { freshCopies } from './fresh';
import { timeit } from './stats';
import { useWasmSettle } from '../../src/nav/wasm/settle';

export async function bench(): Promise<Record<string, unknown>> {
  const doc = generateHall();
  // Documents no raster cache has seen: every run rasterises all three floors.
  const copies = freshCopies(doc, 12);
  let k = 0;
  const graph = timeit(() => buildNavGraph(copies[k++]), 10, 2);
  const g = buildNavGraph(doc);
  const pairs: [[number, number], string, [number, number], string][] = [
    [[32, 0.5], 'F1', [20, 28], 'F1'],
    [[32, 0.5], 'F1', [20, 28], 'F3'],
    [[5, 15], 'F2', [60, 5], 'F2'],
  ];
  k = 0;
  const one = timeit(() => {
    const [a, fa, b, fb] = pairs[k++ % pairs.length];
    route(g, { floorId: fa, p: a }, { floorId: fb, p: b });
  }, 150, 30);
  const field = timeit(() => distanceField(g, [{ floorId: 'F1', p: [32, 0.5] }]), 40, 10);
  useWasmSettle(false);
  const fieldJs = timeit(() => distanceField(g, [{ floorId: 'F1', p: [32, 0.5] }]), 40, 10);
  useWasmSettle(true);
  return { cells: g.size, graphBuild: graph, route: one, field, fieldWithoutWasm: fieldJs, targets: { graphMs: 50, routeMs: 1 } };
}
