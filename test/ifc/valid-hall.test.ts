/**
 * The importer skips the document schema when certainlyValid says yes: that is only sound if a yes
 * means the schema would accept the document and return it unchanged. Checked on every sample's
 * import, on broken copies of one (each must be a no), and ring by ring against PolygonSchema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HallDocumentSchema, MetaSchema, type HallDocument } from '../../src/core/document';
import { PolygonSchema } from '../../src/core/kinds/base';
import { importIfc } from '../../src/ifc';
import { certainlyValid, metaAsSchemaGives, simpleRing, type MetaInput } from '../../src/ifc/valid-hall';
import { PRESET_IDS } from '../../src/core/presets';
import { HALL_LEVEL_IDS } from '../../src/core/vocab';
import { elevatorRampFixture } from './fixtures';
import { HAVE_CORPUS, corpusTable, readIfc } from './corpus';

const buildings = HAVE_CORPUS ? corpusTable().filter((r) => r.storey > 0) : [];

/** What the importer did before the fast path: the schema's output. */
const schemaSays = (doc: HallDocument) => {
  const r = HallDocumentSchema.safeParse(doc);
  return r.success ? JSON.stringify(r.data) === JSON.stringify(doc) : false;
};

describe('certainlyValid', () => {
  describe.skipIf(!HAVE_CORPUS)('on the samples', () => {
    for (const row of buildings) {
      it(`${row.file}: yes, and the schema returns the same document, key for key`, async () => {
        const { doc } = await importIfc(readIfc(row.file), { fileName: row.file });
        expect(certainlyValid(doc)).toBe(true);
        expect(JSON.stringify(HallDocumentSchema.parse(doc))).toBe(JSON.stringify(doc));
      });
    }
  });

  it('the elevator/ramp fixture (vertical links, no georeference) takes the fast path too', async () => {
    const { doc } = await importIfc(elevatorRampFixture(), { fileName: 'fixture.ifc' });
    expect(doc.floors.some((f) => f.elements.some((e) => e.kind === 'vlink'))).toBe(true);
    expect(certainlyValid(doc)).toBe(true);
    expect(schemaSays(doc)).toBe(true);
  });

  describe.skipIf(!HAVE_CORPUS)('says no to every broken copy', async () => {
    const base = (await importIfc(readIfc('duplex.ifc'), { fileName: 'duplex.ifc' })).doc;
    const first = (kind: string) => {
      for (const [fi, f] of base.floors.entries()) {
        const ei = f.elements.findIndex((e) => e.kind === kind);
        if (ei >= 0) return [fi, ei] as const;
      }
      throw new Error(`no ${kind} in duplex`);
    };
    /** A deep copy with one element changed. */
    const withEl = (kind: string, change: (e: Record<string, unknown>) => Record<string, unknown> | undefined) => {
      const doc = structuredClone(base) as HallDocument;
      const [fi, ei] = first(kind);
      const e = doc.floors[fi].elements[ei] as unknown as Record<string, unknown>;
      const out = change(e);
      if (out) doc.floors[fi].elements[ei] = out as never;
      return doc;
    };
    const wallId = base.floors.flatMap((f) => f.elements).find((e) => e.kind === 'wall')!.id;
    const cases: Record<string, () => HallDocument> = {
      'wall of zero thickness': () => withEl('wall', (e) => void (e.thickness = 0)),
      'wall end NaN': () => withEl('wall', (e) => void (e.a = [NaN, 0])),
      'wall end with three numbers': () => withEl('wall', (e) => void (e.b = [1, 2, 3])),
      'infinite wall height': () => withEl('wall', (e) => void (e.height = Infinity)),
      'name of 501 characters': () => withEl('wall', (e) => void (e.name = 'x'.repeat(501))),
      'id with a space': () => withEl('wall', (e) => void (e.id = 'wall 1')),
      'a second element with a wall id': () => withEl('opening', (e) => void (e.id = wallId)),
      'an unknown key': () => withEl('wall', (e) => void (e.colour = 'red')),
      'keys out of the schema order': () => withEl('wall', (e) => ({ kind: e.kind, ...e })),
      'a default left to the schema (also)': () => withEl('zone', (e) => void delete e.also),
      'unknown zone type': () => withEl('zone', (e) => void (e.type = 'lobby')),
      'bow-tie zone': () =>
        withEl(
          'zone',
          (e) =>
            void (e.polygon = [
              [0, 0],
              [2, 2],
              [2, 0],
              [0, 2],
            ]),
        ),
      'zone with a repeated corner': () =>
        withEl(
          'zone',
          (e) =>
            void (e.polygon = [
              [0, 0],
              [2, 0],
              [2, 2],
              [2, 0],
              [0, 2],
            ]),
        ),
      'zone with no area': () =>
        withEl(
          'zone',
          (e) =>
            void (e.polygon = [
              [0, 0],
              [1, 0],
              [2, 0],
            ]),
        ),
      'door in an unknown wall': () => withEl('opening', (e) => void (e.wallId = 'wall-999999')),
      'door step of 3 m': () => withEl('opening', (e) => void (e.step = 3)),
      'door rotation 4000°': () => withEl('opening', (e) => void (e.rotation = 4000)),
      'unknown entrance kind': () => withEl('opening', (e) => void (e.entrance = 'side')),
      'stair to an unknown floor': () => withEl('vlink', (e) => void (e.floors = [...(e.floors as string[]), 'F99'])),
      'stair with a size key too many': () => withEl('vlink', (e) => void (e.size = { w: 1, d: 2, h: 3 })),
      'obstacle of height 0': () => withEl('obstacle', (e) => void (e.height = 0)),
      'a counter (not built from geometry)': () => withEl('wall', (e) => ({ id: e.id, kind: 'counter', type: 'general-intake', position: [0, 0] })),
      'storey 2.5': () => ({ ...structuredClone(base), floors: base.floors.map((f, i) => (i ? f : { ...f, storey: 2.5 })) }),
      'floor height 0': () => ({ ...structuredClone(base), floors: base.floors.map((f, i) => (i ? f : { ...f, height: 0 })) }),
      'two floors with one id': () => ({ ...structuredClone(base), floors: base.floors.map((f, i) => (i === 1 ? { ...f, id: base.floors[0].id } : f)) }),
      'a $schema key': () => ({ $schema: 'x', ...structuredClone(base) }),
    };
    it('the unbroken copy is a yes', () => expect(certainlyValid(structuredClone(base))).toBe(true));
    for (const [what, make] of Object.entries(cases)) {
      it(what, () => {
        const doc = make();
        expect(certainlyValid(doc)).toBe(false);
        // Each case is one the schema rejects or would rewrite: otherwise a no would prove nothing.
        if (what !== 'a $schema key' && what !== 'a counter (not built from geometry)') expect(schemaSays(doc)).toBe(false);
      });
    }
  });
});

