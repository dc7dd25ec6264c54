/**
 * Every plan of ../shared/dxf imported as its SOURCES.md describes it: the unit (headers that lie are
 * overruled, with a warning), walls, doors, room names, a closed floor outline, rooms with area; the
 * non-plan and the binary file give clear errors instead of a hall.
 */
import { describe, expect, it } from 'vitest';
import { area } from '../../../src/core/geometry/polygon';
import { HallDocumentSchema } from '../../../src/core/document';
import { simpleRing } from '../../../src/ifc/valid-hall';
import { DxfImportError, importDxf, type DxfImportResult } from '../../../src/dxf';
import { flatten } from '../../../src/dxf/flatten';
import { parseDxfBytes } from '../../../src/dxf/read';
import { corpusFile, hasCorpus } from './corpus';

const results = new Map<string, DxfImportResult>();
function imported(name: string, frames?: number[]): DxfImportResult {
  const key = `${name}:${frames?.join(',') ?? ''}`;
  let r = results.get(key);
  if (!r) results.set(key, (r = importDxf(corpusFile(name), { fileName: name, frames })));
  return r;
}
const kinds = (r: DxfImportResult, kind: string) => r.doc.floors.flatMap((f) => f.elements.filter((e) => e.kind === kind));
const names = (r: DxfImportResult) => kinds(r, 'zone').map((z) => z.name ?? '');

function expectSoundHall(r: DxfImportResult) {
  // Taken as the schema gives it (the import skips the parse when the quick check vouches for the hall).
  expect(HallDocumentSchema.parse(structuredClone(r.doc))).toEqual(r.doc);
  for (const f of r.doc.floors) {
    expect(f.outline, `floor ${f.id} outline`).toBeDefined();
    expect(simpleRing(f.outline)).toBe(true);
    expect(area(f.outline ?? [])).toBeGreaterThan(20);
    for (const z of f.elements) if (z.kind === 'zone') expect(area(z.polygon)).toBeGreaterThan(0.5);
    // Doors sit on walls of the same floor.
    const wallIds = new Set(f.elements.filter((e) => e.kind === 'wall').map((e) => e.id));
    for (const d of f.elements) if (d.kind === 'opening' && d.wallId) expect(wallIds.has(d.wallId)).toBe(true);
  }
}

