/**
 * The nav graph pre-builds the search space the rules read: the walking space at the preset's walking width. A
 * full check over a hall whose graphs are built then reads that space and lays out no walking space of its own
 * (a graph-sized mask and step array), and the graph lays out no space nobody reads.
 */
import { describe, expect, it, vi } from 'vitest';
import * as masks from '../../../src/nav/mask';
import { navFor } from '../../../src/nav';
import { checkHall } from '../../../src/rules';
import { walkMinWidth } from '../../../src/rules/util';
import { PRESET_IDS } from '../../../src/core/presets';
import type { HallDocument } from '../../../src/core/document';
import { generateHall } from '../../fixtures/generated-hall';
import { loadSample } from '../core/helpers';
import { freshCopies } from '../../bench/fresh';

vi.mock('../../../src/nav/mask', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/nav/mask')>();
  return { ...m, searchSpace: vi.fn(m.searchSpace) };
});

/** The spaces handed out since the spy was last cleared. */
function handedOut(): masks.SearchSpace[] {
  return vi.mocked(masks.searchSpace).mock.results.map((r) => r.value as masks.SearchSpace);
}
const name = (s: masks.SearchSpace) => `${s.g.audience}|${s.key}`;

const withOverride = (doc: HallDocument, w: number): HallDocument => ({ ...doc, meta: { ...doc.meta, ruleOverrides: { ...doc.meta.ruleOverrides, walkMinWidthM: w } } });

describe('search spaces pre-built with the graph', () => {
  const halls: [string, HallDocument][] = [
    ['county', loadSample('county-hall')],
    ['generated', generateHall()],
  ];
  for (const [hallName, hall] of halls)
    for (const preset of PRESET_IDS)
      for (const override of [undefined, 0.7])
        it(`${hallName} under ${preset}${override ? `, walking width ${override} m` : ''}: the check reads the graph's walking space`, () => {
          // Floors renamed, so no raster, graph or field of another case is found for them.
          const [copy] = freshCopies(hall, 1, `${hallName}-${preset}-${override}-`);
          const base: HallDocument = { ...copy, meta: { ...copy.meta, preset } };
          const doc = override === undefined ? base : withOverride(base, override);
          const w = walkMinWidth(doc);
          vi.mocked(masks.searchSpace).mockClear();
          navFor(doc, { walkMinWidth: w });
          navFor(doc, { audience: 'staff', walkMinWidth: w });
          const built = new Set(handedOut());
          const walk = masks.optionsKey({ minWalkWidth: w });
          // Walking at the preset's width for each audience; nothing at no width, no wheelchair space at a width
          // no rule asks (the route rule's comes from the preset's route and door widths).
          expect([...new Set([...built].map(name))].sort()).toEqual([`public|${walk}`, `staff|${walk}`]);
          vi.mocked(masks.searchSpace).mockClear();
          checkHall(doc);
          const read = handedOut().filter((s) => s.key === walk);
          // The rules do read it (else there would be nothing to pre-build), and only the graph's own.
          expect(read.length).toBeGreaterThan(0);
          expect(read.filter((s) => !built.has(s)).map(name)).toEqual([]);
        });
});
