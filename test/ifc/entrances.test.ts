/** Entrances inferred from the outer walls, on every building of the corpus and on the starred test model. */
import { describe, expect, it } from 'vitest';
import { importIfc } from '../../src/ifc';
import { applyEntrances, exteriorDoors, groundFloor, proposeEntrances } from '../../src/core/entrances';
import type { HallDocument } from '../../src/core/document';
import { HAVE_CORPUS, readIfc } from './corpus';
import { starredStoreysFixture } from './starred-storeys-fixture';

/** File → the ground floor's exterior doors (by name, looked at on a plan of each) and the proposed main entrance. */
const EXPECT: [string, number, string][] = [
  ['AC20-FZK-Haus.ifc', 2, 'Haustuer'],
  ['duplex.ifc', 4, 'M_Single-Flush:1250mm x 2010mm:1250mm x 2010mm:146596'],
  ['TallBuilding.ifc', 3, 'M_Door-Interior-Double-Full Glass-Wood:1500 x 2000mm:358703'],
  ['LargeBuilding.ifc', 10, 'M_Single-Flush:Inside Door:355793'],
  ['SampleHouse4.ifc', 1, 'Doors_ExtDbl_Flush:1810x2110mm:285860'],
];

const names = (doc: HallDocument, ids: string[]) => ids.map((id) => doc.floors.flatMap((f) => f.elements).find((e) => e.id === id)?.name);

describe.skipIf(!HAVE_CORPUS)('entrances on every corpus building', () => {
  it.each(EXPECT)('%s: %i exterior doors on the ground floor, main entrance %s', async (file, count, main) => {
    const { doc } = await importIfc(readIfc(file), { fileName: file });
    const ground = groundFloor(doc)!;
    const ext = exteriorDoors(ground);
    expect(ext).toHaveLength(count);
    // The import marks them exterior, and no door on another floor.
    const marked = doc.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'opening' && e.exterior).map((e) => e.id));
    expect(marked.sort()).toEqual(ext.map((d) => d.id).sort());
    const p = proposeEntrances(doc)!;
    expect(p.hasMain).toBe(false);
    expect(names(doc, [p.mainId!])).toEqual([main]);
    // Confirming makes it the main entrance: the rules then find it.
    const after = applyEntrances(doc, p);
    expect(
      after.floors
        .flatMap((f) => f.elements)
        .filter((e) => e.kind === 'opening' && e.entrance === 'main')
        .map((e) => e.id),
    ).toEqual([p.mainId]);
    expect(proposeEntrances(after)!.hasMain).toBe(true);
  });

  it('FZK-Haus: the door named as the house door wins over the wider terrace door; interior doors are never exterior', async () => {
    const { doc } = await importIfc(readIfc('AC20-FZK-Haus.ifc'), { fileName: 'AC20-FZK-Haus.ifc' });
    const ground = groundFloor(doc)!;
    const ext = new Set(exteriorDoors(ground).map((d) => d.id));
    for (const d of ground.elements) if (d.kind === 'opening' && /Innentuer/.test(d.name ?? '')) expect(ext.has(d.id)).toBe(false);
  });
});

describe('entrances on the starred millimetre model', () => {
  it('finds its three exterior doors on the ground floor (not the basement) and proposes the widest, facing south', async () => {
    const { doc } = await importIfc(starredStoreysFixture(), { fileName: 'starred.ifc' });
    const p = proposeEntrances(doc)!;
    expect(doc.floors.find((f) => f.id === p.floorId)?.name).toBe('一层');
    expect(p.doors).toHaveLength(3);
    expect(names(doc, [p.mainId!])).toEqual(['M1']);
    const south = p.doors.find((d) => d.id === p.mainId)!;
    expect(south.outward[1]).toBeCloseTo(-1);
  });
});
