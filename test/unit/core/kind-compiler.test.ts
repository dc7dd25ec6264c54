/**
 * What the compiler refuses, checked by `npm run typecheck` (part of `npm test`): each `@ts-expect-error` below fails
 * the type check the day its line compiles. A kind that does not say how it walks, how it goes to IFC, how report
 * plans draw it or how it is seen; a kind that opens walls without saying where, or an area kind without saying what
 * it closes; a view registry without a layer for every kind. The same definition with every part compiles.
 */
import { describe, expect, it } from 'vitest';
import { defineKind } from '../../../src/core/kinds/base';
import type { LAYERS } from '../../../src/view/kinds/registry';
import { type Barrier, barrierKind } from '../../fixtures/kinds/barrier';

const without = <K extends string>(key: K) => {
  const { [key]: _gone, ...rest } = barrierKind as unknown as Record<string, unknown>;
  return rest as Omit<typeof barrierKind, K>;
};

describe('a kind the compiler refuses', () => {
  it('one without its part in walking, its IFC mapping, its report drawing or its part in sight; an opening or area that does not say what', () => {
    // @ts-expect-error a kind says how it takes part in walking
    defineKind<Barrier>(without('walking'));
    // @ts-expect-error a kind says how it goes to IFC, or why it does not
    defineKind<Barrier>(without('ifc'));
    // @ts-expect-error a kind says how report plans and issue snapshots draw it
    defineKind<Barrier>(without('plan'));
    // @ts-expect-error a kind says whether it blocks sight
    defineKind<Barrier>(without('sight'));
    // @ts-expect-error a kind that opens its wall says where and for whom (`passage`)
    defineKind<Barrier>({ ...barrierKind, walking: 'opens' });
    // @ts-expect-error an area kind says what it closes to the public (`closedArea`)
    defineKind<Barrier>({ ...barrierKind, walking: 'areas' });
    // @ts-expect-error the view's registry has a layer for every kind
    const layers: typeof LAYERS = { wall: { Layer: () => null, stage: 'structure' } };
    expect(layers).toBeDefined();
    expect(defineKind<Barrier>({ ...barrierKind })).toEqual(barrierKind);
  });
});
