/** Each IFC defect found by probing, pinned as an explicit example (issue 17). */
import { describe, expect, it } from 'vitest';
import { importIfc, IfcImportError } from '../../../src/ifc';
import { HallDocumentSchema } from '../../../src/core/document';
import { main } from '../../../src/cli/main';
import { fakeIO } from '../cli/fake-io';
import { bounded } from './bounds';
import { dataTwice, enc, firstIdsDuplicated, inMillimetres, nameFirstWall, projectName, townshipIfc, withoutProject } from './ifc-text';

const walls = (d: { floors: { elements: { kind: string }[] }[] }) => d.floors.flatMap((f) => f.elements).filter((e) => e.kind === 'wall').length;
const maxX = (d: { floors: { elements: { kind: string; polygon?: [number, number][] }[] }[] }) =>
  Math.max(...d.floors[0].elements.flatMap((e) => e.polygon ?? []).map((p) => p[0]));
const imp = (text: string, fileName = 'x.ifc') => bounded(() => importIfc(enc(text), { fileName }));
const refusal = (text: string, fileName = 'x.ifc') =>
  imp(text, fileName).then(
    () => undefined,
    (e: unknown) => e as Error,
  );

describe('IFC text read exactly', () => {
  it('the base file: 7 walls, metres, no unit warning', async () => {
    const r = await imp(townshipIfc());
    expect(walls(r.doc)).toBe(7);
    expect(maxX(r.doc)).toBeCloseTo(30, 6);
  });

  it('a wall Name of 70,000 characters keeps the wall (was: the entity vanished, 6 walls, exit 0)', async () => {
    const r = await imp(nameFirstWall(townshipIfc(), 'A'.repeat(70_000)));
    expect(walls(r.doc)).toBe(7);
    expect(r.warnings.map((w) => w.en).join('\n')).toMatch(/1 text longer than 60,000 characters \(first in #\d+, 70,000 characters\) shortened/);
    expect(HallDocumentSchema.safeParse(r.doc).success).toBe(true);
  });

  it('a long run of escaped Chinese text is cut between two characters and closed again', async () => {
    const r = await imp(nameFirstWall(townshipIfc(), `\\X2\\${'4E2D'.repeat(20_000)}\\X0\\`));
    expect(walls(r.doc)).toBe(7);
  });

  it('names holding literal STEP escapes come back as written: decoded once (was: twice)', async () => {
    // The name as a user typed it, written as export writes it (backslashes doubled).
    const r = await imp(nameFirstWall(townshipIfc(), 'a\\\\X2\\\\4E2D\\\\X0\\\\b \\S\\D \\X\\41 \\X2\\4E2D\\X0\\'));
    const named = r.doc.floors.flatMap((f) => f.elements).find((e) => e.kind === 'wall' && e.name);
    expect(named?.name).toBe('a\\X2\\4E2D\\X0\\b Ä A 中');
  });

  it('units from IfcProject: millimetres scale the hall down 1000 ×', async () => {
    const r = await imp(inMillimetres(townshipIfc()));
    expect(maxX(r.doc)).toBeCloseTo(0.03, 6);
    expect(r.warnings.map((w) => w.en).join('\n')).toMatch(/length unit is millimetre \(from IfcProject\)/);
  });

  it('a 70,000-character project name keeps the unit (was: 1000 × too big while the warning said converted)', async () => {
    const r = await imp(projectName(inMillimetres(townshipIfc()), 'P'.repeat(70_000)));
    expect(maxX(r.doc)).toBeCloseTo(0.03, 6);
  });

  it('no IfcProject: the unit is taken from the IfcUnitAssignment, and the warning says so', async () => {
    const r = await imp(withoutProject(inMillimetres(townshipIfc())));
    expect(maxX(r.doc)).toBeCloseTo(0.03, 6);
    expect(r.warnings.map((w) => w.en).join('\n')).toMatch(/no IfcProject: length unit millimetre taken from the file's IfcUnitAssignment/);
  });

  it('no unit at all: metres assumed, and the warning says so', async () => {
    const t = withoutProject(townshipIfc()).replace(/^#\d+=IFCUNITASSIGNMENT\(.*\n/m, '');
    const r = await imp(t);
    expect(maxX(r.doc)).toBeCloseTo(30, 6);
    expect(r.warnings.map((w) => w.en).join('\n')).toMatch(/no length unit in the file .*assuming metres/);
  });

  it("a model placed in projected coordinates (500 km E, 3,000 km N) keeps every element: the bounds are on a floor's span, not on where it lies", async () => {
    const base = townshipIfc();
    const site = /=IFCSITE\('[^']*',\$,'[^']*',\$,\$,#(\d+)/.exec(base)![1];
    const t = base.replace(
      new RegExp(`^#${site}=IFCLOCALPLACEMENT\\(\\$,#\\d+\\);`, 'm'),
      `#${site}=IFCLOCALPLACEMENT($,#99001);\n#99000=IFCCARTESIANPOINT((500000.,3000000.,0.));\n#99001=IFCAXIS2PLACEMENT3D(#99000,$,$);`,
    );
    expect(t).toContain('#99001);');
    const r = await imp(t);
    expect(walls(r.doc)).toBe(7);
    expect(maxX(r.doc)).toBeCloseTo(500_030, 3);
  });

  it('a duplicated DATA section is refused, saying where (was: walls doubled and the unit lost)', async () => {
    const e = await refusal(dataTwice(inMillimetres(townshipIfc())), 'twice.ifc');
    expect(e).toBeInstanceOf(IfcImportError);
    expect(e?.message).toMatch(/^twice\.ifc: entity #1 is defined twice \(lines 8 and \d+\)/);
  });

  it('duplicated first ids are refused at once (was: web-ifc looped forever in the storeys stage)', async () => {
    const e = await refusal(firstIdsDuplicated(townshipIfc()), 'dup.ifc');
    expect(e?.message).toMatch(/^dup\.ifc: entity #\d is defined twice/);
  });

  it('a malformed entity id is refused with its line', async () => {
    const e = await refusal(townshipIfc().replace(/^#5=/m, '#='), 'bad.ifc');
    expect(e?.message).toMatch(/^bad\.ifc: malformed entity id at line 12/);
  });

  it('the CLI exits 2 on duplicated ids with the message (was: hung)', async () => {
    const io = fakeIO({ 'dup.ifc': enc(firstIdsDuplicated(townshipIfc())) });
    const code = await bounded(() => main(['check', 'dup.ifc'], io));
    expect(code).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/dup\.ifc: entity #\d is defined twice/);
  });
});
