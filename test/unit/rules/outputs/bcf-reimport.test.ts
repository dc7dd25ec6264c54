/**
 * A BCF file that comes back from the design team untouched changes nothing: no finding gains a state, no date
 * moves, and the next export is the same file (a walk found every one of duplex.ifc's 72 topics given a state dated
 * at the import, so the next export said each topic had been modified then).
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkHall } from '../../../../src/rules';
import { exportBcf, importBcf } from '../../../../src/rules/bcf';
import { addComment, patchState } from '../../../../src/rules/work-items';
import { loadSample } from '../../core/helpers';

const base = loadSample('failing-hall');
const result = checkHall(base);
const DATE = new Date('2026-11-23T10:00:00Z');
let states = patchState(undefined, result.findings[0].key, { status: 'in-progress', assignee: 'li@design.cn' }, DATE);
states = addComment(states, result.findings[1].key, { author: '王规划', text: '请核实' }, DATE);
const doc = { ...base, meta: { ...base.meta, findingStates: states } };
const markups = (zip: Uint8Array) => {
  const files = unzipSync(zip);
  return Object.fromEntries(
    Object.keys(files)
      .filter((k) => k.endsWith('markup.bcf'))
      .map((k) => [k, strFromU8(files[k])]),
  );
};

describe('BCF re-imported untouched', () => {
  for (const version of ['2.1', '3.0'] as const)
    it(`BCF ${version}: the states stay as they were and the next export is the same`, () => {
      const out = exportBcf(doc, result, { version, date: DATE });
      const back = importBcf(doc, result, out);
      expect(back.matched).toBe(result.findings.length);
      expect(back.changed).toEqual([]);
      expect(back.states).toEqual(states);
      const again = exportBcf({ ...doc, meta: { ...doc.meta, findingStates: back.states } }, result, { version, date: DATE });
      expect(markups(again)).toEqual(markups(out));
    });
});
