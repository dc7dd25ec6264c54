/**
 * Smoothing tests its lines on the walking space the rules read, through that space's room maps and open runs.
 * The nav graph makes them with the space when it is built, so a full check over a hall whose graphs are built
 * reads maps it does not have to make.
 */
import { describe, expect, it, vi } from 'vitest';
import * as room from '../../../src/nav/room';
import { navFor } from '../../../src/nav';
import { checkHall } from '../../../src/rules';
import { walkMinWidth } from '../../../src/rules/util';
import { PRESET_IDS } from '../../../src/core/presets';
import type { HallDocument } from '../../../src/core/document';
import { generateHall } from '../../fixtures/generated-hall';
import { loadSample } from '../core/helpers';
import { freshCopies } from '../../bench/fresh';

vi.mock('../../../src/nav/room', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/nav/room')>();
  return { ...m, roomFor: vi.fn(m.roomFor), runsFor: vi.fn(m.runsFor) };
});

/** The masks room maps and runs were asked for since the spies were last cleared. */
function asked(): Set<Uint8Array> {
  return new Set([...vi.mocked(room.roomFor).mock.calls, ...vi.mocked(room.runsFor).mock.calls].map((c) => c[2]));
}

describe('line maps made with the graph', () => {
  const halls: [string, HallDocument][] = [
    ['county', loadSample('county-hall')],
    ['generated', generateHall()],
  ];
  for (const [hallName, hall] of halls)
    for (const preset of PRESET_IDS)
      it(`${hallName} under ${preset}: the check reads only maps the graph made`, () => {
        const [copy] = freshCopies(hall, 1, `${hallName}-${preset}-maps-`);
        const doc: HallDocument = { ...copy, meta: { ...copy.meta, preset } };
        const w = walkMinWidth(doc);
        vi.mocked(room.roomFor).mockClear();
        vi.mocked(room.runsFor).mockClear();
        navFor(doc, { walkMinWidth: w });
        navFor(doc, { audience: 'staff', walkMinWidth: w });
        const built = asked();
        vi.mocked(room.roomFor).mockClear();
        vi.mocked(room.runsFor).mockClear();
        checkHall(doc);
        const read = asked();
        // The check smooths routes (else there would be nothing to make ahead), on masks the graph has maps of.
        expect(read.size).toBeGreaterThan(0);
        expect([...read].filter((m) => !built.has(m)).length).toBe(0);
      });
});
