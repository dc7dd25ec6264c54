/** One floor's elements, grouped by kind and drawn by the kind layers. */
import { memo, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { Floor } from '../core/document';
import type { PresetId } from '../core/vocab';
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
  /** The hall's province: labels name zone types in its words. */
  preset?: PresetId;
  /** Elements to draw instead of the floor's (ghosts), default the floor's own. */
  elements?: HallElement[];
  /** Elements stored on other floors that also stand on this one (a stair on every floor it joins), drawn with its own. */
  visitors?: readonly HallElement[];
  /** Elements left out (the ones a gesture moves, drawn apart from the still scene), default none. */
  without?: ReadonlySet<string>;
  /**
   * Changes when a different hall is opened (the document's `meta.source`: a new object on every open or
   * import, untouched by edits). The new hall is then drawn in three tasks: the layers of the `structure` stage
   * first (zones, obstacles, walls), the rest in the next task and the labels (hundreds of DOM nodes on a city hall
   * floor) in the one after, so that opening a large hall is not one long task. Default: never staged.
   */
  openedAs?: unknown;
}

/** The kind layers, memoised: a layer whose elements array (kept by regroupByKind) and settings are unchanged is skipped. */
// biome-ignore lint/suspicious/noExplicitAny: a layer typed for one kind's props is not assignable to one for the union (props are contravariant); the key pairs them
const MEMO_LAYERS = Object.fromEntries(Object.entries(LAYERS).map(([kind, { Layer }]) => [kind, memo(Layer)])) as unknown as Record<ElementKind, ComponentType<LayerProps<any>>>;

/** The stages of drawing a freshly opened hall, one task each: its fabric, then its contents, then the labels. */
const STAGES = 3;

/** 0 from a change of `key`, then one more in each following task up to STAGES − 1 (at once when `key` never changed). */
function useStageAfter(key: unknown): number {
  const [seen, setSeen] = useState({ key, stage: STAGES - 1 });
  if (seen.key !== key) setSeen({ key, stage: 0 });
  useEffect(() => {
    if (seen.stage >= STAGES - 1) return;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => setSeen((s) => (s.key === key ? { key, stage: s.stage + 1 } : s));
    ch.port2.postMessage(null);
    return () => ch.port1.close();
  }, [seen, key]);
  return seen.key === key ? seen.stage : 0;
}

export const FloorScene = memo(function FloorScene({ floor, mode, opacity = 1, labels = true, locale = 'zh-CN', preset, elements, visitors, without, openedAs }: FloorSceneProps) {
  const stage = useStageAfter(openedAs);
  const all = stage >= 1;
  const prevGroups = useRef<{ elements: readonly HallElement[]; groups: Map<ElementKind, HallElement[]> } | undefined>(undefined);
  const groups = useMemo(() => {
    let els = elements ?? (visitors?.length ? [...floor.elements, ...visitors] : floor.elements);
    if (without?.size) els = els.filter((e) => !without.has(e.id));
    const g = regroupByKind(els, prevGroups.current);
    prevGroups.current = { elements: els, groups: g };
    return g;
  }, [elements, visitors, floor.elements, without]);
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
            labels={labels && stage >= 2}
            locale={locale}
            preset={preset}
            cuts={CUT_KINDS.has(kind) ? cuts : undefined}
          />
        );
      })}
    </group>
  );
});
