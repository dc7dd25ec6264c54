import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkHall, createChecker, score } from '../../../src/rules';
import { erlangC, countersForWait } from '../../../src/rules/queue/erlang';
import { queueReport } from '../../../src/rules/queue/report';
import { resolveParams } from '../../../src/rules/preset';
import { moveElements, removeElements, setElementField, setMeta, updateFloor } from '../../../src/core/commands';
import { History } from '../../../src/core/history';
import { loadSample } from '../core/helpers';
import { main } from '../../../src/cli/main';
import { fakeIO } from '../cli/fake-io';
import { resolve } from 'node:path';
import { ROOT } from '../core/helpers';
import { freshCopies } from '../../bench/fresh';
import type { HallDocument } from '../../../src/core/document';
import type { Finding } from '../../../src/rules/types';

const county = loadSample('county-hall');
const failing = loadSample('failing-hall');

let copies = 0;
/** The findings of a deep copy with renamed floors, mapped back to the original floor ids. */
function unseen(doc: HallDocument): Finding[] {
  const tag = `~unseen${++copies}`;
  const [copy] = freshCopies(doc, 1).map((d) => JSON.parse(JSON.stringify(d).replaceAll('~0', tag)) as HallDocument);
  return JSON.parse(JSON.stringify(checkHall(copy).findings).replaceAll(tag, '')) as Finding[];
}

describe('the four headline rules on the failing sample', () => {
  const r = checkHall(failing);
  const by = (id: string) => r.findings.filter((f) => f.ruleId === id);
  it('office separated: the public door into the back office, and the floor-2 overlaps', () => {
    expect(
      by('zone.office-separated')
        .map((f) => f.elementIds.sort().join('+'))
        .sort(),
    ).toEqual(['f1-door-12+f1-zone-19', 'f2-zone-08+f2-zone-16', 'f2-zone-14+f2-zone-16']);
  });
  it('waiting per floor: floor 2 has one', () => {
    expect(by('zone.waiting-per-floor').map((f) => [f.floorId, f.elementIds])).toEqual([['F2', ['f2-zone-12']]]);
  });
  it('one-metre line: the seat in counter 05’s strip', () => {
    expect(by('counter.one-metre-line').some((f) => f.elementIds.join() === 'f1-counter-06,f1-seat-in-line')).toBe(true);
  });
  it('desk height, size and uniformity: counter 03', () => {
    for (const id of ['counter.desk-height', 'counter.desk-size', 'counter.uniform']) expect(by(id).map((f) => f.elementIds)).toEqual([['f1-counter-04']]);
  });
  it('the county sample has no error under its own preset', () => {
    expect(checkHall(county).counts.error).toBe(0);
  });
});

describe('presets, levels and overrides', () => {
  it('township level turns Hunan’s §5.4 应 rules into warnings; §6.5’s service facilities stay errors', () => {
    const broken = { ...failing, meta: { ...failing.meta, level: 'township' as const } };
    const r = checkHall(broken);
    expect(r.findings.filter((f) => f.ruleId === 'zone.waiting-per-floor')[0].severity).toBe('warning');
    // Township halls 可参考执行 §5.4 only; §6.5 (应配备…填表桌台…) applies at every level the standard covers.
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.filter((f) => f.clause.startsWith('DB43') && !f.clause.includes('§6.5'))).toEqual([]);
    expect(errors.some((f) => f.ruleId === 'zone.form-filling')).toBe(true);
    expect(r.counts.error).toBe(errors.length);
  });
  it('a parameter override saved in the hall changes the result; a disabled rule is not applied', () => {
    const strict = { ...county, meta: { ...county.meta, ruleOverrides: { waitingPerFloorMin: 3 } } };
    expect(checkHall(strict).findings.filter((f) => f.ruleId === 'zone.waiting-per-floor').length).toBe(2);
    const off = { ...strict, meta: { ...strict.meta, disabledRules: ['zone.waiting-per-floor'] } };
    const r = checkHall(off);
    expect(r.applied).not.toContain('zone.waiting-per-floor');
    expect(r.findings.filter((f) => f.ruleId === 'zone.waiting-per-floor')).toEqual([]);
  });
  it('the score line counts rules applied and passed', () => {
    const s = score(checkHall(failing));
    expect(s.applied).toBeGreaterThan(30);
    expect(s.passed).toBeLessThan(s.applied);
    expect(s.errors).toBeGreaterThan(0);
  });
});

