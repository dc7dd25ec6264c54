/**
 * Lines read from the STEP text (src/ifc/step-lines.ts) are what web-ifc's reader gives: every line of
 * the types the importer reads, in every corpus file, our exports (Chinese names, our property sets)
 * and the test fixture, attribute by attribute; and the reader stays out of what it does not cover
 * (escapes, typed values, ids out of order, a statement-like line inside a text).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as W from 'web-ifc';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../src/core/io';
import { getIfcApi } from '../../src/ifc/api';
import { exportIfc } from '../../src/ifc/export';
import { compoundAngle } from '../../src/ifc/georef';
import { ModelReader, num, ref, refs, str } from '../../src/ifc/reader';
import { StepLines } from '../../src/ifc/step-lines';
import { HAVE_CORPUS, ROOT, corpusTable, readIfc } from './corpus';
import { elevatorRampFixture } from './fixtures';

/** Every type whose lines the importer reads (header, elements, relations, property sets, placements). */
const TYPES = [
  W.IFCPROJECT,
  W.IFCBUILDINGSTOREY,
  W.IFCBUILDING,
  W.IFCSITE,
  W.IFCMAPCONVERSION,
  W.IFCPROJECTEDCRS,
  W.IFCGEOMETRICREPRESENTATIONCONTEXT,
  W.IFCUNITASSIGNMENT,
  W.IFCSIUNIT,
  W.IFCCONVERSIONBASEDUNIT,
  W.IFCMEASUREWITHUNIT,
  W.IFCSPACE,
  W.IFCWALL,
  W.IFCWALLSTANDARDCASE,
  W.IFCDOOR,
  W.IFCSTAIR,
  W.IFCSTAIRFLIGHT,
  W.IFCRAMP,
  W.IFCRAMPFLIGHT,
  W.IFCTRANSPORTELEMENT,
  W.IFCFURNISHINGELEMENT,
  W.IFCCOLUMN,
  W.IFCRELCONTAINEDINSPATIALSTRUCTURE,
  W.IFCRELAGGREGATES,
  W.IFCRELFILLSELEMENT,
  W.IFCRELVOIDSELEMENT,
  W.IFCRELDEFINESBYPROPERTIES,
  W.IFCPROPERTYSET,
  W.IFCPROPERTYSINGLEVALUE,
  W.IFCLOCALPLACEMENT,
  W.IFCAXIS2PLACEMENT3D,
  W.IFCCARTESIANPOINT,
  W.IFCDIRECTION,
];

/** A value as web-ifc's reader gives it (value, whether a reference, lists), then what our accessors read from it. */
const plainOf = (v: unknown): unknown =>
  v === undefined || v === null
    ? null
    : Array.isArray(v)
      ? v.map(plainOf)
      : typeof v === 'object'
        ? { value: plainOf((v as { value?: unknown }).value), ref: (v as { type?: number }).type === 5 }
        : v;
const reads = (v: unknown) => [plainOf(v), str(v), num(v), ref(v), refs(v), compoundAngle(v)];

async function compare(bytes: Uint8Array, perType = 400): Promise<{ lines: number; fromText: number }> {
  const api = await getIfcApi();
  const model = api.OpenModel(bytes, { COORDINATE_TO_ORIGIN: false });
  try {
    const full = new ModelReader(api, model);
    const text = new ModelReader(api, model);
    text.readFromText(bytes);
    const ids = TYPES.flatMap((t) => full.ids(t).slice(0, perType));
    const webIfc: number[] = [];
    const real = api.GetRawLinesData;
    api.GetRawLinesData = ((m: number, x: number[]) => (webIfc.push(...x), real.call(api, m, x))) as typeof api.GetRawLinesData;
    try {
      text.lines(ids);
    } finally {
      api.GetRawLinesData = real;
    }
    for (const id of ids) {
      const a = text.line(id) as Record<string, unknown>;
      const b = full.line(id) as Record<string, unknown>;
      expect([a?.expressID, a?.type]).toEqual([b?.expressID, b?.type]);
      if (a.constructor !== Object) continue;
      // Every attribute web-ifc's reader takes from the line (IfcSIUnit's Dimensions is derived: it is not in the line).
      const names = Object.keys(b).filter((k) => k !== 'expressID' && k !== 'type' && k !== 'name' && !(b.type === W.IFCSIUNIT && k === 'Dimensions'));
      expect(
        Object.keys(a)
          .filter((k) => k !== 'expressID' && k !== 'type')
          .sort(),
      ).toEqual([...names].sort());
      for (const k of names) expect(reads(a[k]), `#${id}.${k}`).toEqual(reads(b[k]));
    }
    return { lines: ids.length, fromText: ids.length - new Set(webIfc).size };
  } finally {
    api.CloseModel(model);
  }
}