describe('simpleRing is PolygonSchema, ring for ring', () => {
  // Coarse grid points (many collinear edges, repeats, crossings) far from the origin, where rounding
  // in the crossing test is not zero; and rotated ones, where collinear edges are not axis-aligned.
  const ring = fc.array(fc.tuple(fc.integer({ min: -4, max: 4 }), fc.integer({ min: -4, max: 4 })), { minLength: 3, maxLength: 9 });
  it('on grid rings near and far from the origin, turned or not', () => {
    fc.assert(
      fc.property(ring, fc.constantFrom(0, 1e3, 123456.789), fc.constantFrom(0, 0.3, 1), fc.constantFrom(1, 1e-7), (pts, off, turn, unit) => {
        const c = Math.cos(turn),
          s = Math.sin(turn);
        const poly = pts.map(([x, y]) => [off + (x * c - y * s) * unit, off + (x * s + y * c) * unit]);
        expect(simpleRing(poly)).toBe(PolygonSchema.safeParse(poly).success);
      }),
      { numRuns: 3000 },
    );
  });
  it('on odd input', () => {
    for (const v of [
      [],
      [
        [0, 0],
        [1, 0],
      ],
      [
        [0, 0],
        [1, 0],
        [0, NaN],
      ],
      [
        [0, 0],
        [1, 0],
        [0, 1, 2],
      ],
      'x',
      null,
    ]) {
      expect(simpleRing(v)).toBe(PolygonSchema.safeParse(v).success);
    }
  });
});

describe('metaAsSchemaGives is MetaSchema.parse where it answers', () => {
  const num = fc.oneof(fc.double({ min: -400, max: 400 }), fc.constantFrom(NaN, Infinity, -Infinity, 90, -90, 180, -180, 360, -360, 90.5, -90.5, 180.5, -180.5, 360.5, -360.5));
  const text = (max: number) =>
    fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.integer({ min: max - 2, max: max + 2 }).map((n) => 'x'.repeat(n)),
    );
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const input: fc.Arbitrary<MetaInput> = fc
    .record({
      name: text(500),
      nameEn: maybe(text(500)),
      preset: maybe(fc.constantFrom(...PRESET_IDS, 'guangdong')),
      level: maybe(fc.constantFrom(...HALL_LEVEL_IDS, 'district')),
      georef: maybe(fc.record({ lat: num, lon: num, rotation: num, altitude: maybe(num) })),
      sprinklers: maybe(fc.boolean()),
      crowded: maybe(fc.boolean()),
      source: fc.record({ kind: fc.constant('ifc' as const), fileName: text(500), schema: fc.constantFrom('IFC4', 'IFC2X3', 'IFC4X3_ADD2'), projectGlobalId: maybe(text(64)) }),
    })
    // As the importer builds it: absent keys are left out, not set to undefined.
    .map((m) =>
      JSON.parse(
        JSON.stringify(m, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)),
        (_, v) => (v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : v),
      ),
    );

  it("on random inputs, valid or not: an answer is the schema's output, key for key", () => {
    let answered = 0;
    let left = 0;
    fc.assert(
      fc.property(input, (m) => {
        const fast = metaAsSchemaGives(m);
        const slow = MetaSchema.safeParse(m);
        if (fast === undefined) {
          left++;
          return;
        }
        answered++;
        expect(slow.success).toBe(true);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
        expect(fast).toEqual(slow.data);
      }),
      { numRuns: 2000 },
    );
    // Both ways must have been taken, or the comparison proved little.
    expect(answered).toBeGreaterThan(200);
    expect(left).toBeGreaterThan(200);
  });

  it('leaves anything it does not know to the schema', () => {
    const ok: MetaInput = { name: 'x', source: { kind: 'ifc', fileName: 'f.ifc', schema: 'IFC4' } };
    expect(metaAsSchemaGives(ok)).toEqual(MetaSchema.parse(ok));
    expect(metaAsSchemaGives({ ...ok, queue: {} } as MetaInput)).toBeUndefined();
    expect(metaAsSchemaGives({ ...ok, nameEn: undefined })).toBeUndefined();
    expect(metaAsSchemaGives({ ...ok, georef: { lon: 1, lat: 2, rotation: 0 } })).toBeUndefined();
    expect(metaAsSchemaGives({ ...ok, source: { ...ok.source, kind: 'manual' as 'ifc' } })).toBeUndefined();
  });
});
