/** exportIfc → importIfc gives the hall back; GlobalIds are stable; write-back keeps the original model. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportIfc, importIfc } from '../../src/ifc';
import { BLOCK_BEGIN } from '../../src/ifc/export';
import { parseHallText } from '../../src/core/io';
import { emptyDocument, type HallDocument } from '../../src/core/document';
import type { HallElement } from '../../src/core/kinds/registry';
import { area } from '../../src/core/geometry/polygon';
import { cleanRing } from '../../src/ifc/footprint';
import { HAVE_CORPUS, ROOT, readIfc } from './corpus';
import { elevatorRampFixture } from './fixtures';

const SAMPLE = resolve(ROOT, 'models/county-hall.hall.json');

/** A hall built here (so the test does not depend on the sample): an L-shaped zone, counters, signs, points. */
function builtDoc(): HallDocument {
  const doc = emptyDocument('测试大厅 <Test>');
  doc.meta.georef = { lat: 28.2282, lon: 112.9388, rotation: 12.5 };
  doc.floors = [
    { id: 'F1', name: '一层', storey: 1, elevation: 0, height: 4.8, elements: [] },
    { id: 'F2', name: '二层', storey: 2, elevation: 4.8, height: 4.2, elements: [] },
  ];
  const f1: HallElement[] = [
    { kind: 'wall', id: 'w1', a: [0, 0], b: [20, 0], thickness: 0.24 },
    { kind: 'opening', id: 'd1', wallId: 'w1', position: [10, 0], rotation: 0, width: 1.8, height: 2.4, entrance: 'main', step: 0 },
    {
      kind: 'zone',
      id: 'z-L',
      name: '窗口服务区',
      type: 'counter-service',
      also: ['waiting'],
      polygon: [
        [0, 0],
        [12, 0],
        [12, 4],
        [5, 4],
        [5, 9],
        [0, 9],
      ],
    },
    {
      kind: 'zone',
      id: 'z-wc',
      name: "无障碍卫生间 'A'",
      type: 'accessible-toilet',
      also: [],
      polygon: [
        [12.5, 0.25],
        [15.25, 0.25],
        [15.25, 3.125],
        [12.5, 3.125],
      ],
    },
    {
      kind: 'counter',
      id: 'c1',
      type: 'priority',
      number: 'A01',
      position: [3.25, 2.125],
      rotation: 30,
      top: { width: 1.2, depth: 0.7, height: 0.78 },
      low: true,
      kneeSpace: true,
      style: 'standard',
      oneMetreLine: { enabled: true, distance: 1.2 },
    },
    {
      kind: 'counter',
      id: 'c2',
      type: 'general-intake',
      number: 'A02',
      position: [5, 2],
      rotation: -450,
      top: { width: 0.9, depth: 0.6, height: 0.75 },
      low: false,
      kneeSpace: false,
      style: 'standard',
      oneMetreLine: { enabled: false, distance: 1 },
    },
    {
      kind: 'sign',
      id: 's1',
      signKind: 'layout-map',
      text: { zh: '平面布局图', en: 'Layout & "map"' },
      electronic: true,
      position: [1, 1],
      rotation: 90,
      width: 1.2,
      mountHeight: 1.5,
      youAreHere: true,
    },
    {
      kind: 'obstacle',
      id: 'desk',
      name: '填表台',
      polygon: [
        [6, 6],
        [8, 6],
        [8, 6.8],
        [6, 6.8],
      ],
      height: 1.6,
      role: 'table',
    },
    { kind: 'point', id: 'aed1', pointKind: 'aed', position: [2, 8], rotation: 180, count: 1 },
    { kind: 'point', id: 'seats', pointKind: 'seat', position: [8, 3], rotation: 0, count: 6, priority: true },
    { kind: 'vlink', id: 'lift', linkKind: 'elevator', floors: ['F1', 'F2'], position: [18, 6], rotation: 0, size: { w: 2.2, d: 2.4 }, accessible: true, clearWidth: 0.9 },
  ];
  doc.floors[0].elements = f1;
  doc.floors[1].elements = [
    {
      kind: 'zone',
      id: 'z-office',
      name: '后台办公',
      type: 'back-office',
      also: [],
      polygon: [
        [0, 0],
        [8, 0],
        [8, 6],
        [0, 6],
      ],
    },
  ];
  return doc;
}

const strip = <T extends { ifcGlobalId?: string }>(e: T) => {
  const { ifcGlobalId: _, ...rest } = e;
  return rest;
};

