/** One floor's elements, grouped by kind and drawn by the kind layers. */
import { memo, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { Floor } from '../core/document';
import type { ElementKind, HallElement } from '../core/kinds/registry';
import { LAYERS } from './kinds/registry';
import { MergedLines, ringSegments } from './MergedLines';
import { regroupByKind } from './grouping';
import { CUT_KINDS, useHostCuts } from './host-cuts';
import type { LayerProps } from './kinds/types';

export interface FloorSceneProps {
  /** The floor to draw. */
  floor: Floor;
  /** '2d' | '3d' | 'stack'. */
  mode: '2d' | '3d' | 'stack';
  /** 1 for the current floor; faded for other floors in the stack. */
  opacity?: number;
  /** Labels on (current floor), default true. */
  labels?: boolean;
  /** UI language for labels, default zh-CN. */
  locale?: 'zh-CN' | 'en';
  /** Elements to draw instead of the floor's (ghosts), default the floor's own. */
  elements?: HallElement[];
  /** Elements stored on other floors that also stand on this one (a stair on every floor it joins), drawn with its own. */
  visitors?: readonly HallElement[];
  /**
   * Changes when a different hall is opened (the document's `meta.source`: a new object on every open or
   * import, untouched by edits). The new hall is then drawn in two tasks: the layers of the `structure` stage
   * first (zones, obstacles, walls), the rest and the labels in the next task, so that opening an imported hall is not
   * one long task. Default: never staged.
   */
  openedAs?: unknown;
}

/** The kind layers, memoised: a layer whose elements array (kept by regroupByKind) and settings are unchanged is skipped. */
// biome-ignore lint/suspicious/noExplicitAny: a layer typed for one kind's props is not assignable to one for the union (props are contravariant); the key pairs them
const MEMO_LAYERS = Object.fromEntries(Object.entries(LAYERS).map(([kind, { Layer }]) => [kind, memo(Layer)])) as unknown as Record<ElementKind, ComponentType<LayerProps<any>>>;

/** False from a change of `key` until the next task. */
function useSettledAfter(key: unknown): boolean {
  const [seen, setSeen] = useState({ key, settled: true });
  if (seen.key !== key) setSeen({ key, settled: false });
  useEffect(() => {
    if (seen.settled) return;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => setSeen((s) => (s.key === key ? { key, settled: true } : s));
    ch.port2.postMessage(null);
    return () => ch.port1.close();
  }, [seen, key]);
  return seen.key === key && seen.settled;
}

export const FloorScene = memo(function FloorScene({ floor, mode, opacity = 1, labels = true, locale = 'zh-CN', elements, visitors, openedAs }: FloorSceneProps) {
  const all = useSettledAfter(openedAs);
  const prevGroups = useRef<{ elements: readonly HallElement[]; groups: Map<ElementKind, HallElement[]> } | undefined>(undefined);
  const groups = useMemo(() => {
    const els = elements ?? (visitors?.length ? [...floor.elements, ...visitors] : floor.elements);
    const g = regroupByKind(els, prevGroups.current);
    prevGroups.current = { elements: els, groups: g };
    return g;
  }, [elements, visitors, floor.elements]);
  const cuts = useHostCuts(groups);
  const outline = useMemo(() => (floor.outline ? ringSegments([floor.outline], floor.elevation + 0.005) : []), [floor.outline, floor.elevation]);
  return (
    <group>
      {!elements && <MergedLines points={outline} color="#0f172a" opacity={0.8 * opacity} />}
      {(Object.keys(LAYERS) as ElementKind[]).map((kind) => {
        const els = groups.get(kind);
        if (!els?.length || (!all && LAYERS[kind].stage !== 'structure')) return null;
        const Layer = MEMO_LAYERS[kind];
        return (
          <Layer
            key={kind}
            elements={els}
            elevation={floor.elevation}
            floorHeight={floor.height}
            mode={mode}
            opacity={opacity}
            labels={labels && all}
            locale={locale}
            cuts={CUT_KINDS.has(kind) ? cuts : undefined}
          />
        );
      })}
    </group>
  );
});
