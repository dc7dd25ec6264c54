/**
 * Rule benchmarks on the generated 3-floor hall (~1,000 elements), and the same under `bigHall` for the generated
 * 5-floor hall of ~10,000 elements (fewer runs), with the big hall's medians over the small one's in `bigOverSmall`:
 * - fullCheckCold: a document nothing has seen (rasters, nav graphs, walking-distance fields, rule results all
 *   computed from scratch);
 * - fullCheck: the full rule pass over a hall whose nav graph is built (DESIGN.md's "full rule pass"; the graph
 *   has its own target, see nav.graphBuild, and includes the walking step bits at the preset's walking width and
 *   the wheelchair ones at its route and door widths, the ones the rules read, and the room maps)
 *   — every rule runs and every walking-distance field is solved;
 * - fullCheckWarm: every rule runs again over a hall already checked (fields and geometry memos reused);
 * - recheckAfterMovingASeat / ASign: the incremental checker after one move to a position never seen before,
 *   as while dragging. A seat blocks walking (the raster is patched and every field repaired); a sign does not.
 */
import { checkHall, createChecker } from '../../src/rules';
import { navOptionsOf } from '../../src/rules/util';
import { moveElements } from '../../src/core/commands';
import { navFor, rasterizeFloor, fieldStats } from '../../src/nav';
import type { HallDocument } from '../../src/core/document';
import { generateBigHall, generateHall } from '../fixtures/generated-hall';
import { freshCopies } from './fresh';
import { timeEach, timeit } from './stats';

function openSeat(doc: HallDocument): string {
  for (const f of doc.floors)
    for (const e of f.elements) {
      if (!e.id.startsWith('gen-seat')) continue;
      const a = rasterizeFloor(f).free;
      const moved = moveElements([e.id], [1, 0])
        .apply(doc)
        .doc.floors.find((x) => x.id === f.id)!;
      const b = rasterizeFloor(moved).free;
      if (a.some((v, k) => v !== b[k])) return e.id;
    }
  throw new Error('no seat in open floor');
}

/** Between sections: drop the previous section's documents, graphs and fields before the next is timed. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * Full checks of fresh copies, each made and prepared just before it is checked (untimed): the heap holds the one
 * hall being checked, as in the rules worker, not the 13-25 prepared halls a batch made up front would keep alive.
 * No collection is forced between preparing and checking: a check right after a forced full collection runs on a
 * shrunken heap and took twice as long in every trial. `warm` untimed checks first, so the rules' code is compiled.
 */
function timeFull(doc: HallDocument, runs: number, warm: number, prepare: (d: HallDocument) => void, tag: string) {
  let k = 0;
  const make = () => {
    const [d] = freshCopies(doc, 1, `${tag}${k++}`);
    prepare(d);
    return d;
  };
  return timeEach(make, (d) => checkHall(d), runs, warm);
}

/** Every timing of one hall; `scale` < 1 takes fewer runs (the 10,000-element hall's checks take 10× longer). */
function measure(doc: HallDocument, scale = 1) {
  const n = (x: number) => Math.max(3, Math.round(x * scale));
  const elements = doc.floors.reduce((s, f) => s + f.elements.length, 0);
  const fullCold = timeFull(doc, n(20), n(3), () => {}, 'cold');
  collect();
  // Timed after 25 untimed checks of other fresh copies (and the cold section's): the steady state of the rules
  // worker, which checks on every edit, once the JIT has compiled the rules' code. The first checks of a session
  // are what fullCheckCold shows.
  const full = timeFull(
    doc,
    n(20),
    n(25),
    (d) => {
      navFor(d, navOptionsOf(d));
      navFor(d, navOptionsOf(d, 'staff'));
    },
    'full',
  );
  collect();
  // How many walking-distance fields one full check solves, and how many times rules asked for one already solved.
  const [counted] = freshCopies(doc, 1, 'fields');
  navFor(counted, navOptionsOf(counted));
  navFor(counted, navOptionsOf(counted, 'staff'));
  const before = { ...fieldStats };
  checkHall(counted);
  const fieldsPerFullCheck = { solved: fieldStats.solved - before.solved, shared: fieldStats.reused - before.reused };
  collect();

  // Every rule run again on a document already checked: walking distances and geometry memos warm, no rule skipped.
  checkHall(doc);
  const warm = timeit(() => checkHall(doc), n(40), 5);
  collect();

  const checker = createChecker();
  checker.check(doc);
  // A seat standing in open floor (moving it changes which cells are walkable), dragged through a different
  // cell every run: the raster is patched and every walking-distance field repaired each time.
  const seat = openSeat(doc);
  let i = 0;
  const stats0 = { ...fieldStats };
  // Warm-up: two rounds of the 24 positions (a drag of a second or two in the editor), then ten rounds timed.
  const afterSeat = timeit(() => checker.check(moveElements([seat], [0.5 * (1 + (++i % 8)), 0.5 * (i % 3)]).apply(doc).doc), n(240), n(48));
  const seatFields = { repaired: fieldStats.repaired - stats0.repaired, solved: fieldStats.solved - stats0.solved };
  collect();
  const sign = doc.floors[0].elements.find((e) => e.kind === 'sign' && e.signKind === 'zone')!;
  let j = 0;
  const afterSign = timeit(() => checker.check(moveElements([sign.id], [0.2 + ++j * 0.001, 0]).apply(doc).doc), n(240), n(48));
  const r = checkHall(doc);
  return {
    elements,
    floors: doc.floors.length,
    findings: r.findings.length,
    rulesApplied: r.applied.length,
    fullCheckCold: fullCold,
    fullCheck: { ...full, fields: fieldsPerFullCheck },
    fullCheckWarm: warm,
    recheckAfterMovingASeat: { ...afterSeat, fields: seatFields },
    recheckAfterMovingASign: afterSign,
  };
}

export async function bench(): Promise<Record<string, unknown>> {
  const small = measure(generateHall());
  collect();
  const big = measure(generateBigHall(), 0.4);
  const ratio = (k: 'fullCheckCold' | 'fullCheck' | 'fullCheckWarm' | 'recheckAfterMovingASeat' | 'recheckAfterMovingASign') =>
    Math.round((big[k].medianMs / small[k].medianMs) * 100) / 100;
  return {
    ...small,
    targets: { fullMs: 8, recheckMs: 2 },
    bigHall: { ...big, targets: { fullMs: 40, recheckMs: 4 } },
    bigOverSmall: {
      elements: Math.round((big.elements / small.elements) * 10) / 10,
      fullCheckCold: ratio('fullCheckCold'),
      fullCheck: ratio('fullCheck'),
      fullCheckWarm: ratio('fullCheckWarm'),
      recheckAfterMovingASeat: ratio('recheckAfterMovingASeat'),
      recheckAfterMovingASign: ratio('recheckAfterMovingASign'),
    },
  };
}
