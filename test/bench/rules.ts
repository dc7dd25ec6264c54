/**
 * Rule benchmarks on the generated 3-floor hall (~1,000 elements):
 * - fullCheckCold: a document nothing has seen (rasters, nav graphs, walking-distance fields, rule results all
 *   computed from scratch);
 * - fullCheck: the full rule pass over a hall whose nav graph is built (DESIGN.md's "full rule pass"; the graph
 *   has its own target, see nav.graphBuild) — every rule runs and every walking-distance field is solved;
 * - recheckAfterMovingASeat / ASign: the incremental checker after one move to a position never seen before,
 *   as while dragging. A seat blocks walking (the raster is patched and every field repaired); a sign does not.
 */
import { checkHall, createChecker } from '../../src/rules';
import { moveElements } from '../../src/core/commands';
import { navFor } from '../../src/nav';
import { generateHall } from '../fixtures/generated-hall';
import { freshCopies } from './fresh';
import { timeit } from './stats';

export async function bench(): Promise<Record<string, unknown>> {
  const doc = generateHall();
  const elements = doc.floors.reduce((s, f) => s + f.elements.length, 0);
  const RUNS = 10;
  const WARM = 2;
  const cold = freshCopies(doc, RUNS + WARM);
  let k = 0;
  const fullCold = timeit(() => checkHall(cold[k++]), RUNS, WARM);
  const built = freshCopies(doc, RUNS + WARM);
  for (const d of built) {
    navFor(d);
    navFor(d, { audience: 'staff' });
  }
  k = 0;
  const full = timeit(() => checkHall(built[k++]), RUNS, WARM);

  const checker = createChecker();
  checker.check(doc);
  const seat = doc.floors[2].elements.find((e) => e.id.startsWith('gen-seat'))!;
  let i = 0;
  const afterSeat = timeit(() => checker.check(moveElements([seat.id], [0.5 + ++i * 0.001, 0]).apply(doc).doc), 40, 4);
  const sign = doc.floors[0].elements.find((e) => e.kind === 'sign' && e.signKind === 'zone')!;
  let j = 0;
  const afterSign = timeit(() => checker.check(moveElements([sign.id], [0.2 + ++j * 0.001, 0]).apply(doc).doc), 40, 4);
  const r = checkHall(doc);
  return { elements, floors: doc.floors.length, findings: r.findings.length, rulesApplied: r.applied.length, fullCheckCold: fullCold, fullCheck: full, recheckAfterMovingASeat: afterSeat, recheckAfterMovingASign: afterSign, targets: { fullMs: 8, recheckMs: 2 } };
}
