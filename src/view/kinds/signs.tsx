import type { ElementOf } from '../../core/kinds/registry';
import { InstancedBoxes } from '../InstancedBoxes';
import { usePerElement } from '../per-element';
import { Label } from '../Label';
import { SignTextPanels } from '../SignTextPanels';
import type { LayerProps } from './types';

/** Zone and counter signs repeat the zone name and window number already drawn; the rest are labelled. */
const LABELLED = new Set(['layout-map', 'floor-directory', 'service-hours', 'directional', 'complaint', 'elevator-notice', 'temporary']);

/** Sign panels at their mounting height; their text painted on the panels in 3D (one atlas), as labels in the plan. */
export function SignsLayer({ elements, elevation, mode, opacity, labels, locale }: LayerProps<ElementOf<'sign'>>) {
  const items = usePerElement(elements, `${mode}|${elevation}`, (s) => ({
    pos: [s.position[0], elevation + (mode === '2d' ? 0.4 : s.mountHeight), -s.position[1]] as [number, number, number],
    size: [s.width, mode === '2d' ? 0.1 : 0.5, 0.12] as [number, number, number],
    rotY: (s.rotation * Math.PI) / 180,
    color: s.electronic ? '#2563eb' : '#059669',
  }));
  return (
    <group>
      <InstancedBoxes items={items} opacity={opacity} />
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
