/** Rule benchmarks: full check and the re-check after moving one element, on the generated 3-floor hall. */
import { checkHall, createChecker } from '../../src/rules';
import { moveElements } from '../../src/core/commands';
import { generateHall } from '../fixtures/generated-hall';
import { timeit } from './stats';

export async function bench(): Promise<Record<string, unknown>> {
  const doc = generateHall();
  const elements = doc.floors.reduce((s, f) => s + f.elements.length, 0);
  const seat = doc.floors[2].elements.find((e) => e.id.startsWith('gen-seat'))!;
  // Full, cold: every run nudges one seat on every floor to a position never seen before, so no raster, graph or
  // distance-field cache can be reused.
  const seats = doc.floors.map((f) => f.elements.find((e) => e.id.startsWith('gen-seat'))!.id);
  let cold = 0;
  const full = timeit(() => {
    cold++;
    let d = doc;
    for (const id of seats) d = moveElements([id], [cold * 0.001, 0]).apply(d).doc;
    checkHall(d);
  }, 10, 2);
  const checker = createChecker();
  checker.check(doc);
  let i = 0;
  const incremental = timeit(() => {
    // A new position every run (never a cache hit), as when a user drags a seat.
    const moved = moveElements([seat.id], [0.5 + ++i * 0.001, 0]).apply(doc).doc;
    checker.check(moved);
  }, 10, 2);
  // An edit that leaves walkable space alone (a sign moves): walking-distance work is reused.
  const sign = doc.floors[0].elements.find((e) => e.kind === 'sign' && e.signKind === 'zone')!;
  let j = 0;
  const afterSign = timeit(() => {
    const moved = moveElements([sign.id], [(j++ % 2 ? -1 : 1) * 0.2, 0]).apply(doc).doc;
    checker.check(moved);
  }, 10, 2);
  const r = checkHall(doc);
  return { elements, floors: doc.floors.length, findings: r.findings.length, rulesApplied: r.applied.length, fullCheck: full, recheckAfterMovingASeat: incremental, recheckAfterMovingASign: afterSign, targets: { fullMs: 8, recheckMs: 2 } };
}
