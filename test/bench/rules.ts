/** Rule benchmarks: full check and the re-check after moving one element, on the generated 3-floor hall. */
import { checkHall, createChecker } from '../../src/rules';
import { moveElements } from '../../src/core/commands';
import { generateHall } from '../fixtures/generated-hall';
import { timeit } from './stats';

export async function bench(): Promise<Record<string, unknown>> {
  const doc = generateHall();
  const elements = doc.floors.reduce((s, f) => s + f.elements.length, 0);
  const seat = doc.floors[2].elements.find((e) => e.id.startsWith('gen-seat'))!;
  // Full: a fresh document object each run so no per-document cache helps.
  const full = timeit(() => checkHall({ ...doc, floors: [...doc.floors] }), 10, 2);
  const checker = createChecker();
  checker.check(doc);
  let i = 0;
  const incremental = timeit(() => {
    const moved = moveElements([seat.id], [(i++ % 2 ? -1 : 1) * 0.5, 0]).apply(doc).doc;
    checker.check(moved);
  }, 10, 2);
  const r = checkHall(doc);
  return { elements, floors: doc.floors.length, findings: r.findings.length, rulesApplied: r.applied.length, fullCheck: full, recheckAfterMove: incremental, targets: { fullMs: 8, recheckMs: 2 } };
}
