/**
 * A drawing whose rooms come in without a type says so in the import's notes, with what to do: gama's house has
 * no text at all, bjnortier's names bedrooms and porches (no service hall use); the county drawing's rooms are
 * all typed from their names, so it says nothing. The abbreviations a US plan writes are read as rooms' uses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import type { Floor } from '../../../src/core/document';
import { importDxf, type DxfImportResult } from '../../../src/dxf';
import { untypedRoomsNote } from '../../../src/dxf/untyped-rooms';
import { hallToDxf } from '../../fixtures/cad-plan';
import { corpusFile, hasCorpus } from './corpus';

const zones = (r: DxfImportResult) => r.doc.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'zone'));
const untyped = (r: DxfImportResult) => zones(r).filter((z) => z.type === 'unclassified');
const note = (r: DxfImportResult) => r.warnings.find((w) => /room schedule/.test(w.en));

describe.skipIf(!hasCorpus)('rooms without a type', () => {
  it('gama house: every room is unnamed and untyped, and the note counts them and says where to set them', () => {
    const r = importDxf(corpusFile('gama_house.dxf'), { fileName: 'gama_house.dxf' });
    const n = untyped(r).length;
    expect(n).toBe(zones(r).length);
    expect(n).toBeGreaterThanOrEqual(6);
    expect(note(r)?.en).toBe(
      `${n} rooms have no name on the drawing, so no type could be guessed: select them in the room schedule and set their type (untyped rooms are left out of the zone rules)`,
    );
    expect(note(r)?.zh).toContain(`${n} 个房间在图纸上没有名称`);
    expect(note(r)?.zh).toContain('房间表');
  });

  it('bjnortier floor plan: TOIL., UTIL. and W.I.C. are typed; what is left is counted, named or not', () => {
    const r = importDxf(corpusFile('bjnortier-dxf_floorplan.dxf'), { fileName: 'bjnortier-dxf_floorplan.dxf' });
    const type = (name: string) =>
      zones(r)
        .filter((z) => z.name === name)
        .map((z) => z.type);
    expect(type('TOIL.')).toEqual(['toilet']);
    expect(type('UTIL.')).toEqual(['support']);
    expect(type('W.I.C.')).toEqual(['support', 'support']);
    const left = untyped(r);
    const unnamed = left.filter((z) => !z.name).length;
    expect(left.length).toBeGreaterThan(unnamed);
    expect(note(r)?.en).toMatch(new RegExp(`^${left.length} rooms without a type \\(${unnamed} unnamed, ${left.length - unnamed} with names not recognised\\)`));
  });
});

describe('no note where every room is typed', () => {
  it('the county drawing: every room named and typed, no note', () => {
    const loaded = parseHallText(readFileSync('models/county-hall.hall.json', 'utf8'));
    if (!loaded.ok) throw new Error('sample does not load');
    const r = importDxf(new TextEncoder().encode(hallToDxf(loaded.doc)), { fileName: 'county.dxf' });
    expect(untyped(r)).toEqual([]);
    expect(note(r)).toBeUndefined();
  });

  it('one room, named but not recognised: singular, and no unnamed count', () => {
    const floor = { id: 'F1', name: '1F', elevation: 0, height: 4, elements: [{ id: 'z', kind: 'zone', type: 'unclassified', name: 'Bedroom', polygon: [] }] } as unknown as Floor;
    expect(untypedRoomsNote([floor])?.en).toMatch(/^1 room without a type \(names not recognised as a service hall use\)/);
    expect(untypedRoomsNote([{ ...floor, elements: [] }])).toBeUndefined();
  });
});
