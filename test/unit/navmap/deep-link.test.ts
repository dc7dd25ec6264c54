/**
 * Links and QR codes into the phone map: a good link starts where it says and finds its destination the way the
 * search box does; a part naming nothing in this hall (an outdated code) is reported as written, never replaced by
 * the main entrance or dropped silently.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import { buildNavMapData } from '../../../src/nav/export/navdata';
import { linkDest, linkParam, linkStart } from '../../../src/navapp/deep-link';
import { stateHash } from '../../../src/navapp/link-state';
import { navMapArgs } from '../../fixtures/navmap-args';

const r = parseHallText(readFileSync(resolve(__dirname, '../../../models/county-hall.hall.json'), 'utf8'));
if (!r.ok) throw new Error('county hall does not load');
const data = buildNavMapData(...navMapArgs(r.doc));

describe('reading a link', () => {
  it('starts at the main entrance when the link names no start, and at the named sign or place otherwise', () => {
    const main = data.here.find((x) => x.id === data.defaultFrom)!;
    expect(linkStart(data, '').from?.p).toEqual(main.p);
    expect(linkStart(data, '#to=05')).toEqual({ from: expect.objectContaining({ p: main.p }) });
    const sign = data.here.find((x) => x.via === 'sign')!;
    expect(linkStart(data, `#from=${sign.id}`).from).toMatchObject({ floorId: sign.floorId, p: sign.p, via: 'sign' });
    const counter = data.dests.find((d) => d.id === 'f2-counter-07')!;
    expect(linkStart(data, '#from=f2-counter-07').from).toMatchObject({ floorId: 'F2', p: counter.at });
  });

  it('reports a start the hall does not have, as written, and sets none', () => {
    expect(linkStart(data, '#from=nonexistent&to=05')).toEqual({ missing: 'nonexistent' });
    expect(linkStart(data, `#from=${encodeURIComponent('旧标牌-3')}`)).toEqual({ missing: '旧标牌-3' });
    // A long payload is clipped for the message.
    expect(linkStart(data, `#from=${'x'.repeat(300)}`).missing).toHaveLength(40);
  });

  it('finds the destination by id, number or words, and reports words that find nothing', () => {
    expect(linkDest(data, '#to=f1-counter-06').dest?.id).toBe('f1-counter-06');
    expect(linkDest(data, '#to=05').dest?.num).toBe('05');
    expect(linkDest(data, `#to=${encodeURIComponent('厕所')}`).dest?.category).toBe('toilet');
    expect(linkDest(data, `#from=f1-door-01&to=${encodeURIComponent('不存在')}`)).toEqual({ named: true, missing: '不存在' });
    expect(linkDest(data, '#from=f1-door-01')).toEqual({ named: false });
    expect(linkDest(data, '#to=%20')).toEqual({ named: false });
  });

  it('never throws on any fragment (broken escapes, odd characters)', () => {
    expect(linkParam('#to=%E4%B8', 'to')).toBe('%E4%B8');
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const hash = `#from=${s}&to=${s}`;
        const start = linkStart(data, hash);
        const to = linkDest(data, hash);
        // Either found or reported: a link part never vanishes.
        expect(!!start.from || start.missing !== undefined).toBe(true);
        expect(!to.named || !!to.dest || to.missing !== undefined).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the state kept in the address', () => {
  it('reads back what it wrote: any start (a point chosen on the map too), the destination and the options', () => {
    const floors = data.floors.map((f) => f.id);
    const starts = fc.oneof(
      fc.constantFrom(...data.here.map((h) => ({ id: h.id, floorId: h.floorId, p: h.p }))),
      fc.record({ floorId: fc.constantFrom(...floors), p: fc.tuple(fc.double({ min: -50, max: 120, noNaN: true }), fc.double({ min: -50, max: 120, noNaN: true })) }),
    );
    fc.assert(
      fc.property(
        starts,
        fc.constantFrom(...data.dests.map((d) => d.id)),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(undefined, 'zh' as const, 'en' as const),
        (from, to, accessible, large, lang) => {
          const hash = stateHash({ from: from as { id?: string; floorId: string; p: [number, number] }, to, accessible, large, lang });
          const start = linkStart(data, hash).from;
          expect(start?.floorId).toBe(from.floorId);
          for (const k of [0, 1]) expect(Math.abs((start?.p[k] ?? Number.NaN) - from.p[k])).toBeLessThanOrEqual(0.005);
          expect(linkDest(data, hash).dest?.id).toBe(to);
          expect(linkParam(hash, 'mode') === 'wheelchair').toBe(accessible);
          expect(linkParam(hash, 'large') === '1').toBe(large);
          expect(linkParam(hash, 'lang')).toBe(lang);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses a chosen point on a floor the hall does not have', () => {
    expect(linkStart(data, '#from=F9%4012,3')).toEqual({ missing: 'F9@12,3' });
  });
});
