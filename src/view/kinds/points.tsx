import type { ElementOf } from '../../core/kinds/registry';
import { pointSize } from '../../core/kinds/point';
import { POINT_COLORS } from '../colors';
import { InstancedBoxes } from '../InstancedBoxes';
import { usePerElement } from '../per-element';
import type { LayerProps } from './types';

const MOUNT: Record<string, number> = {
  aed: 1.2,
  'first-aid-kit': 1.2,
  'fire-extinguisher': 0.3,
  cctv: 2.8,
  evaluator: 0.9,
  'ticket-machine': 0.8,
  seat: 0.23,
  'suggestion-box': 1.1,
  'drinking-water': 0.6,
  'self-service-terminal': 0.8,
  'staff-notice-board': 1.5,
  'help-phone': 1.3,
  'wifi-notice': 1.5,
  'records-cabinet': 1,
  'name-board': 3.2,
};
const HEIGHT: Record<string, number> = {
  aed: 0.45,
  'first-aid-kit': 0.3,
  'fire-extinguisher': 0.6,
  cctv: 0.2,
  evaluator: 0.15,
  'ticket-machine': 1.6,
  seat: 0.46,
  'suggestion-box': 0.35,
  'drinking-water': 1.2,
  'self-service-terminal': 1.6,
  'staff-notice-board': 1,
  'help-phone': 0.3,
  'wifi-notice': 0.6,
  'records-cabinet': 2,
  'name-board': 0.6,
};

/** Small or thin wall-mounted items, drawn as a plate in plan so they can be seen and picked. */
const MARKED_IN_PLAN: ReadonlySet<string> = new Set(['aed', 'first-aid-kit', 'cctv', 'suggestion-box', 'help-phone', 'wifi-notice', 'staff-notice-board']);

/** Seats, AEDs, kits, cameras, ticket machines and evaluators: one instanced draw for all of them. */
export function PointsLayer({ elements, elevation, mode, opacity }: LayerProps<ElementOf<'point'>>) {
  const items = usePerElement(elements, `${mode}|${elevation}`, (p) => {
    const [w, d] = pointSize(p);
    const h = HEIGHT[p.pointKind] ?? 0.3;
    const big = mode === '2d' && MARKED_IN_PLAN.has(p.pointKind);
    return {
      pos: [p.position[0], elevation + (mode === '2d' ? 0.5 : (MOUNT[p.pointKind] ?? 0.5)), -p.position[1]] as [number, number, number],
      size: [big ? 0.6 : w, h, big ? 0.6 : d] as [number, number, number],
      rotY: (p.rotation * Math.PI) / 180,
      color: p.pointKind === 'seat' && p.priority ? '#db2777' : p.pointKind === 'seat' && p.wheelchair ? '#2563eb' : POINT_COLORS[p.pointKind],
    };
  });
  return <InstancedBoxes items={items} opacity={opacity} />;
}