/** Same ring up to start vertex, within 1 mm. */
function sameRing(a: [number, number][], b: [number, number][]) {
  expect(b.length).toBe(a.length);
  const k = b.findIndex((p) => Math.hypot(p[0] - a[0][0], p[1] - a[0][1]) < 1e-3);
  expect(k).toBeGreaterThanOrEqual(0);
  a.forEach((p, i) => {
    const q = b[(i + k) % b.length];
    expect(Math.hypot(p[0] - q[0], p[1] - q[1])).toBeLessThan(1e-3);
  });
}

async function roundTrip(doc: HallDocument) {
  const bytes = exportIfc(doc, { timeStamp: '2026-01-01T00:00:00' });
  const back = await importIfc(bytes, { fileName: 'rt.ifc' });
  const byId = new Map(back.doc.floors.flatMap((f) => f.elements.map((e) => [e.id, { e, floor: f.id }] as const)));
  for (const [i, f] of doc.floors.entries()) {
    const g = back.doc.floors[i];
    expect({ id: g.id, name: g.name, storey: g.storey, elevation: g.elevation, height: g.height }).toEqual({
      id: f.id,
      name: f.name,
      storey: f.storey,
      elevation: f.elevation,
      height: f.height,
    });
    for (const el of f.elements) {
      if (el.kind === 'route') continue;
      const hit = byId.get(el.id);
      expect(hit, `${el.kind} ${el.id} came back`).toBeDefined();
      expect(hit!.floor).toBe(f.id);
      const got = hit!.e;
      if (el.kind === 'zone' && got.kind === 'zone') {
        const { polygon: p1, ...z1 } = strip(el);
        const { polygon: p2, ...z2 } = strip(got);
        expect(z2).toEqual(z1);
        sameRing(p1, p2);
      } else if (el.kind === 'counter' || el.kind === 'point' || el.kind === 'sign') {
        const a = strip(el) as unknown as { position: [number, number] };
        const b = strip(got) as unknown as { position: [number, number] };
        expect(Math.hypot(a.position[0] - b.position[0], a.position[1] - b.position[1])).toBeLessThan(1e-3);
        expect({ ...b, position: undefined }).toEqual({ ...a, position: undefined });
      } else if (el.kind === 'obstacle' && got.kind === 'obstacle') {
        const { polygon: p1, ...o1 } = strip(el);
        const { polygon: p2, ...o2 } = strip(got);
        expect(o2).toEqual(o1);
        sameRing(p1, p2);
      } else if (el.kind === 'vlink' && got.kind === 'vlink') {
        expect(got.floors).toEqual(el.floors);
        expect(got.linkKind).toBe(el.linkKind);
      } else if (el.kind === 'wall' && got.kind === 'wall') {
        expect(got.thickness).toBeCloseTo(el.thickness, 4);
        expect(Math.hypot(got.a[0] - got.b[0], got.a[1] - got.b[1])).toBeCloseTo(Math.hypot(el.a[0] - el.b[0], el.a[1] - el.b[1]), 4);
      } else if (el.kind === 'opening' && got.kind === 'opening') {
        expect(got.width).toBeCloseTo(el.width, 6);
        expect(got.entrance).toBe(el.entrance);
        expect(Math.hypot(got.position[0] - el.position[0], got.position[1] - el.position[1])).toBeLessThan(1e-3);
        if (el.wallId) expect(got.wallId).toBe(el.wallId);
      }
    }
  }
  expect(back.doc.meta.name).toBe(doc.meta.name);
  expect(back.doc.meta.georef?.lat).toBeCloseTo(doc.meta.georef!.lat, 8);
  expect(back.doc.meta.georef?.lon).toBeCloseTo(doc.meta.georef!.lon, 8);
  expect(back.doc.meta.georef?.rotation).toBeCloseTo(doc.meta.georef!.rotation, 6);
  return { bytes, back };
}

