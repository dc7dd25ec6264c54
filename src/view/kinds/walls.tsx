import { useMemo } from 'react';
import type { ElementOf } from '../../core/kinds/registry';
import { InstancedBoxes } from '../InstancedBoxes';
import { MergedLines } from '../MergedLines';
import { holeFaces, wallPieces } from '../wall-pieces';
import type { LayerProps } from './types';
import { STACK_CUT_HEIGHT } from '../stack/stack-layout';

/** Walls as boxes, drawn around the holes their windows cut (in the plan a gap with the wall's faces across it). */
export function WallsLayer({ elements, elevation, floorHeight, mode, opacity, cuts }: LayerProps<ElementOf<'wall'>>) {
  const items = useMemo(
    () =>
      elements.flatMap((w) => {
        const full = w.height ?? floorHeight;
        const h = mode === '2d' ? 0.2 : mode === 'stack' ? Math.min(full, STACK_CUT_HEIGHT) : full;
        const len = Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]);
        const rotY = Math.atan2(w.b[1] - w.a[1], w.b[0] - w.a[0]);
        const color = w.glazed ? '#7dd3fc' : mode === '2d' ? '#374151' : '#9ca3af';
        const holes = cuts?.get(w.id);
        if (!holes || !(len > 0)) {
          return [
            {
              pos: [(w.a[0] + w.b[0]) / 2, elevation + h / 2, -(w.a[1] + w.b[1]) / 2] as [number, number, number],
              size: [len + w.thickness, h, w.thickness] as [number, number, number],
              rotY,
              color,
            },
          ];
        }
        const ux = (w.b[0] - w.a[0]) / len;
        const uy = (w.b[1] - w.a[1]) / len;
        return wallPieces(w, holes, h, mode === '2d').map((p) => {
          const mid = (p.from + p.to) / 2;
          return {
            pos: [w.a[0] + ux * mid, elevation + (p.bottom + p.top) / 2, -(w.a[1] + uy * mid)] as [number, number, number],
            size: [p.to - p.from, p.top - p.bottom, w.thickness] as [number, number, number],
            rotY,
            color,
          };
        });
      }),
    [elements, elevation, floorHeight, mode, cuts],
  );
  const faces = useMemo(() => {
    if (mode !== '2d' || !cuts?.size) return [];
    const y = elevation + 0.2;
    const out: [number, number, number][] = [];
    for (const w of elements) {
      const holes = cuts.get(w.id);
      if (holes) for (const [a, b] of holeFaces(w, holes)) out.push([a[0], y, -a[1]], [b[0], y, -b[1]]);
    }
    return out;
  }, [elements, elevation, mode, cuts]);
  return (
    <group>
      <InstancedBoxes items={items} opacity={opacity} />
      {faces.length > 0 && <MergedLines points={faces} color="#374151" opacity={opacity} />}
    </group>
  );
}
