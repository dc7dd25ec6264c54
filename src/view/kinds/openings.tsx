import { useMemo } from 'react';
import type { ElementOf } from '../../core/kinds/registry';
import { InstancedBoxes } from '../InstancedBoxes';
import type { LayerProps } from './types';

const ENTRANCE_COLOR: Record<string, string> = { main: '#16a34a', secondary: '#22c55e', staff: '#f97316', exit: '#dc2626', '24h': '#0d9488', none: '#f5f5f4' };

/** Doors drawn as a coloured band through the wall (taller than the 2D wall so it reads as a gap). */
export function OpeningsLayer({ elements, elevation, mode, opacity }: LayerProps<ElementOf<'opening'>>) {
  const items = useMemo(
    () =>
      elements.map((o) => {
        const h = mode === '2d' ? 0.25 : o.height;
        return {
          pos: [o.position[0], elevation + h / 2, -o.position[1]] as [number, number, number],
          size: [o.width, h, 0.36] as [number, number, number],
          rotY: (o.rotation * Math.PI) / 180,
          color: ENTRANCE_COLOR[o.entrance] ?? '#f5f5f4',
        };
      }),
    [elements, elevation, mode],
  );
  return <InstancedBoxes items={items} opacity={opacity} />;
}