describe('queue model (Erlang C)', () => {
  it('matches textbook values', () => {
    // c = 2, λ = μ (a = 1): P(wait) = 1/3, Lq = 1/3.
    const s = erlangC(2, 60, 1, 0.95);
    expect(s.pWait).toBeCloseTo(1 / 3, 10);
    expect(s.lq).toBeCloseTo(1 / 3, 10);
    expect(s.wqMin).toBeCloseTo(1 / 3, 10);
    // M/M/1, ρ = 0.5: Lq = ρ²/(1−ρ) = 0.5.
    expect(erlangC(1, 30, 1, 0.95).lq).toBeCloseTo(0.5, 10);
    expect(erlangC(3, 200, 1, 0.95).stable).toBe(false);
    // The 95th percentile of the number waiting: P(Nq > k) ≤ 5 %.
    const m1 = erlangC(1, 30, 1, 0.95);
    expect(0.5 * 0.5 ** (m1.seatsAtPercentile + 1)).toBeLessThanOrEqual(0.05);
    expect(0.5 * 0.5 ** m1.seatsAtPercentile).toBeGreaterThan(0.05);
  });
  it('counters for a target wait; the report per type', () => {
    const c = countersForWait(40, 9, 15)!;
    expect(erlangC(c, 40, 9, 0.95).wqMin).toBeLessThanOrEqual(15);
    expect(erlangC(c - 1, 40, 9, 0.95).wqMin).toBeGreaterThan(15);
    const rep = queueReport(county, resolveParams('hunan'));
    const gi = rep.rows.find((r) => r.type === 'general-intake')!;
    expect(gi.counters).toBe(8);
    expect(gi.utilisation).toBeCloseTo(0.75, 10);
    expect(rep.seatsNeeded).toBeGreaterThan(0);
  });
});

