import { useMemo } from 'react';
import type { ElementOf } from '../../core/kinds/registry';
import { LINK_KINDS } from '../../core/vocab';
import { personalName } from '../../core/personal-name';
import { LINK_COLORS } from '../colors';
import { InstancedBoxes } from '../InstancedBoxes';
import { Label } from '../Label';
import type { LayerProps } from './types';
import { STACK_CUT_HEIGHT } from '../stack/stack-layout';

/**
 * The link's own name, unless the English plan would show a Chinese one: a name given only in Chinese ("西楼梯")
 * gives way to the kind's English term there, as a zone without an English name shows its type's; an imported
 * model's "Stair:Residential - 200mm Max Riser:151086" is a type string, not a name, and gives way too.
 */
function linkLabel(written: string | undefined, kind: ElementOf<'vlink'>['linkKind'], locale: string): string {
  const term = locale === 'en' ? LINK_KINDS[kind].en : LINK_KINDS[kind].zh;
  const name = personalName(written);
  if (!name || (locale === 'en' && /[\u3400-\u9fff]/.test(name))) return term;
  return name;
}

/** Stairs, elevators, escalators and ramps: a box per link (elevator shafts full height in 3D). */
export function VLinksLayer({ elements, elevation, floorHeight, mode, opacity, labels, locale }: LayerProps<ElementOf<'vlink'>>) {
  const items = useMemo(
    () =>
      elements.map((v) => {
        const shaft = mode === 'stack' ? STACK_CUT_HEIGHT : floorHeight * 0.9;
        const h = mode === '2d' ? 0.35 : v.linkKind === 'elevator' ? shaft : 0.6;
        return {
          pos: [v.position[0], elevation + h / 2, -v.position[1]] as [number, number, number],
          size: [v.size.w, h, v.size.d] as [number, number, number],
          rotY: (v.rotation * Math.PI) / 180,
          color: LINK_COLORS[v.linkKind],
        };
      }),
    [elements, elevation, floorHeight, mode],
  );
  return (
    <group>
      <InstancedBoxes items={items} opacity={opacity * 0.9} />
      {labels && elements.map((v) => <Label key={v.id} variant="link" position={[v.position[0], elevation + 1, -v.position[1]]} text={linkLabel(v.name, v.linkKind, locale)} />)}
    </group>
  );
}
