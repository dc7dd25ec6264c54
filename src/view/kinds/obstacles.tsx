import { useMemo } from 'react';
import type { ElementOf } from '../../core/kinds/registry';
import { MergedPolygons } from '../MergedPolygons';
import type { LayerProps } from './types';

export function ObstaclesLayer({ elements, elevation, opacity }: LayerProps<ElementOf<'obstacle'>>) {
  const polys = useMemo(() => elements.map((o) => ({ polygon: o.polygon, color: '#57534e' })), [elements]);
  return (
    <group position={[0, elevation + 0.05, 0]}>
      <MergedPolygons polygons={polys} opacity={0.85 * opacity} y={0} />
    </group>
  );
}
