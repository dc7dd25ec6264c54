import { useMemo } from 'react';
import type { ElementOf } from '../../core/kinds/registry';
import { InstancedBoxes } from '../InstancedBoxes';
import { MergedLines } from '../MergedLines';
import { doorSwing } from '../door-swing';
import type { LayerProps } from './types';
import { STACK_CUT_HEIGHT } from '../stack/stack-layout';

const ENTRANCE_COLOR: Record<string, string> = { main: '#16a34a', secondary: '#22c55e', staff: '#f97316', exit: '#dc2626', '24h': '#0d9488', none: '#f5f5f4' };

/**
 * Doors drawn as a coloured band through the wall (taller than the 2D wall so it reads as a gap), and in the
 * plan the architect's door symbol: the leaf open at 90° and its swing arc, all doors in one line draw.
 */
export function OpeningsLayer({ elements, elevation, mode, opacity }: LayerProps<ElementOf<'opening'>>) {
  const items = useMemo(
    () =>
      elements.map((o) => {
        const h = mode === '2d' ? 0.25 : mode === 'stack' ? Math.min(o.height, STACK_CUT_HEIGHT + 0.05) : o.height;
        return {
          pos: [o.position[0], elevation + h / 2, -o.position[1]] as [number, number, number],
          size: [o.width, h, 0.36] as [number, number, number],
          rotY: (o.rotation * Math.PI) / 180,
          color: ENTRANCE_COLOR[o.entrance] ?? '#f5f5f4',
        };
      }),
    [elements, elevation, mode],
  );
  const swings = useMemo(() => {
    if (mode !== '2d') return [];
    const y = elevation + 0.3;
    const out: [number, number, number][] = [];
    for (const o of elements) {
      const { leaf, arc } = doorSwing(o);
      out.push([leaf[0][0], y, -leaf[0][1]], [leaf[1][0], y, -leaf[1][1]]);
      for (let i = 1; i < arc.length; i++) out.push([arc[i - 1][0], y, -arc[i - 1][1]], [arc[i][0], y, -arc[i][1]]);
    }
    return out;
  }, [elements, elevation, mode]);
  return (
    <group>
      <InstancedBoxes items={items} opacity={opacity} />
      <MergedLines points={swings} color="#475569" opacity={0.8 * opacity} />
    </group>
  );
}