describe.skipIf(!hasCorpus)('DXF corpus', () => {
  it('barcelona pavilion: metres from the header, walls from the Walls layer, the 8 swing arcs as doors, columns as obstacles', () => {
    const r = imported('barcelona-pavillion_plan.dxf');
    expect(r.analysis.units).toMatchObject({ unit: 'm', from: 'header' });
    expect(r.analysis.widthM).toBeGreaterThan(45);
    expect(r.analysis.widthM).toBeLessThan(60);
    expect(r.stats.elements.wall).toBeGreaterThanOrEqual(15);
    expect(r.stats.elements.opening).toBe(8);
    expect(r.stats.elements.obstacle).toBeGreaterThanOrEqual(8);
    expect(r.analysis.layers.find((l) => l.name === 'Crystal')?.role).toBe('window');
    // The glass on Crystal is windows (panes of the glass walls), never doors.
    expect(r.stats.elements.window).toBeGreaterThanOrEqual(20);
    expect(r.analysis.layers.find((l) => l.name === 'Flooring')?.role).toBe('hatch');
    expectSoundHall(r);
  });

  it('bjnortier floor plan: the mm header overruled (inches), xref walls, swing doors, room names without %%u', () => {
    const r = imported('bjnortier-dxf_floorplan.dxf');
    expect(r.analysis.units).toMatchObject({ unit: 'in', from: 'guess', headerSaid: 'mm' });
    expect(r.warnings.map((w) => w.en).join(' ')).toMatch(/\$INSUNITS says mm/);
    expect(r.analysis.layers.find((l) => l.name.endsWith('$0$A-WALL'))?.role).toBe('wall');
    expect(r.analysis.layers.find((l) => l.name.endsWith('$0$A-OPENING'))?.role).toBe('door');
    expect(r.stats.elements.wall).toBeGreaterThanOrEqual(40);
    expect(r.stats.elements.opening).toBeGreaterThanOrEqual(8);
    const all = names(r).join(' | ');
    for (const n of ['GREAT ROOM', 'KITCHEN', 'DINING ROOM', 'MASTER', 'BEDROOM 2', 'BEDROOM 3', 'BATH', 'HALL']) expect(all).toContain(n);
    expect(all).not.toMatch(/%%/);
    expectSoundHall(r);
  });

  it('bjnortier floor plan: rooms come from the wall graph (gaps joined), at the sizes written in them', () => {
    const r = imported('bjnortier-dxf_floorplan.dxf');
    expect(r.stats.roomsFrom).toEqual(['faces']);
    const zones = kinds(r, 'zone').filter((z) => z.kind === 'zone');
    // Each room's size as the drawing writes it under its name (feet and inches): 13'6 x 11' is 4.11 × 3.35 m.
    const ft = (f: number, i = 0) => (f * 12 + i) * 0.0254;
    const written: [string, number][] = [
      ['BEDROOM 2', ft(13, 6) * ft(11)],
      ['MASTER BEDROOM', ft(13, 8) * ft(14)],
      ['MSTR. BATH', ft(7) * ft(5, 7)],
      ['UTIL.', ft(5, 3) * ft(6, 8)],
    ];
    for (const [name, m2] of written) {
      const z = zones.find((e) => e.name === name);
      expect(z, name).toBeDefined();
      expect(Math.abs(area(z?.polygon ?? []) / m2 - 1), name).toBeLessThan(0.06);
    }
  });

  it('gama house: the doorways left as gaps close, so its rooms come from the wall graph, not one merged region', () => {
    const r = imported('gama_house.dxf');
    expect(r.stats.roomsFrom).toEqual(['faces']);
    const rooms = kinds(r, 'zone').map((z) => (z.kind === 'zone' ? area(z.polygon) : 0));
    expect(rooms.length).toBeGreaterThanOrEqual(6);
    // The plan is 12.1 × 7.1 m: the rooms cover most of it (the raster found 40 m² in 5 regions).
    expect(rooms.reduce((a, b) => a + b, 0)).toBeGreaterThan(55);
  });

  it('bjnortier floor plan: the unreferenced block copy of the plan is not drawn a second time', () => {
    const d = flatten(parseDxfBytes(corpusFile('bjnortier-dxf_floorplan.dxf')));
    const walls = d.segs.filter((s) => s.layer.endsWith('$0$A-WALL')).length;
    // Model space holds 624 LINE + 124 LWPOLYLINE in all; the block copy would add hundreds more wall lines.
    expect(walls).toBeLessThan(700);
  });

  it('A_000217 apartments: unitless header read as inches, 57 door blocks, suites and corridors named', () => {
    const r = imported('dxf-json_A_000217.dxf');
    expect(r.analysis.units).toMatchObject({ unit: 'in', from: 'guess', headerSaid: 'unitless' });
    expect(r.analysis.frames.length).toBeGreaterThanOrEqual(2);
    expect(r.doc.floors).toHaveLength(1);
    expect(r.stats.elements.wall).toBeGreaterThanOrEqual(300);
    expect(r.stats.elements.opening).toBeGreaterThanOrEqual(57);
    const all = names(r).join(' | ');
    for (const n of ['LOBBY', 'CORRIDOR', 'STORAGE', 'ELEV', 'A101', 'A106', 'A112']) expect(all).toContain(n);
    expect(all).not.toMatch(/SQ\. FT|TYPE '/);
    // The 35 WIN6 window blocks (on FURNITURE, not a window layer) are windows in the outer walls: all but the
    // two at the far ends of the bays set into a wall, and all but two of the rooms the raster traces short of
    // their wall told 外窗.
    const windows = r.doc.floors[0].elements.flatMap((e) => (e.kind === 'window' ? [e] : []));
    expect(windows).toHaveLength(35);
    expect(windows.filter((w) => w.wallId).length).toBeGreaterThanOrEqual(33);
    expect(windows.filter((w) => w.exterior).length).toBeGreaterThanOrEqual(33);
    expectSoundHall(r);
  });

  it('A_000217: the section beside the plan is a second frame; picked too, it carries the room names written in it', () => {
    const r = imported('dxf-json_A_000217.dxf', [0, 1]);
    expect(r.doc.floors).toHaveLength(2);
    const labels = flatten(parseDxfBytes(corpusFile('dxf-json_A_000217.dxf'))).labels.map((l) => l.text);
    expect(labels).toEqual(expect.arrayContaining(['KITCHEN', 'BEDROOM', 'MASTER']));
  });

  it('gama house: the inch header overruled (centimetres), door blocks on layer DYER found by their content, closed rooms', () => {
    const r = imported('gama_house.dxf');
    expect(r.analysis.units).toMatchObject({ unit: 'cm', from: 'guess', headerSaid: 'in' });
    expect(r.analysis.layers.find((l) => l.name === 'DYER')).toMatchObject({ role: 'door', by: 'content' });
    expect(r.analysis.widthM).toBeGreaterThan(10);
    expect(r.analysis.widthM).toBeLessThan(14);
    expect(r.stats.elements.wall).toBeGreaterThanOrEqual(20);
    expect(r.stats.elements.opening).toBeGreaterThanOrEqual(10);
    expect(r.stats.elements.zone).toBeGreaterThanOrEqual(3);
    expectSoundHall(r);
  });

  it('qcad flange (not a building): refused with a message naming the layers and how to choose walls', () => {
    expect(() => importDxf(corpusFile('qcad_flange.dxf'), { fileName: 'qcad_flange.dxf' })).toThrow(DxfImportError);
    expect(() => importDxf(corpusFile('qcad_flange.dxf'), { fileName: 'qcad_flange.dxf' })).toThrow(/no layer holds walls.*layers: 0, aux_iso/);
    // Told that "thin" is the wall layer, the flange is still far too small to be a building.
    expect(() => importDxf(corpusFile('qcad_flange.dxf'), { fileName: 'qcad_flange.dxf', layers: { thin: 'wall' } })).toThrow(/too small for a building/);
  });

  it('binary DXF: read (not mis-read as text), then refused because it holds only one text', () => {
    const d = flatten(parseDxfBytes(corpusFile('ezdxf_bin_dxf_r2000.dxf')));
    expect(d.binary).toBe(true);
    expect(d.version).toBe('AC1015');
    expect(d.insunits).toBe(6);
    expect(d.labels.map((l) => l.text)).toEqual(['ezdxf']);
    expect(() => importDxf(corpusFile('ezdxf_bin_dxf_r2000.dxf'), { fileName: 'bin.dxf' })).toThrow(/only 1 text/);
  });
});
