/**
 * Rule benchmarks on the generated 3-floor hall (~1,000 elements):
 * - fullCheckCold: a document nothing has seen (rasters, nav graphs, walking-distance fields, rule results all
 *   computed from scratch);
 * - fullCheck: the full rule pass over a hall whose nav graph is built (DESIGN.md's "full rule pass"; the graph
 *   has its own target, see nav.graphBuild) — every rule runs and every walking-distance field is solved;
 * - fullCheckWarm: every rule runs again over a hall already checked (fields and geometry memos reused);
 * - recheckAfterMovingASeat / ASign: the incremental checker after one move to a position never seen before,
 *   as while dragging. A seat blocks walking (the raster is patched and every field repaired); a sign does not.
 */
import { checkHall, createChecker } from '../../src/rules';
import { moveElements } from '../../src/core/commands';
import { navFor, rasterizeFloor, fieldStats } from '../../src/nav';
import type { HallDocument } from '../../src/core/document';
import { generateHall } from '../fixtures/generated-hall';
import { freshCopies } from './fresh';
import { timeit } from './stats';

function openSeat(doc: HallDocument): string {
  for (const f of doc.floors)
    for (const e of f.elements) {
      if (!e.id.startsWith('gen-seat')) continue;
      const a = rasterizeFloor(f).free;
      const moved = moveElements([e.id], [1, 0]).apply(doc).doc.floors.find((x) => x.id === f.id)!;
      const b = rasterizeFloor(moved).free;
      if (a.some((v, k) => v !== b[k])) return e.id;
    }
  throw new Error('no seat in open floor');
}

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

  // Every rule run again on a document already checked: walking distances and geometry memos warm, no rule skipped.
  checkHall(doc);
  const warm = timeit(() => checkHall(doc), 20, 3);

  const checker = createChecker();
  checker.check(doc);
  // A seat standing in open floor (moving it changes which cells are walkable), dragged through a different
  // cell every run: the raster is patched and every walking-distance field repaired each time.
  const seat = openSeat(doc);
  let i = 0;
  const stats0 = { ...fieldStats };
  const afterSeat = timeit(() => checker.check(moveElements([seat], [0.5 * (1 + (++i % 8)), 0.5 * (i % 3)]).apply(doc).doc), 40, 4);
  const seatFields = { repaired: fieldStats.repaired - stats0.repaired, solved: fieldStats.solved - stats0.solved };
  const sign = doc.floors[0].elements.find((e) => e.kind === 'sign' && e.signKind === 'zone')!;
  let j = 0;
  const afterSign = timeit(() => checker.check(moveElements([sign.id], [0.2 + ++j * 0.001, 0]).apply(doc).doc), 40, 4);
  const r = checkHall(doc);
  return { elements, floors: doc.floors.length, findings: r.findings.length, rulesApplied: r.applied.length, fullCheckCold: fullCold, fullCheck: full, fullCheckWarm: warm, recheckAfterMovingASeat: { ...afterSeat, fields: seatFields }, recheckAfterMovingASign: afterSign, targets: { fullMs: 8, recheckMs: 2 } };
}
