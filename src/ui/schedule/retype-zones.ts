import type { HallDocument } from '../../core/document';
import type { HallElement } from '../../core/kinds/registry';
import { findElement } from '../../core/query';
import type { ZoneType } from '../../core/vocab';

/** The chosen rooms with their function set by hand: the guess no longer stands for them, and the type leaves their secondary functions. */
export function retypedZones(doc: HallDocument, ids: readonly string[], type: ZoneType): HallElement[] {
  return ids
    .map((id) => findElement(doc, id)?.element)
    .filter((e): e is Extract<HallElement, { kind: 'zone' }> => !!e && e.kind === 'zone')
    .map((e) => {
      const { typeGuess: _drop, ...rest } = e;
      return { ...rest, type, also: e.also.filter((x) => x !== type) } as HallElement;
    });
}
