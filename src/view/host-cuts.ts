/**
 * The holes hosted elements cut in their hosts (a window in its wall), by host id, for the hosts' layers. Derived
 * from the kinds that declare `cutsHost`; kept while those kinds' element arrays are the same, so an edit elsewhere
 * (a seat dragged) does not draw the walls again.
 */
import { useRef } from 'react';
import type { HostCut } from '../core/kinds/base';
import { ELEMENT_KINDS, KINDS, kindOf, type ElementKind, type HallElement } from '../core/kinds/registry';

export type HostCuts = ReadonlyMap<string, readonly HostCut[]>;

const CUTTING: readonly ElementKind[] = ELEMENT_KINDS.filter((k) => KINDS[k].cutsHost);

/** The kinds that hosted elements cut: their layers are given the cuts. */
export const CUT_KINDS: ReadonlySet<string> = new Set(CUTTING.flatMap((k) => (KINDS[k].refs ?? []).filter((r) => r.host && r.kind).map((r) => r.kind as string)));

export function hostCuts(groups: readonly (readonly HallElement[] | undefined)[]): HostCuts {
  const out = new Map<string, HostCut[]>();
  for (const els of groups) {
    for (const e of els ?? []) {
      const k = kindOf(e);
      const cut = k.cutsHost?.(e);
      if (!cut) continue;
      for (const r of k.refs ?? []) {
        const host = r.host ? (e as unknown as Record<string, unknown>)[r.key] : undefined;
        if (typeof host === 'string') (out.get(host) ?? out.set(host, []).get(host)!).push(cut);
      }
    }
  }
  return out;
}

const NONE: HostCuts = new Map();

/** The floor's cuts, the same map while the cutting kinds' arrays are the same objects. */
export function useHostCuts(groups: ReadonlyMap<ElementKind, HallElement[]>): HostCuts {
  const prev = useRef<{ from: (HallElement[] | undefined)[]; cuts: HostCuts }>({ from: [], cuts: NONE });
  const from = CUTTING.map((k) => groups.get(k));
  if (from.length !== prev.current.from.length || from.some((g, i) => g !== prev.current.from[i])) {
    prev.current = { from, cuts: from.some((g) => g?.length) ? hostCuts(from) : NONE };
  }
  return prev.current.cuts;
}
