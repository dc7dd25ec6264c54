/**
 * The import measures the walls' thickness for the unit only when it could change the choice: whenever
 * headerStands says the header's unit stands, chooseUnit keeps it whatever thickness the walls have.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DxfUnit } from '../../../src/dxf/types';
import { chooseUnit, headerStands } from '../../../src/dxf/units';

const UNITS: DxfUnit[] = ['mm', 'cm', 'm', 'in', 'ft'];
/** Sizes and radii spread over the units' ranges (a plan 4 units to 10⁶ units wide). */
const size = fc.double({ min: 1, max: 1e6, noNaN: true }).map((x) => Math.round(x));

describe('headerStands', () => {
  it('property: when it says the header stands, chooseUnit keeps the header with any wall thickness or none', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UNITS),
        size,
        size,
        fc.array(fc.double({ min: 0.1, max: 5000, noNaN: true }), { maxLength: 6 }),
        fc.option(fc.double({ min: 0.01, max: 2000, noNaN: true }), { nil: undefined }),
        (header, width, height, doorRadii, wallThickness) => {
          if (!headerStands(header, { width, height, doorRadii })) return;
          expect(chooseUnit(header, { width, height, doorRadii, wallThickness })).toEqual({ unit: header, fromHeader: true });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('stands for a millimetre county hall with door swings; not for gama (inches in the header, a plan 1,210 × 710 cm)', () => {
    expect(headerStands('mm', { width: 42000, height: 30000, doorRadii: [1000, 900, 1500] })).toBe(true);
    // 1,210 in is 30.7 m: a fit by size, so only the walls (30 units thick: 0.76 m in inches, 0.3 m in cm) can tell.
    expect(headerStands('in', { width: 1210, height: 710, doorRadii: [] })).toBe(false);
  });
});
