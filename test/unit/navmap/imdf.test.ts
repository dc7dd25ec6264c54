import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { parseHallText } from '../../../src/core/io';
import type { HallDocument } from '../../../src/core/document';
import { buildImdf, exportImdf, zipImdf } from '../../../src/nav/export/imdf';
import { validateImdf } from '../../../src/nav/export/imdf-validate';
import { UUID_RE } from '../../../src/nav/export/uuid';
import { buildNavMapData } from '../../../src/nav/export/navdata';
import { navMapArgs } from '../../fixtures/navmap-args';

function county(): HallDocument {
  const r = parseHallText(readFileSync(resolve(__dirname, '../../../models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  return r.doc;
}

type Arch = ReturnType<typeof buildImdf>;
const props = (f: unknown) => (f as { properties: Record<string, unknown> }).properties;

describe('IMDF export', () => {
  const doc = county();
  const fixed = new Date('2026-01-01T00:00:00Z');

  it('zips manifest + every feature file and passes our validator', () => {
    const zip = exportImdf(doc);
    const names = Object.keys(unzipSync(zip)).sort();
    expect(names).toEqual(
      ['address', 'amenity', 'anchor', 'building', 'detail', 'footprint', 'level', 'manifest', 'occupant', 'opening', 'relationship', 'unit', 'venue']
        .map((n) => (n === 'manifest' ? 'manifest.json' : `${n}.geojson`))
        .sort(),
    );
    expect(validateImdf(zip)).toEqual([]);
    const m = JSON.parse(strFromU8(unzipSync(zip)['manifest.json']));
    expect(m.version).toBe('1.0.0');
  });

  it('maps categories and keeps ids stable across exports', () => {
    const a = buildImdf(doc, fixed);
    const b = buildImdf(structuredClone(doc), fixed);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const cats = new Set(a.unit.features.map((f) => props(f).category));
    for (const c of ['waitingroom', 'restroom', 'restroom.unisex.wheelchair', 'office', 'storage', 'elevator', 'stairs', 'walkway', 'mothersroom']) expect(cats).toContain(c);
    expect(a.amenity.features.map((f) => props(f).category)).toContain('defibrillator');
    expect(a.amenity.features.map((f) => props(f).category)).toContain('information');
    expect(a.level.features.map((f) => props(f).ordinal)).toEqual([0, 1]);
    expect(a.relationship.features.map((f) => props(f).category).sort()).toEqual(['elevator', 'stairs', 'stairs']);
    expect(a.occupant.features.length).toBe(39); // 40 counters less the consultation desk (an amenity)
    for (const fc of Object.values(a)) for (const f of (fc as { features?: { id: unknown }[] }).features ?? []) expect(f.id).toMatch(UUID_RE);
  });

  it('names rooms Chinese tells apart apart in English too, as the phone map does', () => {
    const units = buildImdf(doc, fixed).unit.features.map((f) => props(f).name as Record<string, string>);
    const waiting = units.filter((n) => n['zh-CN'].includes('等候区'));
    expect(waiting.map((n) => n.en)).toEqual(['Waiting area 1', 'Waiting area 2', 'Waiting area 3', 'Waiting area 4']);
    const enOf = new Map<string, Set<string>>();
    for (const n of units) enOf.set(n.en, (enOf.get(n.en) ?? new Set()).add(n['zh-CN']));
    for (const [en, zh] of enOf) expect([en, zh.size]).toEqual([en, 1]);
    const map = buildNavMapData(...navMapArgs(doc));
    const mapEn = new Map(map.floors.flatMap((f) => f.zones.map((z) => [z.name, z.nameEn] as const)));
    for (const n of waiting) expect(n.en).toBe(mapEn.get(n['zh-CN']));
  });

  it('refuses a hall without a georeference', () => {
    const d = structuredClone(doc);
    delete d.meta.georef;
    expect(() => exportImdf(d)).toThrow(/georeference/);
  });

  const breaks: [string, (a: Arch) => void, RegExp][] = [
    ['manifest version', (a) => (a.manifest.version = '0.9'), /version must be "1.0.0"/],
    ['non-UUID id', (a) => ((a.unit.features[0] as { id: unknown }).id = 'f1-zone-01'), /is not a UUID/],
    ['duplicate id', (a) => ((a.unit.features[1] as { id: unknown }).id = a.unit.features[0].id), /duplicate id/],
    ['missing property', (a) => delete props(a.level.features[0]).short_name, /missing property "short_name"/],
    ['dangling level_id', (a) => (props(a.unit.features[0]).level_id = '00000000-0000-5000-8000-000000000000'), /level_id .* does not resolve/],
    ['reference to the wrong type', (a) => (props(a.anchor.features[0]).unit_id = a.level.features[0].id), /names a level, not a unit/],
    ['clockwise exterior', (a) => (a.unit.features[0].geometry as { coordinates: number[][][] }).coordinates[0].reverse(), /clockwise/],
    [
      'self-intersecting polygon',
      (a) => {
        const r = (a.unit.features[0].geometry as { coordinates: number[][][] }).coordinates[0];
        [r[1], r[2]] = [r[2], r[1]];
      },
      /intersects itself/,
    ],
    ['unclosed ring', (a) => (a.unit.features[0].geometry as { coordinates: number[][][] }).coordinates[0].pop(), /not closed|fewer than 4/],
    ['anchor outside its unit', (a) => ((a.anchor.features[0].geometry as { coordinates: number[] }).coordinates = [0, 0]), /outside its unit/],
    ['wrong geometry type', (a) => ((a.opening.features[0] as { geometry: unknown }).geometry = null), /geometry null not allowed/],
    ['relationship to nowhere', (a) => ((props(a.relationship.features[0]).destination as { id: string }).id = 'x'), /destination does not resolve/],
  ];
  for (const [what, mutate, msg] of breaks)
    it(`catches: ${what}`, () => {
      const a = buildImdf(doc, fixed);
      mutate(a);
      const errs = validateImdf(zipImdf(a));
      expect(errs.some((e) => msg.test(e))).toBe(true);
    });

  it('catches a file that is not a zip', () => {
    expect(validateImdf(new Uint8Array([1, 2, 3]))[0]).toMatch(/not a zip/);
  });
});
