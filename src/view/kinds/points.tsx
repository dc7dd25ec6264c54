import type { ElementOf } from '../../core/kinds/registry';
import { pointSize } from '../../core/kinds/point';
import { POINT_COLORS } from '../colors';
import { InstancedBoxes } from '../InstancedBoxes';
import { usePerElement } from '../per-element';
import type { LayerProps } from './types';

const MOUNT: Record<string, number> = { aed: 1.2, 'first-aid-kit': 1.2, 'fire-extinguisher': 0.3, cctv: 2.8, evaluator: 0.9, 'ticket-machine': 0.8, seat: 0.23 };
const HEIGHT: Record<string, number> = { aed: 0.45, 'first-aid-kit': 0.3, 'fire-extinguisher': 0.6, cctv: 0.2, evaluator: 0.15, 'ticket-machine': 1.6, seat: 0.46 };

/** Seats, AEDs, kits, cameras, ticket machines and evaluators: one instanced draw for all of them. */
export function PointsLayer({ elements, elevation, mode, opacity }: LayerProps<ElementOf<'point'>>) {
  const items = usePerElement(elements, `${mode}|${elevation}`, (p) => {
    const [w, d] = pointSize(p);
    const h = HEIGHT[p.pointKind] ?? 0.3;
    const big = mode === '2d' && (p.pointKind === 'aed' || p.pointKind === 'first-aid-kit' || p.pointKind === 'cctv');
    return {
      pos: [p.position[0], elevation + (mode === '2d' ? 0.5 : (MOUNT[p.pointKind] ?? 0.5)), -p.position[1]] as [number, number, number],
      size: [big ? 0.6 : w, h, big ? 0.6 : d] as [number, number, number],
      rotY: (p.rotation * Math.PI) / 180,
      color: p.pointKind === 'seat' && p.priority ? '#db2777' : p.pointKind === 'seat' && p.wheelchair ? '#2563eb' : POINT_COLORS[p.pointKind],
    };
  });
  return <InstancedBoxes items={items} opacity={opacity} />;
}
