import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { F64List } from '../../src/ifc/grow';

describe('the growable list of doubles', () => {
  it('holds exactly the groups of 4, 6 and 8 numbers pushed, in order, through every growth', () => {
    const group = fc.oneof(
      fc.array(fc.double({ noNaN: true }), { minLength: 4, maxLength: 4 }),
      fc.array(fc.double({ noNaN: true }), { minLength: 6, maxLength: 6 }),
      fc.array(fc.double({ noNaN: true }), { minLength: 8, maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16 }), fc.array(group, { maxLength: 60 }), (capacity, groups) => {
        const l = new F64List(capacity);
        for (const g of groups) {
          const [a, b, c, d, e, f, h, i] = g;
          l.push(a, b, c, d, e, f, h, i);
        }
        expect([...l.view()]).toEqual(groups.flat());
      }),
    );
  });
});
