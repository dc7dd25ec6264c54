/** What each kind declares in its folder is what the rest of the program does with it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import { ELEMENT_KINDS, KINDS, kindOf } from '../../../src/core/kinds/registry';
import { exportIfc } from '../../../src/ifc/export';
import { NAV_KINDS } from '../../../src/rules/types';
import { KIND_TOOLS } from '../../../src/editor/kind-tools';
import { SHORTCUT_LIST } from '../../../src/editor/shortcuts';
import { TOOLS } from '../../../src/editor/tools/registry';
import { lineOfSight } from '../../../src/nav';

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

  it('every declared tool has a behaviour (its own class or the generic placing tool), and no two shortcuts share a key', () => {
    expect(KIND_TOOLS.filter(({ tool }) => !(tool.id in TOOLS)).map(({ tool }) => tool.id)).toEqual([]);
    const keys = SHORTCUT_LIST.map((s) => s.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    // Every kind a person places has a tool; the kinds made only by import say so by having none (obstacles).
    expect(new Set(KIND_TOOLS.map((t) => t.kind))).toEqual(new Set(ELEMENT_KINDS.filter((k) => k !== 'obstacle')));
  });

  it('sight follows the kinds: an opaque wall blocks, its door lets the view through, a glazed wall does not block', () => {
    const doc = JSON.parse(JSON.stringify(county)) as typeof county;
    const f = doc.floors[0];
    f.elements = [
      { kind: 'wall', id: 'w', a: [0, 0], b: [10, 0], thickness: 0.2 },
      { kind: 'opening', id: 'd', wallId: 'w', position: [5, 0], rotation: 0, width: 1, height: 2.1, entrance: 'none', step: 0 },
    ] as typeof f.elements;
    expect(lineOfSight(doc, f.id, [2, -2], [2, 2])).toBe(false);
    expect(lineOfSight(doc, f.id, [5, -2], [5, 2])).toBe(true);
    // Documents are immutable: the glazed wall is a new element on a new floor.
    doc.floors[0] = { ...f, elements: [{ ...f.elements[0], glazed: true } as (typeof f.elements)[number], f.elements[1]] };
    expect(lineOfSight(doc, f.id, [2, -2.1], [2, 2.1])).toBe(true);
  });
});
