/**
 * The equipment checks (an AED, a first-aid kit, an extinguisher, a ticket machine, seats) and the AED sign check keep
 * their findings from one version of the hall to the next while none of what they read changed: after any sequence
 * of seats dragged, equipment put down, moved and taken away, signs and doors moved and removed and storeys
 * renumbered, each rule's findings equal those on a copy no memo has seen.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HallDocument } from '../../../src/core/document';
import type { HallElement } from '../../../src/core/kinds/registry';
import { KINDS } from '../../../src/core/kinds/registry';
import { addElements, moveElements, removeElements } from '../../../src/core/commands';
import { RULES_BY_ID } from '../../../src/rules/registry';
import { keptFindingsStats } from '../../../src/rules/kept-findings';
import { loadSample } from '../core/helpers';
import { resolveRuleSetting } from '../../../src/rules/preset';
import { runRule } from './reads-probe';

const IDS = ['safety.aed-present', 'safety.first-aid', 'safety.aed-signed', 'safety.fire-extinguisher', 'counter.ticket-machine', 'zone.seats'];
const county = loadSample('county-hall');
// The rules the sample's province applies at its level (a rule it does not apply finds nothing and keeps nothing).
const rules = IDS.map((id) => RULES_BY_ID.get(id)!).filter((r) => resolveRuleSetting(county.meta.preset, r.id, county.meta.level));
const idsOf = (doc: HallDocument, pick: (e: HallElement) => boolean) => doc.floors.flatMap((f) => f.elements.filter(pick).map((e) => e.id));
const isPoint = (kind: string) => (e: HallElement) => e.kind === 'point' && e.pointKind === kind;
const EQUIPMENT = ['aed', 'first-aid-kit', 'fire-extinguisher', 'ticket-machine', 'seat'] as const;

type Edit =
  | ['drag', number, number, number]
  | ['put', number, number, number, number]
  | ['take', number, number]
  | ['sign', number, number, number]
  | ['unsign', number]
  | ['door', number, number, number]
  | ['storeys'];
const near = fc.double({ min: -1.5, max: 1.5, noNaN: true });
const far = fc.double({ min: -8, max: 8, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constant('drag' as const), fc.nat(), near, near) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('put' as const), fc.nat(), fc.nat(), far, far) },
  { weight: 4, arbitrary: fc.tuple(fc.constant('take' as const), fc.nat(), fc.nat()) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('sign' as const), fc.nat(), far, far) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('unsign' as const), fc.nat()) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('door' as const), fc.nat(), near, near) },
  { weight: 1, arbitrary: fc.constant(['storeys'] as ['storeys']) },
);

function apply(doc: HallDocument, e: Edit, k: number): HallDocument {
  const pick = <T>(xs: T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);
  if (e[0] === 'storeys') return { ...doc, floors: doc.floors.map((f, i) => ({ ...f, storey: i === 0 ? (f.storey === 1 ? -1 : 1) : f.storey })) };
  if (e[0] === 'put') {
    const floor = pick(doc.floors, e[1])!;
    const el = KINDS.point.create({ id: `kept-${k}`, pointKind: pick([...EQUIPMENT], e[2])!, position: [20 + e[3], 10 + e[4]] });
    return addElements(floor.id, [el]).apply(doc).doc;
  }
  if (e[0] === 'take') {
    const id = pick(idsOf(doc, isPoint(pick([...EQUIPMENT], e[1])!)), e[2]);
    return id ? removeElements([id]).apply(doc).doc : doc;
  }
  if (e[0] === 'unsign') {
    const id = pick(
      idsOf(doc, (x) => x.kind === 'sign' && (x.signKind === 'directional' || x.signKind === 'layout-map')),
      e[1],
    );
    return id ? removeElements([id]).apply(doc).doc : doc;
  }
  const ids = e[0] === 'drag' ? idsOf(doc, isPoint('seat')) : e[0] === 'sign' ? idsOf(doc, (x) => x.kind === 'sign') : idsOf(doc, (x) => x.kind === 'opening');
  const id = pick(ids, e[1]);
  return id ? moveElements([id], [e[2], e[3]]).apply(doc).doc : doc;
}

const sig = (doc: HallDocument) => rules.map((r) => runRule(r, doc));

describe('equipment and AED sign checks kept between edits', () => {
  it('equal a fresh check after random edits of seats, equipment, signs, doors and storeys (property)', () => {
    const before = { ...keptFindingsStats };
    let changed = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let doc = county;
        let last = JSON.stringify(sig(doc));
        edits.forEach((e, k) => {
          doc = apply(doc, e, k);
          const kept = sig(doc);
          expect(kept).toEqual(sig(structuredClone(doc)));
          const now = JSON.stringify(kept);
          if (now !== last) changed++;
          last = now;
        });
      }),
      { numRuns: 60 },
    );
    // The verdicts moved with the edits, and some edits were answered from the findings kept.
    expect(changed).toBeGreaterThan(0);
    expect(keptFindingsStats.kept).toBeGreaterThan(before.kept);
  });

  it('answers a dragged seat from the findings kept, and a removed AED by checking again', () => {
    const seat = county.floors[1].elements.find(isPoint('seat'))!;
    const aeds = idsOf(county, isPoint('aed'));
    sig(county);
    const before = { ...keptFindingsStats };
    const moved = moveElements([seat.id], [0.5, 0]).apply(county).doc;
    expect(sig(moved)).toEqual(sig(structuredClone(moved)));
    // Every rule but zone.seats (which reads seats) keeps its answer.
    expect(keptFindingsStats.computed - before.computed).toBe(1 + rules.length);
    expect(keptFindingsStats.kept - before.kept).toBe(rules.length - 1);
    const mid = { ...keptFindingsStats };
    const noAed = removeElements(aeds).apply(moved).doc;
    expect(rules.map((r) => r.id).slice(0, 3)).toEqual(IDS.slice(0, 3));
    const found = sig(noAed);
    expect(found[0].map((f) => f.message.en)).toEqual(['The hall has no AED']);
    // The two AED checks check again; the others keep what they found.
    expect(keptFindingsStats.kept - mid.kept).toBe(rules.length - 2);
  });
});
