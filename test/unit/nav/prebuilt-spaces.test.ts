/**
 * The nav graph pre-builds the search spaces the rules read: the walking space at the preset's walking width (with
 * the room maps and open runs smoothing tests lines on), and for the public the wheelchair space at the preset's
 * route and door widths and the step-free one. A full check over a hall whose graphs are built then reads those
 * spaces and lays out none of its own (a graph-sized mask and step array) nor any floor's room map, and the graph
 * lays out no space nobody reads.
 */
import { describe, expect, it, vi } from 'vitest';
import * as masks from '../../../src/nav/mask';
import * as rooms from '../../../src/nav/room';
import { navFor } from '../../../src/nav';
import { checkHall } from '../../../src/rules';
import { navOptionsOf, walkMinWidth, wheelchairOptionsOf } from '../../../src/rules/util';
import { resolveParams } from '../../../src/rules/preset';
import { PRESET_IDS } from '../../../src/core/presets';
import type { HallDocument } from '../../../src/core/document';
import { generateHall } from '../../fixtures/generated-hall';
import { loadSample } from '../core/helpers';
import { freshCopies } from '../../bench/fresh';

vi.mock('../../../src/nav/mask', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/nav/mask')>();
  return { ...m, searchSpace: vi.fn(m.searchSpace) };
});

vi.mock('../../../src/nav/room', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/nav/room')>();
  return { ...m, roomFor: vi.fn(m.roomFor), runsFor: vi.fn(m.runsFor) };
});

/** The floor masks room maps and runs were asked for since the spies were last cleared. */
function roomMasks(): Set<Uint8Array> {
  return new Set([...vi.mocked(rooms.roomFor).mock.calls, ...vi.mocked(rooms.runsFor).mock.calls].map((c) => c[2]));
}
const clearSpies = () => {
  vi.mocked(masks.searchSpace).mockClear();
  vi.mocked(rooms.roomFor).mockClear();
  vi.mocked(rooms.runsFor).mockClear();
};

/** The spaces handed out since the spy was last cleared. */
function handedOut(): masks.SearchSpace[] {
  return vi.mocked(masks.searchSpace).mock.results.map((r) => r.value as masks.SearchSpace);
}
const name = (s: masks.SearchSpace) => `${s.g.audience}|${s.key}`;

const withOverride = (doc: HallDocument, o: Record<string, number | string>): HallDocument => ({
  ...doc,
  meta: { ...doc.meta, ruleOverrides: { ...doc.meta.ruleOverrides, ...o } },
});

/** Walking width overridden; route and door widths of an existing building in a crowded hall. */
const VARIANTS: [string, (d: HallDocument) => HallDocument][] = [
  ['', (d) => d],
  [', walking width 0.7 m', (d) => withOverride(d, { walkMinWidthM: 0.7 })],
  [', crowded, existing building', (d) => withOverride({ ...d, meta: { ...d.meta, crowded: true } }, { buildingWork: 'existing' })],
];

describe('search spaces pre-built with the graph', () => {
  const halls: [string, HallDocument][] = [
    ['county', loadSample('county-hall')],
    ['generated', generateHall()],
  ];
  for (const [hallName, hall] of halls)
    for (const preset of PRESET_IDS)
      for (const [variant, vary] of VARIANTS)
        it(`${hallName} under ${preset}${variant}: the check reads the graph's walking and wheelchair spaces`, () => {
          // Floors renamed, so no raster, graph or field of another case is found for them.
          const [copy] = freshCopies(hall, 1, `${hallName}-${preset}-${variant}-`);
          const doc = vary({ ...copy, meta: { ...copy.meta, preset } });
          const w = walkMinWidth(doc);
          clearSpies();
          navFor(doc, navOptionsOf(doc));
          navFor(doc, navOptionsOf(doc, 'staff'));
          const built = new Set(handedOut());
          const mapped = roomMasks();
          const walk = masks.optionsKey({ minWalkWidth: w });
          const wheel = masks.optionsKey(wheelchairOptionsOf(resolveParams(doc.meta.preset, doc.meta.ruleOverrides), doc.meta.crowded));
          const stepFree = masks.optionsKey(masks.STEP_FREE);
          // Walking at the preset's width for each audience, the wheelchair and step-free spaces for the public;
          // nothing at no width, no wheelchair space at a width no rule asks, none for staff.
          expect([...new Set([...built].map(name))].sort()).toEqual([`public|${walk}`, `public|${wheel}`, `public|${stepFree}`, `staff|${walk}`].sort());
          clearSpies();
          checkHall(doc);
          // Lines are tested only on masks whose room maps and runs came with the graph.
          expect([...roomMasks()].filter((m) => !mapped.has(m)).length).toBe(0);
          // The step-free space is read only where a place is out of a wheelchair's reach: then the graph's own.
          expect(
            handedOut()
              .filter((s) => s.key === stepFree && !built.has(s))
              .map(name),
          ).toEqual([]);
          for (const key of [walk, wheel]) {
            const read = handedOut().filter((s) => s.key === key);
            // The rules do read it (else there would be nothing to pre-build), and only the graph's own.
            expect(read.length).toBeGreaterThan(0);
            expect(read.filter((s) => !built.has(s)).map(name)).toEqual([]);
          }
        });
});