describe('lines from the STEP text are the lines web-ifc reads', () => {
  const files = HAVE_CORPUS
    ? corpusTable()
        .filter((r) => r.storey > 0)
        .map((r) => r.file)
    : [];
  for (const file of files) {
    it(`${file}`, async () => {
      const { lines, fromText } = await compare(readIfc(file));
      // The text path is what is tested: most lines of a sample come from it.
      expect(fromText).toBeGreaterThan(lines * 0.6);
    });
  }

  it('our export of the county hall (Chinese names, our property sets) and its write-back into the fixture', async () => {
    const doc = parseHallText(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));
    if (!doc.ok) throw new Error('sample does not load');
    const ifc = exportIfc(doc.doc);
    const { lines, fromText } = await compare(ifc, 2000);
    expect(fromText).toBeGreaterThan(lines * 0.3);
    await compare(exportIfc(doc.doc, { original: elevatorRampFixture() }), 2000);
    await compare(elevatorRampFixture());
  });
});

/** A STEP file of the given DATA lines, and a reader over its text that knows these entity types. */
function stepOf(lines: string[], typeOf: (id: number) => number) {
  const text = `ISO-10303-21;\nHEADER;\nFILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n${lines.join('\n')}\nENDSEC;\nEND-ISO-10303-21;\n`;
  const codes: Record<string, number> = { IFCPERSON: 1, IFCLABEL: 2, IFCCARTESIANPOINT: 3, IFCSIUNIT: 4 };
  return new StepLines(new TextEncoder().encode(text), (n) => codes[n], typeOf);
}

describe('StepLines', () => {
  it("reads web-ifc's raw form: '' in texts, enums, integers and reals as written, `*` left out, `$` as null, lists", () => {
    const s = stepOf(["#1= IFCPERSON($,'it''s',.T.,(#2,#3),*,-12,1.E-3,((1.,2.),()));", '#2= IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.);'], (id) => (id === 1 ? 1 : 4));
    expect(s.read(1)?.arguments).toEqual([
      null,
      { type: 1, value: "it's" },
      { type: 3, value: 'T' },
      [
        { type: 5, value: 2 },
        { type: 5, value: 3 },
      ],
      { type: 10, value: -12 },
      { type: 4, value: '1.E-3' },
      [
        [
          { type: 4, value: '1.' },
          { type: 4, value: '2.' },
        ],
        [],
      ],
    ]);
    expect(s.read(2)).toEqual({
      ID: 2,
      type: 4,
      arguments: [
        { type: 3, value: 'LENGTHUNIT' },
        { type: 3, value: 'MILLI' },
        { type: 3, value: 'METRE' },
      ],
    });
  });

  it('leaves to web-ifc: escapes, bytes outside printable ASCII, typed values, comments, a type web-ifc does not give that id', () => {
    const lines = [
      "#1= IFCPERSON($,'a\\X2\\4E2D\\X0\\');",
      "#2= IFCPERSON($,'é');",
      "#3= IFCPERSON($,IFCLABEL('x'));",
      "#4= IFCPERSON($,/* c */'x');",
      "#5= IFCPERSON($,'x');",
      "#6= IFCPERSON($,'x')",
    ];
    const s = stepOf(lines, (id) => (id === 5 ? 3 : 1));
    for (const id of [1, 2, 3, 4, 5, 6]) expect(s.read(id), `#${id}`).toBeUndefined();
  });

  it('takes a line break in a text for no statement start (the line before does not end with `;`)', () => {
    // #2's text holds a line that looks like a statement #3; the real #3 comes after it.
    const s = stepOf(["#1= IFCPERSON($,'a');", "#2= IFCPERSON($,'b", '#3= IFCPERSON($,$);', "');", '/* a comment */', "#3= IFCPERSON($,'real');"], () => 1);
    const r = s.read(3);
    if (r) expect(r.arguments).toEqual([null, { type: 1, value: 'real' }]);
  });

  it('finds lines by id through a large file, and nothing where ids are out of order', () => {
    const n = 3000;
    const lines = Array.from({ length: n }, (_, i) => `#${i + 1}= IFCCARTESIANPOINT((${i}.,0.,0.));`);
    const s = stepOf(lines, () => 3);
    for (const id of [1, 2, 1500, 2999, 3000, 17, 1234])
      expect(s.read(id)?.arguments, `#${id}`).toEqual([
        [
          { type: 4, value: `${id - 1}.` },
          { type: 4, value: '0.' },
          { type: 4, value: '0.' },
        ],
      ]);
    expect(s.read(3001)).toBeUndefined();
    // Shuffled ids: a line is either found (it is the right one) or left to web-ifc.
    const shuffled = [...lines].sort((a, b) => ((a.length * 7919 + a.charCodeAt(3)) % 13) - ((b.length * 7919 + b.charCodeAt(3)) % 13) || (a < b ? 1 : -1));
    const t = stepOf(shuffled, () => 3);
    for (const id of [1, 500, 2999]) {
      const r = t.read(id);
      if (r)
        expect(r.arguments[0]).toEqual([
          { type: 4, value: `${id - 1}.` },
          { type: 4, value: '0.' },
          { type: 4, value: '0.' },
        ]);
    }
  });
});
