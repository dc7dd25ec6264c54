import { useMemo } from 'react';
import type { ElementOf } from '../../core/kinds/registry';
import { doubleSided, faceNormal } from '../../core/kinds/sign/face';
import type { BoxItem } from '../InstancedBoxes';
import { InstancedBoxes } from '../InstancedBoxes';
import { usePerElement } from '../per-element';
import { Label } from '../Label';
import { SignTextPanels } from '../SignTextPanels';
import type { LayerProps } from './types';

/** Zone and counter signs repeat the zone name and window number already drawn; the rest are labelled. */
const LABELLED = new Set(['layout-map', 'floor-directory', 'service-hours', 'directional', 'complaint', 'elevator-notice', 'temporary']);

/** How far the plan's face tick stands off the panel's centre line, and its length (world metres). */
const TICK_OFF = 0.14;
const TICK_LEN = 0.18;

/**
 * Plan ticks on the side(s) a sign is read from, so the user sees what the checker assumes: boards read on their face
 * only, hanging directional and exit signs from both sides (core/kinds/sign/face).
 */
function faceTicks(s: ElementOf<'sign'>, elevation: number): BoxItem[] {
  const [nx, ny] = faceNormal(s);
  const rotY = (s.rotation * Math.PI) / 180;
  const sides = doubleSided(s.signKind) ? [1, -1] : [1];
  return sides.map((k) => ({
    pos: [s.position[0] + nx * TICK_OFF * k, elevation + 0.4, -(s.position[1] + ny * TICK_OFF * k)] as [number, number, number],
    size: [Math.min(s.width / 3, TICK_LEN), 0.1, TICK_LEN] as [number, number, number],
    rotY,
    color: s.electronic ? '#2563eb' : '#059669',
  }));
}

/** Sign panels at their mounting height; their text painted on the panels in 3D (one atlas), as labels in the plan. */
export function SignsLayer({ elements, elevation, mode, opacity, labels, locale }: LayerProps<ElementOf<'sign'>>) {
  const items = usePerElement(elements, `${mode}|${elevation}`, (s) => ({
    pos: [s.position[0], elevation + (mode === '2d' ? 0.4 : s.mountHeight), -s.position[1]] as [number, number, number],
    size: [s.width, mode === '2d' ? 0.1 : 0.5, 0.12] as [number, number, number],
    rotY: (s.rotation * Math.PI) / 180,
    color: s.electronic ? '#2563eb' : '#059669',
  }));
  const perSign = usePerElement(elements, `ticks|${elevation}`, (s) => faceTicks(s, elevation));
  const ticks = useMemo(() => (mode === '2d' ? perSign.flat() : []), [perSign, mode]);
  return (
    <group>
      <InstancedBoxes items={items} opacity={opacity} />
      {ticks.length > 0 && <InstancedBoxes items={ticks} opacity={opacity} />}
      {mode !== '2d' && <SignTextPanels signs={elements} elevation={elevation} locale={locale} opacity={opacity} />}
      {labels &&
        mode === '2d' &&
        elements
          .filter((s) => LABELLED.has(s.signKind))
          .map((s) => (
            <Label key={s.id} variant="sign" position={[s.position[0], elevation + 2, -s.position[1]]} text={(locale === 'en' && s.text.en) || s.text.zh || s.text.en} />
          ))}
    </group>
  );
}
