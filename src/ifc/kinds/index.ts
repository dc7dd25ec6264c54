/**
 * Each kind's IFC mapping on our side, typed per kind. A kind may have no entry: its definition's `ifc` still says
 * how it is written (a proxy over its footprint with its property set, writeAnyKind), and a kind that lists
 * entities of other models in `ifc.from` without an importer here fails test/ifc/kinds-driven.test.ts.
 */
import type { ElementKind, HallElement } from '../../core/kinds/registry';
import { kindOf } from '../../core/kinds/registry';
import { placement, prism, proxy, pset, type PropVal } from '../step-shapes';
import { counterIfc } from './counter';
import { obstacleIfc } from './obstacle';
import { openingIfc } from './opening';
import { pointIfc } from './point';
import { signIfc } from './sign';
import type { KindIfc, WriteContext } from './types';
import { IMPORT_STAGES, type ImportStage } from '../types';

/** The stage our own property sets are read in (first in it). */
const OWN_STAGE: ImportStage = 'furniture';
import { vlinkIfc } from './vlink';
import { wallIfc } from './wall';
import { zoneIfc } from './zone';
import { windowIfc } from './window';

const IFC_KINDS: { [K in ElementKind]?: KindIfc<K> } = {
  wall: wallIfc,
  opening: openingIfc,
  zone: zoneIfc,
  counter: counterIfc,
  sign: signIfc,
  point: pointIfc,
  vlink: vlinkIfc,
  obstacle: obstacleIfc,
  window: windowIfc,
};

export function ifcOf(kind: string): KindIfc<ElementKind> | undefined {
  return (IFC_KINDS as Record<string, KindIfc<ElementKind> | undefined>)[kind];
}

/**
 * The order kinds are read from other models: by their importers' stages (zones first, as IfcSpace meshes stream on
 * their own before everything else's; walls before the doors that sit in them; links), with what our own property
 * sets bring back (`own`: every kind with `fromPset`) at the start of the furniture stage, before the furniture that
 * is not ours.
 */
export const IFC_IMPORT_ORDER: readonly (ElementKind | 'own')[] = (() => {
  const rank = (s: ImportStage) => IMPORT_STAGES.indexOf(s);
  const readers = (Object.keys(IFC_KINDS) as ElementKind[]).filter((k) => ifcOf(k)?.fromEntities);
  const at = (k: ElementKind | 'own') => (k === 'own' ? rank(OWN_STAGE) - 0.5 : rank(ifcOf(k)!.fromEntities!.stage));
  return [...readers, 'own' as const].sort((a, b) => at(a) - at(b));
})();

export function writeElement(el: HallElement, c: WriteContext): number | undefined {
  const kind = kindOf(el);
  if (kind.ifc.to === null) return undefined;
  const write = ifcOf(el.kind)?.write as ((el: HallElement, c: WriteContext) => number | undefined) | undefined;
  return write ? write(el, c) : writeAnyKind(el, c);
}

/**
 * A kind without a writer of its own (a new kind needs none): a proxy over its footprint, as tall as its `height`
 * (1 m without one), with its scalar fields in the property set its kind definition names.
 */
function writeAnyKind(el: HallElement, { t, place }: WriteContext): number | undefined {
  const kind = kindOf(el);
  const fp = kind.footprint(el);
  if (kind.ifc.to === null || !fp) return undefined;
  const height = (el as { height?: unknown }).height;
  const id = proxy(t, el, el.kind, placement(t, place, [0, 0], 0), prism(t, fp, typeof height === 'number' && height > 0 ? height : 1));
  const props: Record<string, PropVal> = {};
  for (const [k, v] of Object.entries(el)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') props[k === 'id' ? 'Id' : k] = v;
  pset(t, el.id, kind.ifc.pset, [id], props);
  return id;
}