describe('engine properties', () => {
  const ids = county.floors.flatMap((f) => f.elements.map((e) => e.id));
  it('incremental equals full on random edit sequences', () => {
    // Moves, deletions and property edits of every kind (a counter renumbered, a zone retyped, a sign's kind
    // changed, a door made a staff door, a point made another kind of point), floor and hall settings: the incremental checker skips rules by their
    // declared reads and reuses repaired walking-distance fields, and must still agree with a full check.
    const byId = new Map(county.floors.flatMap((f) => f.elements.map((e) => [e.id, e] as const)));
    const op = fc.oneof(
      fc.tuple(fc.constant('move' as const), fc.nat(ids.length - 1), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true })),
      fc.tuple(fc.constant('remove' as const), fc.nat(ids.length - 1), fc.constant(0), fc.constant(0)),
      fc.tuple(fc.constant('field' as const), fc.nat(ids.length - 1), fc.nat(5), fc.constant(0)),
      fc.tuple(fc.constant('floor' as const), fc.nat(1), fc.double({ min: 0.5, max: 2, noNaN: true }), fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 6 }), (ops) => {
        const h = new History(county);
        const checker = createChecker();
        checker.check(h.doc);
        for (const [kind, i, a, b] of ops) {
          const id = ids[i];
          const el = byId.get(id)!;
          const has = h.doc.floors.some((f) => f.elements.some((e) => e.id === id));
          if (kind === 'move' && has) h.execute(moveElements([id], [a, b]));
          if (kind === 'remove' && has) h.execute(removeElements([id]));
          if (kind === 'floor') h.execute(updateFloor(h.doc.floors[i].id, { height: 4 + a }));
          if (kind === 'field' && has) {
            if (el.kind === 'counter') h.execute(setElementField(id, a % 2 ? 'number' : 'low', a % 2 ? `${90 + a}` : true));
            else if (el.kind === 'zone') h.execute(setElementField(id, 'type', ['waiting', 'back-office', 'toilet', 'consultation', 'unclassified', 'culture'][a]));
            else if (el.kind === 'sign') h.execute(setElementField(id, 'signKind', ['directional', 'zone', 'layout-map', 'floor-directory', 'service-hours', 'accessible'][a]));
            else if (el.kind === 'opening') h.execute(setElementField(id, 'entrance', ['none', 'staff', 'main', 'secondary', 'none', 'staff'][a]));
            else if (el.kind === 'point') h.execute(setElementField(id, 'pointKind', ['seat', 'aed', 'first-aid-kit', 'cctv', 'ticket-machine', 'evaluator'][a]));
            else h.execute(setElementField(id, 'name', `改名 ${a}`));
          }
          expect(checker.check(h.doc).findings).toEqual(checkHall(h.doc).findings);
        }
        // Both paths above share the module-level caches (rasters, fields, per-floor rule state); a copy under
        // other floor ids, with elements no cache has seen, must give the same findings.
        expect(unseen(h.doc)).toEqual(checkHall(h.doc).findings);
        h.execute(setMeta({ level: 'township' }));
        expect(checker.check(h.doc).findings).toEqual(checkHall(h.doc).findings);
      }),
      { numRuns: 12 },
    );
  });
  it('per-floor rule state kept across edits gives what a fresh check gives (seats and counters dragged in and out of strips)', () => {
    const movable = failing.floors[0].elements.filter((e) => e.kind === 'counter' || (e.kind === 'point' && e.pointKind === 'seat') || e.kind === 'obstacle').map((e) => e.id);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(movable.length - 1), fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), fc.boolean()), {
          minLength: 1,
          maxLength: 8,
        }),
        (ops) => {
          const h = new History(failing);
          for (const [i, dx, dy, remove] of ops) {
            const id = ops.length > 3 && i % 3 === 0 ? 'f1-seat-in-line' : movable[i];
            if (!h.doc.floors.some((f) => f.elements.some((e) => e.id === id))) continue;
            h.execute(remove ? removeElements([id]) : moveElements([id], [dx, dy]));
            expect(checkHall(h.doc).findings).toEqual(unseen(h.doc));
          }
        },
      ),
      { numRuns: 25 },
    );
  });
  it('never throws and never reports a crashed rule on randomly moved halls', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(ids.length - 1), fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: -40, max: 40, noNaN: true })), { maxLength: 10 }),
        (moves) => {
          let doc = county;
          for (const [i, dx, dy] of moves) doc = moveElements([ids[i]], [dx, dy]).apply(doc).doc;
          const r = checkHall(doc);
          expect(r.findings.filter((f) => f.ruleId === 'engine.rule-crashed')).toEqual([]);
        },
      ),
      { numRuns: 5 },
    );
  });
  it('moving a seat far from everything does not change findings about other elements', () => {
    const seat = county.floors[0].elements.find((e) => e.kind === 'point' && e.pointKind === 'seat' && !e.priority && !e.wheelchair)!;
    const moved = moveElements([seat.id], [0, -0.5]).apply(county).doc;
    const about = (r: ReturnType<typeof checkHall>) => r.findings.filter((f) => !f.elementIds.includes(seat.id) && f.ruleId !== 'zone.waiting-capacity').map((f) => f.key);
    expect(about(checkHall(moved))).toEqual(about(checkHall(county)));
  });
});

describe('halltwin check', () => {
  it('exit 0 with no errors, 1 with errors, 2 on bad input; --json gives findings', async () => {
    const io = fakeIO();
    expect(await main(['check', resolve(ROOT, 'models/county-hall.hall.json')], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/通过 \d+\/\d+ 条规则/);
    const io2 = fakeIO();
    expect(await main(['check', resolve(ROOT, 'models/failing-hall.hall.json'), '--json'], io2)).toBe(1);
    const j = JSON.parse(io2.stdout.join(''));
    expect(j.findings.some((f: { ruleId: string }) => f.ruleId === 'counter.one-metre-line')).toBe(true);
    expect(await main(['check', resolve(ROOT, 'models/county-hall.hall.json'), '--preset', 'mars'], fakeIO())).toBe(2);
    expect(await main(['check', 'nope.json'], fakeIO({ 'nope.json': '{' }))).toBe(2);
    const io3 = fakeIO();
    await main(['check', resolve(ROOT, 'models/county-hall.hall.json'), '--preset', 'jiangxi', '--level', 'city', '--json'], io3);
    expect(JSON.parse(io3.stdout.join('')).level).toBe('city');
  });
});
