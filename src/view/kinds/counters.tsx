import { useMemo } from 'react';
import type { ElementOf } from '../../core/kinds/registry';
import { oneMetreLine, oneMetreStrip } from '../../core/kinds/counter';
import { InstancedBoxes } from '../InstancedBoxes';
import { usePerElement } from '../per-element';
import { MergedLines } from '../MergedLines';
import { MergedPolygons } from '../MergedPolygons';
import { Label } from '../Label';
import type { LayerProps } from './types';

/** Desks, their 1-metre lines painted on the floor (yellow) with the strip to keep clear, and window numbers. */
export function CountersLayer({ elements, elevation, mode, opacity, labels }: LayerProps<ElementOf<'counter'>>) {
  const desks = usePerElement(elements, `${mode}|${elevation}`, (c) => ({
    pos: [c.position[0], elevation + (mode === '2d' ? 0.15 : c.top.height / 2), -c.position[1]] as [number, number, number],
    size: [c.top.width, mode === '2d' ? 0.3 : c.top.height, c.top.depth] as [number, number, number],
    rotY: (c.rotation * Math.PI) / 180,
    color: c.low ? '#0369a1' : '#c2410c',
  }));
  const withLine = useMemo(() => elements.filter((c) => c.oneMetreLine.enabled), [elements]);
  const lines = useMemo(
    () =>
      withLine.flatMap((c) => {
        const [a, b] = oneMetreLine(c);
        return [
          [a[0], elevation + 0.03, -a[1]],
          [b[0], elevation + 0.03, -b[1]],
        ] as [number, number, number][];
      }),
    [withLine, elevation],
  );
  const strips = useMemo(() => withLine.map((c) => ({ polygon: oneMetreStrip(c), color: '#facc15' })), [withLine]);
  return (
    <group>
      <InstancedBoxes items={desks} opacity={opacity} />
      <group position={[0, elevation + 0.015, 0]}>
        <MergedPolygons polygons={strips} opacity={0.3 * opacity} y={0} />
      </group>
      <MergedLines points={lines} color="#eab308" opacity={opacity} />
      {labels && elements.map((c) => <Label key={c.id} variant="counter" position={[c.position[0], elevation + 1.2, -c.position[1]]} text={c.number || '?'} />)}
    </group>
  );
}
