/** One floor's elements, grouped by kind and drawn by the kind layers. */
import { memo, useMemo } from 'react';
import type { Floor } from '../core/document';
import type { ElementKind, HallElement } from '../core/kinds/registry';
import { LAYERS } from './kinds/registry';
import { MergedLines, ringSegments } from './MergedLines';
import { groupByKind } from './grouping';

export { groupByKind };

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
}

export const FloorScene = memo(function FloorScene({ floor, mode, opacity = 1, labels = true, locale = 'zh-CN', elements }: FloorSceneProps) {
  const groups = useMemo(() => groupByKind(elements ?? floor.elements), [elements, floor.elements]);
  const outline = useMemo(() => (floor.outline ? ringSegments([floor.outline], floor.elevation + 0.005) : []), [floor.outline, floor.elevation]);
  return (
    <group>
      {!elements && <MergedLines points={outline} color="#0f172a" opacity={0.8 * opacity} />}
      {(Object.keys(LAYERS) as ElementKind[]).map((kind) => {
        const els = groups.get(kind);
        if (!els?.length) return null;
        const Layer = LAYERS[kind];
        return <Layer key={kind} elements={els} elevation={floor.elevation} floorHeight={floor.height} mode={mode} opacity={opacity} labels={labels} locale={locale} />;
      })}
    </group>
  );
});
