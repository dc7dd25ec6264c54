import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import type { HallDocument } from '../../../src/core/document';
import { exportGeoJson } from '../../../src/nav/export/geojson';
import { lonLatToPlan } from '../../../src/nav/export/georef';

function county(): HallDocument {
  const r = parseHallText(readFileSync(resolve(__dirname, '../../../models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  return r.doc;
}

describe('GeoJSON per floor', () => {
  const doc = county();
  it('writes one collection per floor in WGS84 that maps back to the plan', () => {
    const out = exportGeoJson(doc);
    expect([...out.keys()]).toEqual(['floor-1.geojson', 'floor-2.geojson']);
    const f1 = out.get('floor-1.geojson')!;
    expect(f1['halltwin:coordinates']).toBe('wgs84');
    expect(f1.features.length).toBe(doc.floors[0].elements.length + (doc.floors[0].outline ? 1 : 0));
    const door = f1.features.find((f) => f.id === 'f1-door-01')!;
    expect(door.geometry.type).toBe('Point');
    const p = lonLatToPlan(doc.meta.georef!, (door.geometry as unknown as { coordinates: [number, number] }).coordinates);
    expect(p[0]).toBeCloseTo(32, 6);
    expect(p[1]).toBeCloseTo(0, 6);
    const zone = f1.features.find((f) => f.id === 'f1-zone-07')!;
    expect(zone.geometry.type).toBe('Polygon');
    const ring = (zone.geometry as { coordinates: number[][][] }).coordinates[0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(zone.properties).toMatchObject({ kind: 'zone', type: 'toilet', name: '卫生间' });
  });
  it('falls back to plan metres without a georeference', () => {
    const d = structuredClone(doc);
    delete d.meta.georef;
    const f1 = exportGeoJson(d).get('floor-1.geojson')!;
    expect(f1['halltwin:coordinates']).toBe('plan-metres');
    expect((f1.features.find((f) => f.id === 'f1-door-01')!.geometry as { coordinates: number[] }).coordinates).toEqual([32, 0]);
  });
});
