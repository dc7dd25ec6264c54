/**
 * The README's "one registry line" for the fixture kinds (test/fixtures/kinds): the registry as shipped with the queue
 * barrier, the security gate, the pop-up service area and the banner added to its schema union and its table. A test file mocks
 * the registry with it: `vi.mock(REGISTRY, async (orig) => (await import('./fixture-registry')).withFixtureKinds(await orig()))`.
 */
import { z } from 'zod';
import { BannerSchema, bannerKind } from '../../fixtures/kinds/banner';
import { BarrierSchema, barrierKind } from '../../fixtures/kinds/barrier';
import { GateSchema, gateKind } from '../../fixtures/kinds/gate';
import { PopupSchema, popupKind } from '../../fixtures/kinds/popup';

type Registry = typeof import('../../../src/core/kinds/registry');

export function withFixtureKinds(orig: Registry): Registry {
  const ElementSchema = z.discriminatedUnion('kind', [...orig.ElementSchema.options, BarrierSchema, GateSchema, PopupSchema, BannerSchema]);
  const KINDS = { ...orig.KINDS, barrier: barrierKind, gate: gateKind, popup: popupKind, banner: bannerKind };
  return {
    ...orig,
    ElementSchema,
    KINDS,
    ELEMENT_KINDS: Object.keys(KINDS),
    kindOf: (el: { kind: string }) => KINDS[el.kind as keyof typeof KINDS],
  } as unknown as Registry;
}
