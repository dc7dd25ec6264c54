/** What each kind declares in its folder is what the rest of the program does with it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import { ELEMENT_KINDS, KINDS, kindOf } from '../../../src/core/kinds/registry';
import { exportIfc } from '../../../src/ifc/export';
import { NAV_KINDS } from '../../../src/rules/types';

const r = parseHallText(readFileSync(resolve(import.meta.dirname, '../../../models/county-hall.hall.json'), 'utf8'));
if (!r.ok) throw new Error('county sample does not load');
const county = r.doc;
const all = county.floors.flatMap((f) => f.elements);

describe('kind declarations', () => {
  it('every kind has elements in the county sample (so the checks below see each one)', () => {
    expect(new Set(all.map((e) => e.kind))).toEqual(new Set(ELEMENT_KINDS));
  });

  it("'nav' stands for exactly the kinds with a part in walking, and blocking kinds block", () => {
    expect([...NAV_KINDS].sort()).toEqual(ELEMENT_KINDS.filter((k) => KINDS[k].walking !== 'none').sort());
    for (const e of all) if (kindOf(e).blocksWalking(e)) expect(kindOf(e).walking).toBe('blocks');
    for (const k of ELEMENT_KINDS) if (KINDS[k].walking === 'blocks') expect(all.some((e) => e.kind === k && kindOf(e).blocksWalking(e))).toBe(true);
  });

  it('the IFC export writes each kind as the entities and property set it declares', () => {
    const step = new TextDecoder().decode(exportIfc(county, { timeStamp: '2026-01-01T00:00:00' }));
    for (const k of ELEMENT_KINDS) {
      const m = KINDS[k].ifc;
      if (m.to === null) {
        expect(m.why.length).toBeGreaterThan(10);
        continue;
      }
      expect(step, `${k}: ${m.pset}`).toContain(`'${m.pset}'`);
      expect(
        m.to.some((ent) => step.includes(`=${ent.toUpperCase()}(`)),
        `${k} as one of ${m.to.join(', ')}`,
      ).toBe(true);
    }
  });

  it('vertex editing moves exactly the vertex asked for, for every kind that has vertices', () => {
    for (const e of all) {
      const k = kindOf(e);
      const vs = k.vertices?.(e);
      if (!vs) continue;
      expect(k.moveVertex, e.kind).toBeDefined();
      fc.assert(
        fc.property(fc.nat(vs.length - 1), fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true }), (i, x, y) => {
          const after = k.vertices!(k.moveVertex!(e, i, [x, y]));
          expect(after[i]).toEqual([x, y]);
          after.forEach((p, j) => j === i || expect(p).toEqual(vs[j]));
        }),
        { numRuns: 5 },
      );
    }
  });
});
