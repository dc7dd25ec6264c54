import { describe, expect, it } from 'vitest';
import { parseHallText, parseHallValue, serializeHall } from '../../../src/core/io';
import { loadSample } from './helpers';
import { ZONE_TYPE_IDS, COUNTER_TYPE_IDS } from '../../../src/core/vocab';
import { area } from '../../../src/core/geometry/polygon';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './helpers';

describe('loading .hall.json', () => {
  const county = loadSample('county-hall');

  it('save then load gives an equal document', () => {
    const r = parseHallText(serializeHall(county));
    expect(r.ok && r.doc).toEqual(county);
  });

  it('reports invalid JSON with line and column', () => {
    const r = parseHallText('{\n  "version": 1,\n  "meta": {,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/not valid JSON at line 3/);
  });

  it('refuses a newer format version with a clear message', () => {
    const r = parseHallValue({ ...county, version: 7 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0].path).toBe('version');
      expect(r.problems[0].message).toMatch(/newer HallTwin \(format version 7\)/);
    }
  });

  it('names the JSON path of a missing field and of a self-crossing polygon', () => {
    const raw = JSON.parse(serializeHall(county));
    const ci = raw.floors[0].elements.findIndex((e: { kind: string }) => e.kind === 'counter');
    delete raw.floors[0].elements[ci].position;
    const zi = raw.floors[1].elements.findIndex((e: { kind: string }) => e.kind === 'zone');
    raw.floors[1].elements[zi].polygon = [
      [0, 0],
      [4, 4],
      [4, 0],
      [0, 4],
    ];
    const r = parseHallValue(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const paths = r.problems.map((p) => p.path);
      expect(paths).toContain(`floors[1].elements[${zi}].polygon[2]`);
      expect(r.problems.find((p) => p.path.startsWith(`floors[1].elements[${zi}].polygon`))?.message).toMatch(/crosses itself/);
      expect(paths).toContain(`floors[0].elements[${ci}].position`);
    }
  });

  it('refuses duplicate ids and links to unknown floors', () => {
    const raw = JSON.parse(serializeHall(county));
    raw.floors[1].elements[0].id = raw.floors[0].elements[0].id;
    const li = raw.floors[0].elements.findIndex((e: { kind: string }) => e.kind === 'vlink');
    raw.floors[0].elements[li].floors = ['F1', 'F9'];
    const r = parseHallValue(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.some((p) => /duplicate id/.test(p.message))).toBe(true);
      expect(r.problems.some((p) => p.path === `floors[0].elements[${li}].floors[1]` && /unknown floor "F9"/.test(p.message))).toBe(true);
    }
  });

  it('keeps hostile text as data', () => {
    const raw = JSON.parse(serializeHall(county));
    raw.meta.name = '<script>alert(1)</script>';
    const r = parseHallValue(raw);
    expect(r.ok && r.doc.meta.name).toBe('<script>alert(1)</script>');
  });

  it('migrates a version-0 draft file (per-kind arrays, millimetre elevations)', () => {
    const draft = {
      version: 0,
      meta: { name: 'draft' },
      floors: [
        {
          id: 'L1',
          name: '1F',
          storey: 1,
          elevationMm: 3500,
          zones: [
            {
              id: 'z1',
              type: 'waiting',
              polygon: [
                [0, 0],
                [5, 0],
                [5, 5],
                [0, 5],
              ],
            },
          ],
          counters: [{ id: 'c1', type: 'general-intake', number: '01', position: [1, 1] }],
        },
      ],
    };
    const r = parseHallValue(draft);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.migratedFrom).toBe(0);
      expect(r.doc.floors[0].elevation).toBe(3.5);
      expect(r.doc.floors[0].elements.map((e) => `${e.kind}:${e.id}`)).toEqual(['zone:z1', 'counter:c1']);
    }
  });

  it('the committed JSON Schema matches the zod schema', async () => {
    const { z } = await import('zod');
    const { HallDocumentSchema } = await import('../../../src/core/document');
    const committed = JSON.parse(readFileSync(resolve(ROOT, 'hall.schema.json'), 'utf8'));
    const fresh = z.toJSONSchema(HallDocumentSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    expect(committed.properties).toEqual(fresh.properties);
  });
});

describe('samples', () => {
  it('the county hall is what the issue asks for', () => {
    const d = loadSample('county-hall');
    expect(d.meta.level).toBe('county');
    expect(d.floors.length).toBe(2);
    for (const f of d.floors) expect(area(f.outline!)).toBeGreaterThanOrEqual(2000);
    const counters = d.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'counter'));
    expect(counters.length).toBeGreaterThanOrEqual(30);
    for (const c of counters) expect(COUNTER_TYPE_IDS).toContain(c.kind === 'counter' && c.type);
    const zoneTypes = new Set(d.floors.flatMap((f) => f.elements.flatMap((e) => (e.kind === 'zone' ? [e.type, ...e.also] : []))));
    // Every zone type some preset requires (RULES.md "What each preset requires").
    for (const t of [
      'consultation',
      'counter-service',
      'self-service',
      'self-service-24h',
      'form-filling',
      'gov-disclosure',
      'waiting',
      'complaint',
      'records',
      'back-office',
      'it-room',
      'certificate',
      'convenience',
      'enterprise-services',
      'support',
      'culture',
      'toilet',
      'mother-baby',
    ] as const) {
      expect(ZONE_TYPE_IDS).toContain(t);
      expect(zoneTypes.has(t), t).toBe(true);
    }
    const links = d.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'vlink'));
    expect(links.some((l) => l.kind === 'vlink' && l.linkKind === 'stair')).toBe(true);
    expect(links.some((l) => l.kind === 'vlink' && l.linkKind === 'elevator' && l.accessible)).toBe(true);
    const points = d.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'point'));
    expect(points.some((p) => p.kind === 'point' && p.pointKind === 'aed')).toBe(true);
    expect(d.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'sign')).length).toBeGreaterThan(40);
  });
  it('the township hall loads', () => {
    expect(loadSample('township-hall').meta.level).toBe('township');
  });
});
