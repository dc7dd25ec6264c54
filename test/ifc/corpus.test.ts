/** Every sample in ../shared/ifc imports with the counts SOURCES.md states, into a valid, sane hall. */
import { describe, expect, it } from 'vitest';
import { importIfc, IfcImportError, type ImportResult } from '../../src/ifc';
import { HallDocumentSchema } from '../../src/core/document';
import { isSimplePolygon, area } from '../../src/core/geometry/polygon';
import { HAVE_CORPUS, corpusTable, readIfc } from './corpus';

const rows = HAVE_CORPUS ? corpusTable() : [];
const buildings = rows.filter((r) => r.storey > 0);

describe.skipIf(!HAVE_CORPUS)('IFC corpus import', () => {
  it('reads the SOURCES.md table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows.find((r) => r.file === 'AC20-FZK-Haus.ifc')?.space).toBe(7);
  });

  const results = new Map<string, Promise<ImportResult>>();
  const load = (file: string) => {
    if (!results.has(file)) results.set(file, importIfc(readIfc(file), { fileName: file, withGeometry: true }));
    return results.get(file)!;
  };

  for (const row of buildings) {
    describe(row.file, () => {
      it('has the storeys, zones and doors of the table', async () => {
        const { doc, stats } = await load(row.file);
        const count = (kind: string) => doc.floors.reduce((s, f) => s + f.elements.filter((e) => e.kind === kind).length, 0);
        expect(stats.storeys).toBe(row.storey);
        expect(doc.floors.length).toBe(row.storey);
        expect(count('zone')).toBe(row.space);
        expect(count('opening')).toBe(row.door);
        expect(doc.meta.source).toMatchObject({ kind: 'ifc', fileName: row.file });
        expect(doc.meta.source?.schema?.toUpperCase()).toBe(row.schema.toUpperCase());
      });

      it('is a valid hall with increasing floors, simple zones and real doors', async () => {
        const { doc } = await load(row.file);
        expect(HallDocumentSchema.safeParse(doc).success).toBe(true);
        for (let i = 1; i < doc.floors.length; i++) expect(doc.floors[i].elevation).toBeGreaterThan(doc.floors[i - 1].elevation);
        expect(doc.floors.filter((f) => f.storey === 1)).toHaveLength(1);
        for (const f of doc.floors) {
          expect(f.height).toBeGreaterThan(0);
          for (const e of f.elements) {
            if (e.kind === 'zone') {
              expect(isSimplePolygon(e.polygon)).toBe(true);
              expect(area(e.polygon)).toBeGreaterThan(0.1);
              expect(e.ifcGlobalId).toMatch(/^[0-9A-Za-z_$]{22}$/);
            }
            if (e.kind === 'opening') {
              expect(e.width).toBeGreaterThan(0.3);
              expect(e.width).toBeLessThan(5);
            }
            if (e.kind === 'wall') expect(e.thickness).toBeGreaterThan(0);
          }
        }
      });

      it(row.latLon ? 'is georeferenced' : 'has no georeference', async () => {
        const { doc } = await load(row.file);
        if (row.latLon || row.mapConv > 0) {
          expect(doc.meta.georef).toBeDefined();
          expect(Math.abs(doc.meta.georef!.lat)).toBeGreaterThan(1);
        } else expect(doc.meta.georef).toBeUndefined();
      });

      it('gives merged context meshes and plan cuts', async () => {
        const { context, doc } = await load(row.file);
        expect(context).toBeDefined();
        expect(context!.cuts.map((c) => c.floorId)).toEqual(doc.floors.map((f) => f.id));
        // A handful of merged meshes, not one per object.
        expect(context!.meshes.length).toBeLessThan(20);
        for (const m of context!.meshes) {
          expect(m.positions.length % 3).toBe(0);
          // Positions and indices only (drawn flat-shaded; see ContextMesh).
          expect(Object.keys(m)).not.toContain('normals');
          expect(m.indices.length % 3).toBe(0);
          expect(Math.max(...m.indices.slice(0, 10000))).toBeLessThan(m.positions.length / 3);
        }
        if (row.wall + row.wallStdCase > 0) expect(context!.cuts.some((c) => c.segments.length > 0)).toBe(true);
      });
    });
  }

  it('context categories: roof slabs (PredefinedType ROOF) go with the roofs, floor slabs stay slabs', async () => {
    const { context } = await load('AC20-FZK-Haus.ifc');
    const objects = (g: string) => context!.meshes.filter((m) => m.group.split(':')[0] === g).reduce((n, m) => n + m.objects, 0);
    // FZK-Haus: slabs Bodenplatte (BASESLAB), Slab-033 (FLOOR), Dach-1 and Dach-2 (ROOF).
    expect(objects('IfcRoof')).toBe(2);
    expect(objects('IfcSlab')).toBe(2);
    expect(objects('IfcWall')).toBeGreaterThan(0);
  });

  it('FZK-Haus: known rooms, stair joining both floors, site in Karlsruhe', async () => {
    const { doc } = await load('AC20-FZK-Haus.ifc');
    expect(doc.floors.map((f) => [f.name, f.elevation, f.storey])).toEqual([
      ['Erdgeschoss', 0, 1],
      ['Dachgeschoss', 2.7, 2],
    ]);
    const stairs = doc.floors.flatMap((f) => f.elements).filter((e) => e.kind === 'vlink');
    expect(stairs).toHaveLength(1);
    expect(stairs[0].kind === 'vlink' && stairs[0].floors).toEqual(doc.floors.map((f) => f.id));
    // 49°6'1.566"N 8°26'11.5404"E from the file's IfcSite.
    expect(doc.meta.georef!.lat).toBeCloseTo(49 + 6 / 60 + 1.566 / 3600, 8);
    expect(doc.meta.georef!.lon).toBeCloseTo(8 + 26 / 60 + 11.5404 / 3600, 8);
    const doors = doc.floors.flatMap((f) => f.elements).filter((e) => e.kind === 'opening');
    expect(doors.every((d) => d.kind === 'opening' && d.wallId)).toBe(true);
  });

  it('duplex (IFC2X3): basement below ground, stairs become vertical links, spaces get zone types', async () => {
    const { doc } = await load('duplex.ifc');
    expect(doc.floors.map((f) => f.storey)).toEqual([-1, 1, 2, 3]);
    const zones = doc.floors.flatMap((f) => f.elements).filter((e) => e.kind === 'zone');
    const typeOf = (n: string) => zones.find((z) => z.name?.includes(n))?.type;
    expect(typeOf('Bathroom')).toBe('toilet');
    expect(typeOf('Foyer')).toBe('circulation');
    expect(doc.floors.flatMap((f) => f.elements).filter((e) => e.kind === 'vlink').length).toBeGreaterThanOrEqual(2);
  });

  it('millimetre files come out in metres', async () => {
    const { doc } = await load('TallBuilding.ifc');
    expect(doc.floors.map((f) => f.elevation)).toEqual([0, 4, 8, 12, 16]);
    const wall = doc.floors[0].elements.find((e) => e.kind === 'wall');
    expect(wall && wall.kind === 'wall' && wall.thickness).toBeLessThan(1);
  });

  it('L-shaped or not, each zone keeps the area of its IfcSpace footprint (no convex hull)', async () => {
    // Every zone polygon lies inside its own convex hull; for the FZK house the summed zone area is the
    // documented net floor area order of magnitude (~ 170 m² over both floors), not the hull's.
    const { doc } = await load('AC20-FZK-Haus.ifc');
    const total = doc.floors.flatMap((f) => f.elements).reduce((s, e) => s + (e.kind === 'zone' ? area(e.polygon) : 0), 0);
    expect(total).toBeGreaterThan(100);
    expect(total).toBeLessThan(250);
  });

  it('the railway (no storeys) is refused with a clear "not a building" error', async () => {
    const file = 'ACCA-RFI-Track-01-Cancello-SanFelice.ifc';
    const err = await importIfc(readIfc(file), { fileName: file }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IfcImportError);
    expect((err as Error).message).toMatch(/no IfcBuildingStorey/);
    expect((err as Error).message).toMatch(/not a building/);
    expect((err as Error).message).toMatch(/IfcRailway/);
  });
});
