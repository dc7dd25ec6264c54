/**
 * Nav benchmarks on the generated 3-floor hall (and under `bigHall` the 5-floor ~10,000-element one, with ratios): graph build from scratch, one route, one walking-distance field
 * (settled by the WebAssembly kernel, and by the JavaScript loop pages without WebAssembly run).
 */
import { buildNavGraph, distanceField, route } from '../../src/nav';
import { BIG_TILE_PITCH, generateBigHall, generateHall } from '../fixtures/generated-hall';
import type { HallDocument } from '../../src/core/document';
import { freshCopies } from './fresh';
import { timeit } from './stats';
import { useWasmSettle } from '../../src/nav/wasm/settle';
import { navOptionsOf } from '../../src/rules/util';

type Pair = [[number, number], string, [number, number], string];

function measure(doc: HallDocument, pairs: Pair[], scale = 1) {
  const n = (x: number) => Math.max(3, Math.round(x * scale));
  // Documents no raster cache has seen: every run rasterises every floor.
  const copies = freshCopies(doc, n(10) + 2);
  let k = 0;
  // Built as the rules' graphs are: with the walking search space at the preset's walking width and the
  // wheelchair one at its route and door widths.
  const graph = timeit(() => buildNavGraph(copies[k], navOptionsOf(copies[k++])), n(10), 2);
  const g = buildNavGraph(doc);
  k = 0;
  const one = timeit(
    () => {
      const [a, fa, b, fb] = pairs[k++ % pairs.length];
      route(g, { floorId: fa, p: a }, { floorId: fb, p: b });
    },
    n(150),
    n(30),
  );
  const field = timeit(() => distanceField(g, [{ floorId: 'F1', p: [32, 0.5] }]), n(40), n(10));
  useWasmSettle(false);
  const fieldJs = timeit(() => distanceField(g, [{ floorId: 'F1', p: [32, 0.5] }]), n(40), n(10));
  useWasmSettle(true);
  return { cells: g.size, graphBuild: graph, route: one, field, fieldWithoutWasm: fieldJs };
}

export async function bench(): Promise<Record<string, unknown>> {
  const small = measure(generateHall(), [
    [[32, 0.5], 'F1', [20, 28], 'F1'],
    [[32, 0.5], 'F1', [20, 28], 'F3'],
    [[5, 15], 'F2', [60, 5], 'F2'],
  ]);
  // Across the big hall: from wing 1's main door to the far wing, upstairs, and along an upper floor.
  const w = BIG_TILE_PITCH;
  const big = measure(
    generateBigHall(),
    [
      [[32, 0.5], 'F1', [20 + 3 * w, 28], 'F1'],
      [[32, 0.5], 'F1', [20 + 2 * w, 28], 'F5'],
      [[5 + w, 15], 'F3', [60 + 2 * w, 5], 'F3'],
    ],
    0.5,
  );
  const ratio = (k: 'graphBuild' | 'route' | 'field' | 'fieldWithoutWasm') => Math.round((big[k].medianMs / small[k].medianMs) * 100) / 100;
  return {
    ...small,
    targets: { graphMs: 50, routeMs: 1 },
    bigHall: big,
    bigOverSmall: {
      cells: Math.round((big.cells / small.cells) * 10) / 10,
      graphBuild: ratio('graphBuild'),
      route: ratio('route'),
      field: ratio('field'),
      fieldWithoutWasm: ratio('fieldWithoutWasm'),
    },
  };
}
