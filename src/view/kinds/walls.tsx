import { useMemo } from 'react';
import type { ElementOf } from '../../core/kinds/registry';
import { InstancedBoxes } from '../InstancedBoxes';
import type { LayerProps } from './types';
import { STACK_CUT_HEIGHT } from '../stack/stack-layout';

export function WallsLayer({ elements, elevation, floorHeight, mode, opacity }: LayerProps<ElementOf<'wall'>>) {
  const items = useMemo(
    () =>
      elements.map((w) => {
        const full = w.height ?? floorHeight;
        const h = mode === '2d' ? 0.2 : mode === 'stack' ? Math.min(full, STACK_CUT_HEIGHT) : full;
        const len = Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]);
        return {
          pos: [(w.a[0] + w.b[0]) / 2, elevation + h / 2, -(w.a[1] + w.b[1]) / 2] as [number, number, number],
          size: [len + w.thickness, h, w.thickness] as [number, number, number],
          rotY: Math.atan2(w.b[1] - w.a[1], w.b[0] - w.a[0]),
          color: w.glazed ? '#7dd3fc' : mode === '2d' ? '#374151' : '#9ca3af',
        };
      }),
    [elements, elevation, floorHeight, mode],
  );
  return <InstancedBoxes items={items} opacity={opacity} />;
}
