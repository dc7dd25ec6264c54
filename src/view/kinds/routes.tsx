import { useMemo } from 'react';
import type { ElementOf } from '../../core/kinds/registry';
import { MergedLines } from '../MergedLines';
import type { LayerProps } from './types';

export function RoutesLayer({ elements, elevation, opacity }: LayerProps<ElementOf<'route'>>) {
  const pts = useMemo(
    () =>
      elements.flatMap((r) =>
        r.points.slice(1).flatMap((p, i) => {
          const a = r.points[i];
          return [
            [a[0], elevation + 0.05, -a[1]],
            [p[0], elevation + 0.05, -p[1]],
          ] as [number, number, number][];
        }),
      ),
    [elements, elevation],
  );
  return <MergedLines points={pts} color="#1d4ed8" opacity={opacity} />;
}