describe('IFC export → import round trip', () => {
  it('a hall built in the test: floors, L-shaped zone, counters, signs, points, elevator, door in wall', async () => {
    const { back } = await roundTrip(builtDoc());
    expect(back.warnings.filter((w) => !/georeference/.test(w.en))).toEqual([]);
  });

  it.skipIf(!existsSync(SAMPLE))('models/county-hall.hall.json', async () => {
    const res = parseHallText(readFileSync(SAMPLE, 'utf8'));
    if (!res.ok) throw new Error('sample does not load');
    await roundTrip(res.doc);
  });

  it('random convex zones and rotated counters come back within 1 mm (property)', async () => {
    const zoneArb = fc.record({
      cx: fc.double({ min: -200, max: 200, noNaN: true }),
      cy: fc.double({ min: -200, max: 200, noNaN: true }),
      r: fc.double({ min: 1, max: 30, noNaN: true }),
      angles: fc.uniqueArray(fc.integer({ min: 0, max: 359 }), { minLength: 3, maxLength: 12 }),
    });
    const counterArb = fc.record({
      x: fc.double({ min: -200, max: 200, noNaN: true }),
      y: fc.double({ min: -200, max: 200, noNaN: true }),
      rot: fc.integer({ min: -720, max: 720 }),
      w: fc.double({ min: 0.4, max: 2.5, noNaN: true }),
    });
    await fc.assert(
      fc.asyncProperty(zoneArb, counterArb, async (z, c) => {
        const angles = [...z.angles].sort((a, b) => a - b);
        // Vertices on a circle, sorted by angle: convex, counter-clockwise; skip nearly collinear triples.
        const polygon = angles.map((a) => [z.cx + z.r * Math.cos((a * Math.PI) / 180), z.cy + z.r * Math.sin((a * Math.PI) / 180)] as [number, number]);
        fc.pre(area(polygon) > 0.5 && cleanRing(polygon, 1e-3).length === polygon.length);
        const doc = emptyDocument('p');
        doc.floors[0].elements = [
          { kind: 'zone', id: 'z', type: 'waiting', also: [], polygon },
          {
            kind: 'counter',
            id: 'c',
            type: 'general-intake',
            number: '1',
            position: [c.x, c.y],
            rotation: c.rot,
            top: { width: c.w, depth: 0.6, height: 0.75 },
            low: false,
            kneeSpace: false,
            style: 'standard',
            oneMetreLine: { enabled: true, distance: 1 },
          },
        ];
        const back = await importIfc(exportIfc(doc), { fileName: 'p.ifc' });
        const els = back.doc.floors[0].elements;
        const zone = els.find((e) => e.id === 'z');
        const counter = els.find((e) => e.id === 'c');
        if (zone?.kind !== 'zone' || counter?.kind !== 'counter') throw new Error('missing');
        sameRing(polygon, zone.polygon);
        expect(Math.hypot(counter.position[0] - c.x, counter.position[1] - c.y)).toBeLessThan(1e-3);
        expect(counter.rotation).toBe(c.rot);
        expect(counter.top.width).toBe(c.w);
      }),
      { numRuns: 15 },
    );
  });

  it('GlobalIds are equal across two exports and exported ids come back as ifcGlobalId', async () => {
    const doc = builtDoc();
    const a = new TextDecoder().decode(exportIfc(doc, { timeStamp: 'x' }));
    const b = new TextDecoder().decode(exportIfc(doc, { timeStamp: 'x' }));
    expect(a).toBe(b);
    const gids = (t: string) => [...t.matchAll(/=IFC\w+\('([0-9A-Za-z_$]{22})'/g)].map((m) => m[1]);
    expect(gids(a).length).toBeGreaterThan(20);
    expect(new Set(gids(a)).size).toBe(gids(a).length);
    const { doc: back } = await importIfc(new TextEncoder().encode(a));
    const again = new TextDecoder().decode(exportIfc(back, { timeStamp: 'x' }));
    expect(gids(again).filter((g) => gids(a).includes(g)).length).toBeGreaterThan(gids(a).length * 0.9);
  });

  it('writes text a person can read back: escapes quotes and Chinese', () => {
    const t = new TextDecoder().decode(exportIfc(builtDoc(), { timeStamp: 'x' }));
    expect(t).toMatch(/^ISO-10303-21;\nHEADER;/);
    expect(t).toContain("FILE_SCHEMA(('IFC4'));");
    expect(t).toMatch(/END-ISO-10303-21;\n$/);
    const hex = [...'无障碍卫生间'].map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('');
    expect(t).toContain(`'\\X2\\${hex}\\X0\\ ''A'''`);
    expect([...t].every((c) => c.charCodeAt(0) < 128)).toBe(true);
  });
});

describe('IFC fixtures', () => {
  it('an IfcTransportElement (elevator) and an IfcRamp become vertical links joining the storeys they span', async () => {
    const { doc } = await importIfc(elevatorRampFixture(), { fileName: 'fixture.ifc' });
    expect(doc.floors.map((f) => [f.name, f.elevation, f.storey])).toEqual([
      ['Ground', 0, 1],
      ['First', 4, 2],
      ['Second', 8, 3],
    ]);
    const links = doc.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'vlink').map((e) => ({ e, on: f.id })));
    const lift = links.find((l) => l.e.kind === 'vlink' && l.e.linkKind === 'elevator');
    const ramp = links.find((l) => l.e.kind === 'vlink' && l.e.linkKind === 'ramp');
    expect(lift?.e.kind === 'vlink' && lift.e.floors).toEqual([doc.floors[0].id, doc.floors[1].id]);
    expect(ramp?.e.kind === 'vlink' && ramp.e.floors).toEqual([doc.floors[1].id, doc.floors[2].id]);
    expect(lift?.on).toBe(doc.floors[0].id);
    expect(ramp?.on).toBe(doc.floors[1].id);
    if (ramp?.e.kind === 'vlink') {
      expect(ramp.e.position[0]).toBeCloseTo(30, 6);
      expect(ramp.e.size.d).toBeCloseTo(12, 6);
      expect(ramp.e.size.w).toBeCloseTo(1.5, 6);
      expect(ramp.e.slope).toBeCloseTo(4 / 12, 6);
    }
    expect(lift?.e.kind === 'vlink' && lift.e.accessible).toBe(true);
  });
});

