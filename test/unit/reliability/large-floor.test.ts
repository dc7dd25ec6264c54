/**
 * Floors as large as a user may have: a 300 m hall (the largest real service halls) and one at the 1,000 m limit
 * are checked whole (no rule "could not be checked") and get a nav map, in bounded time and memory; past the
 * limit the file is refused with what to do about it.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { checkHall } from '../../../src/rules';
import { couldNotCheck } from '../../../src/rules/engine';
import { HallDocumentSchema, type HallDocument } from '../../../src/core/document';
import { fakeIO } from '../cli/fake-io';
import { loadSample } from '../core/helpers';
import { bounded } from './bounds';

/** The township sample's ground floor copied along the diagonal of a square floor `size` metres wide. */
function hallOf(size: number): HallDocument {
  const d = loadSample('township-hall');
  const f = d.floors[0];
  f.outline = [
    [0, 0],
    [size, 0],
    [size, size],
    [0, size],
  ];
  const base = f.elements.filter((e) => e.kind !== 'vlink');
  const copies = [1, 2, 3].flatMap((k) => {
    const off = ((size - 40) * k) / 3;
    const mv = (p: number[]) => [p[0] + off, p[1] + off];
    return base.map((e) => {
      const j = structuredClone(e) as Record<string, unknown>;
      j.id = `${e.id}_${k}`;
      if (typeof j.wallId === 'string') j.wallId = `${j.wallId}_${k}`;
      for (const key of ['position', 'a', 'b']) if (Array.isArray(j[key])) j[key] = mv(j[key] as number[]);
      for (const key of ['polygon', 'points']) if (Array.isArray(j[key])) j[key] = (j[key] as number[][]).map(mv);
      return j as unknown as (typeof base)[number];
    });
  });
  f.elements = [...f.elements, ...copies];
  return HallDocumentSchema.parse(d);
}

describe('large floors', () => {
  it.each([300, 1000])('a %i m floor is checked whole, every rule run', async (size) => {
    const res = await bounded(() => checkHall(hallOf(size)));
    expect(couldNotCheck(res).map((f) => f.message.en)).toEqual([]);
  });

  it('a 300 m floor gets its nav map', async () => {
    const io = fakeIO({ 'h.hall.json': JSON.stringify(hallOf(300)) });
    expect(await bounded(() => main(['export', 'navmap', 'h.hall.json', '-o', 'n.html'], io))).toBe(0);
    expect(io.written.has('n.html')).toBe(true);
  });

  it('past 1,000 m the file is refused saying to check the unit or split the site', async () => {
    const d = hallOf(300);
    d.floors[0].outline = [
      [0, 0],
      [1500, 0],
      [1500, 300],
      [0, 300],
    ];
    const io = fakeIO({ 'h.hall.json': JSON.stringify(d) });
    expect(await main(['check', 'h.hall.json'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(
      /floors\[0\]: floor geometry spans 1500 × 300 m, more than the 1000 m a floor may span \(the largest service halls are about 300 m: check the drawing unit/,
    );
  });
});
