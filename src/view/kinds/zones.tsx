import { useMemo } from 'react';
import type { ElementOf } from '../../core/kinds/registry';
import { bbox, centroid } from '../../core/geometry/polygon';
import { zoneTypeTerm } from '../../core/terms';
import { roomTag } from '../../core/geometry/label-text';
import { zoneSide } from '../../core/vocab';
import { zoneColor } from '../colors';
import { hatchSegments } from '../hatch';
import { MergedPolygons } from '../MergedPolygons';
import { MergedLines, ringSegments } from '../MergedLines';
import { Label } from '../Label';
import type { LayerProps } from './types';

/** Translucent zone floors coloured by type, outlines, hatching on staff zones and the room tag: number over the Chinese (or English) name. */
export function ZonesLayer({ elements, elevation, opacity, labels, locale, preset }: LayerProps<ElementOf<'zone'>>) {
  const polys = useMemo(() => elements.map((z) => ({ polygon: z.polygon, color: zoneColor(z.type) })), [elements]);
  const lines = useMemo(
    () =>
      ringSegments(
        elements.map((z) => z.polygon),
        elevation + 0.02,
      ),
    [elements, elevation],
  );
  // staff-only (back-of-house) zones hatched so citizens' space reads at a glance, even in grey print
  const hatch = useMemo(() => {
    const y = elevation + 0.015;
    return elements
      .filter((z) => zoneSide(z.type) === 'staff')
      .flatMap((z) =>
        hatchSegments(z.polygon, 0.8).flatMap(
          ([a, b]) =>
            [
              [a[0], y, -a[1]],
              [b[0], y, -b[1]],
            ] as [number, number, number][],
        ),
      );
  }, [elements, elevation]);
  return (
    <group>
      <group position={[0, elevation, 0]}>
        <MergedPolygons polygons={polys} opacity={0.45 * opacity} />
      </group>
      <MergedLines points={lines} color="#475569" opacity={0.6 * opacity} />
      <MergedLines points={hatch} color="#8b735e" opacity={0.45 * opacity} renderOrder={2} />
      {labels &&
        elements.map((z) => {
          const c = centroid(z.polygon);
          const name = locale === 'en' ? z.nameEn || zoneTypeTerm(z.type, preset).en : z.name || zoneTypeTerm(z.type, preset).zh;
          const b = bbox(z.polygon);
          return <Label key={z.id} position={[c[0], elevation + 0.1, -c[1]]} text={roomTag(z.number, name)} maxWidth={b.maxX - b.minX} />;
        })}
    </group>
  );
}