describe.skipIf(!HAVE_CORPUS)('write-back into the original IFC', () => {
  it('keeps the original model and adds our designed counter, sign and zone types', async () => {
    const original = readIfc('AC20-FZK-Haus.ifc');
    const { doc } = await importIfc(original, { fileName: 'AC20-FZK-Haus.ifc' });
    const f1 = doc.floors[0];
    const kitchen = f1.elements.find((e) => e.kind === 'zone')!;
    if (kitchen.kind === 'zone') kitchen.type = 'waiting';
    f1.elements.push(
      {
        kind: 'counter',
        id: 'c-new',
        type: 'general-intake',
        number: 'B07',
        position: [5, 5],
        rotation: 90,
        top: { width: 0.9, depth: 0.6, height: 0.75 },
        low: false,
        kneeSpace: false,
        style: 'standard',
        oneMetreLine: { enabled: true, distance: 1 },
      },
      { kind: 'point', id: 'aed-new', pointKind: 'aed', position: [6, 6], rotation: 0, count: 1 },
    );
    const out = exportIfc(doc, { original });
    const text = new TextDecoder('latin1').decode(out);
    const orig = new TextDecoder('latin1').decode(original);
    // The original's DATA lines are all still there, unchanged.
    const dataEnd = orig.lastIndexOf('ENDSEC;');
    expect(text.startsWith(orig.slice(0, dataEnd))).toBe(true);
    expect(text).toContain(BLOCK_BEGIN);
    const back = await importIfc(out, { fileName: 'back.ifc' });
    const els = back.doc.floors.flatMap((f) => f.elements);
    expect(els.filter((e) => e.kind === 'zone')).toHaveLength(7);
    expect(els.find((e) => e.id === kitchen.id)).toMatchObject({ type: 'waiting' });
    expect(els.find((e) => e.id === 'c-new')).toMatchObject({ kind: 'counter', number: 'B07', position: [5, 5], rotation: 90 });
    expect(back.doc.floors.find((f) => f.elements.some((e) => e.id === 'aed-new'))?.id).toBe(f1.id);
    expect(els.filter((e) => e.kind === 'opening')).toHaveLength(5);
    // Exporting again replaces our block rather than stacking a second one.
    const twice = new TextDecoder('latin1').decode(exportIfc(back.doc, { original: out }));
    expect(twice.split(BLOCK_BEGIN).length).toBe(2);
  });

  it('writes into a millimetre IFC2X3 model in its own units', async () => {
    const original = readIfc('TallBuilding.ifc');
    const { doc } = await importIfc(original, { fileName: 'TallBuilding.ifc' });
    doc.floors[1].elements.push({
      kind: 'zone',
      id: 'z-new',
      type: 'waiting',
      also: [],
      polygon: [
        [1, 1],
        [6, 1],
        [6, 4],
        [1, 4],
      ],
    });
    doc.floors[1].elements.push({
      kind: 'sign',
      id: 's-new',
      signKind: 'directional',
      text: { zh: '出口', en: 'Exit' },
      electronic: false,
      position: [2, 2],
      rotation: 0,
      width: 0.8,
      mountHeight: 2,
    });
    const back = await importIfc(exportIfc(doc, { original }), { fileName: 'back.ifc' });
    const zone = back.doc.floors[1].elements.find((e) => e.id === 'z-new');
    expect(zone?.kind === 'zone' && zone.polygon.length).toBe(4);
    if (zone?.kind === 'zone')
      sameRing(
        [
          [1, 1],
          [6, 1],
          [6, 4],
          [1, 4],
        ],
        zone.polygon,
      );
    expect(back.doc.floors[1].elements.find((e) => e.id === 's-new')).toMatchObject({ position: [2, 2], mountHeight: 2, text: { zh: '出口', en: 'Exit' } });
  });
});
