/**
 * No partial list of element kinds outside src/core/kinds/: every switch, if-chain, expression or array that names two
 * kinds or more (test/unit/architecture/kind-lists.ts says how they are found) is either one of the few places below
 * that are known and waiting to move into the kinds (the list only shrinks: an entry that no longer lists kinds
 * fails), or a list of something else that shares names with kinds. A new one fails here, naming the file and line.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS } from '../../../src/core/kinds/registry';
import { kindLists, kindListsIn } from './kind-lists';

/**
 * Lists of kinds still written out, by file, with the kind field they are waiting for. Empty: every list that was
 * here (sight, raster inputs, landmarks, destinations, public floors, plan labels, the DXF import's counts) is now a
 * field of each kind. A new entry needs a reason a kind field cannot serve.
 */
const PENDING: Record<string, string> = {};

/** Lists that name kinds' ids but list something else. */
const NOT_KINDS: Record<string, string> = {
  'dxf/types.ts': "the DXF layer roles (wall, door, window, column …), what a drawing's layer holds, not element kinds",
  'navapp/sheet-results.ts': "the phone app's destination categories (counter, zone, toilet, link …), not element kinds",
};

/** Each form once, and two things that are not lists. */
const SAMPLE = `
export function sample(e: HallElement): unknown {
  switch (e.kind) {
    case 'wall':
    case 'opening':
      return 1;
  }
  if (e.kind === 'sign') return 2;
  else if (e.kind === 'point') return 3;
  const open = e.kind === 'opening' || e.kind === 'zone';
  const colour = e.kind === 'counter' ? 'red' : e.kind === 'vlink' ? 'grey' : 'none';
  const drawn = ['wall', 'zone'];
  // Not lists: one kind tested, and what a computation reads.
  const counter = e.kind === 'counter';
  const rule = { reads: ['zone', 'counter'] };
  return [open, colour, drawn, counter, rule];
}
`;

const found = kindLists(ELEMENT_KINDS);
const fileOf = (where: string) => where.replace(/:\d+$/, '');

describe('lists of element kinds', () => {
  it('none outside src/core/kinds/ but the known ones', () => {
    const unknown = found.filter((l) => !(fileOf(l.where) in PENDING) && !(fileOf(l.where) in NOT_KINDS));
    expect(unknown.map((l) => `${l.where} (${l.form}: ${l.kinds.join(', ')})`)).toEqual([]);
  });

  it('every pending entry still holds a list (the list only shrinks)', () => {
    const files = new Set(found.map((l) => fileOf(l.where)));
    expect(Object.keys({ ...PENDING, ...NOT_KINDS }).filter((f) => !files.has(f))).toEqual([]);
  });

  it('finds each form it looks for, and not a test of one kind or a declaration of what is read', () => {
    const kinds = new Set(ELEMENT_KINDS as readonly string[]);
    const lists = kindListsIn('sample.ts', kinds, SAMPLE);
    expect(lists.map((l) => `${l.form}:${l.kinds.join(',')}`).sort()).toEqual(
      ['array:wall,zone', 'expression:counter,vlink', 'expression:opening,zone', 'if-chain:sign,point', 'switch:wall,opening'].sort(),
    );
  });
});
