/**
 * Rules that need a few kinds of a floor (its zones, doors, counters, seats) take them from the floor's element
 * index, built once per floor: none of them walks the floor's whole element list, thousands of seats long in a
 * large hall, on a check.
 */
import { describe, expect, it } from 'vitest';
import type { Floor, HallDocument } from '../../../src/core/document';
import { RULES_BY_ID } from '../../../src/rules/registry';
import { elementsOn } from '../../../src/rules/element-index';
import { loadSample } from '../core/helpers';
import { runRule } from './reads-probe';

const RULE_IDS = [
  'zone.waiting-per-floor',
  'zone.waiting-capacity',
  'zone.classified',
  'zone.form-filling',
  'zone.24h-independent',
  'zone.hall-storeys',
  'zone.hall-area',
  'safety.exits',
  'safety.exit-width',
  'access.toilet',
  'access.elevator',
  'access.wheelchair-spaces',
  'facility.suggestion-box',
  'facility.drinking-water',
];

/** A copy of `doc` (floors renamed, so no memo has seen them) whose floors count every read of their element lists. */
function counted(doc: HallDocument, tag: string): { doc: HallDocument; reads: () => number; reset: () => void } {
  let reads = 0;
  const floors: Floor[] = structuredClone(doc).floors.map((f) => ({
    ...f,
    id: `${f.id}~${tag}`,
    elements: new Proxy(f.elements, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    }),
  }));
  for (const f of floors) for (const e of f.elements) if (e.kind === 'vlink') e.floors = e.floors.map((id) => `${id}~${tag}`);
  return { doc: { ...doc, floors }, reads: () => reads, reset: () => (reads = 0) };
}

describe('rules read kinds from the element index', () => {
  for (const preset of ['hunan', 'hainan', 'jiangxi'])
    for (const sample of ['county-hall', 'failing-hall'] as const)
      it(`read none of a floor's whole element list (${sample}, ${preset})`, () => {
        const base = loadSample(sample);
        const c = counted({ ...base, meta: { ...base.meta, preset } }, `${sample}-${preset}`);
        // The index itself walks each floor once, and every rule shares it.
        for (const f of c.doc.floors) elementsOn(f, 'zone');
        let applied = 0;
        for (const id of RULE_IDS) {
          c.reset();
          const rule = RULES_BY_ID.get(id);
          expect(rule, id).toBeDefined();
          const findings = runRule(rule!, c.doc);
          expect(
            findings.filter((f) => f.key.startsWith('crash:')),
            id,
          ).toEqual([]);
          expect([id, c.reads()]).toEqual([id, 0]);
          applied++;
        }
        expect(applied).toBe(RULE_IDS.length);
      });
});
