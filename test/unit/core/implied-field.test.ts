import { describe, expect, it } from 'vitest';
import { type Floor, kindOf, openingKind } from '../../../src/core';
import { proposeEntrances } from '../../../src/core/entrances';
import { impliedValue } from '../../../src/core/implied';

/** A 20 × 10 m room of four walls, one door in the south wall and one in an inner wall. */
function floor(): Floor {
  const wall = (id: string, a: [number, number], b: [number, number]) => ({ kind: 'wall' as const, id, a, b, thickness: 0.3, height: 3 });
  return {
    id: 'F1',
    name: '1F',
    storey: 1,
    elevation: 0,
    height: 4,
    elements: [
      wall('s', [0, 0], [20, 0]),
      wall('e', [20, 0], [20, 10]),
      wall('n', [20, 10], [0, 10]),
      wall('w', [0, 10], [0, 0]),
      wall('in', [10, 0], [10, 10]),
      openingKind.create({ id: 'outer', wallId: 's', position: [5, 0], rotation: 0, width: 1.2 }),
      openingKind.create({ id: 'inner', wallId: 'in', position: [10, 5], rotation: 90, width: 0.9 }),
    ],
  } as Floor;
}

describe('a field the hall implies', () => {
  it('shows a new door in the outer wall as exterior, as the entrance check counts it', () => {
    const f = floor();
    const spec = kindOf(f.elements[5]).fields.find((x) => x.key === 'exterior')!;
    const [outer, inner] = [f.elements[5], f.elements[6]];
    expect(outer.kind === 'opening' && outer.exterior).toBe(undefined);
    expect(impliedValue(spec, outer, f)).toBe(true);
    expect(impliedValue(spec, inner, f)).toBe(false);
    // The banner's proposal counts the same door.
    expect(proposeEntrances({ meta: {}, floors: [f] } as never)?.doors.map((d) => d.id)).toEqual(['outer']);
  });
});
