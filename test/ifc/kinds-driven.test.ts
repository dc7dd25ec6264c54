/**
 * The IFC importer reads what the kind registry says: each kind's `ifc.from` names the entities of other models that
 * become it, and changing that list (as a new or edited kind would) changes what is imported, with no edit to
 * src/ifc. Every shipped kind that lists entities has an importer on our side, and every kind that exports has a way back.
 */
import { describe, expect, it, vi } from 'vitest';
import { readIfc } from './corpus';

/** Per kind, the `ifc.from` list the mocked registry gives instead of the shipped one. */
const from = vi.hoisted(() => ({}) as Record<string, readonly string[] | undefined>);

vi.mock('../../src/core/kinds/registry', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/core/kinds/registry')>();
  const KINDS = Object.fromEntries(
    Object.entries(orig.KINDS).map(([k, def]) => [
      k,
      {
        ...def,
        get ifc() {
          const list = from[k];
          return list && def.ifc.to !== null ? { ...def.ifc, from: list } : def.ifc;
        },
      },
    ]),
  );
  return { ...orig, KINDS };
});

const { importIfc } = await import('../../src/ifc/import');
const { ELEMENT_KINDS, KINDS } = await import('../../src/core/kinds/registry');
const { IFC_IMPORT_ORDER, ifcOf } = await import('../../src/ifc/kinds');

const kindsOf = (doc: { floors: { elements: { kind: string; id: string }[] }[] }) => doc.floors.flatMap((f) => f.elements);

describe('IFC import driven by the kind registry', () => {
  it('every kind that names entities in ifc.from has an importer, in the import order', () => {
    for (const k of ELEMENT_KINDS) {
      const ifc = KINDS[k].ifc;
      if (ifc.to === null) continue;
      if (ifc.from.length) {
        expect(ifcOf(k)?.fromEntities, `${k} lists ${ifc.from.join(', ')} but has no importer`).toBeDefined();
        expect(IFC_IMPORT_ORDER).toContain(k);
      }
      // A kind that is written with our property set and comes back only from it needs a reader for that set.
      else expect(ifcOf(k)?.fromPset, `${k} is exported but cannot come back`).toBeDefined();
    }
  });

  it('furniture is imported because the obstacle kind lists it, and not when it does not', async () => {
    const bytes = readIfc('SampleHouse4.ifc');
    const shipped = kindsOf((await importIfc(bytes)).doc);
    expect(shipped.filter((e) => e.kind === 'obstacle' && e.id.startsWith('furniture-')).length).toBeGreaterThan(0);

    from.obstacle = ['IfcColumn'];
    try {
      const without = kindsOf((await importIfc(bytes)).doc);
      expect(without.filter((e) => e.kind === 'obstacle')).toEqual([]);
      // Nothing else changes: the other kinds come out as before.
      const others = (els: { kind: string; id: string }[]) => els.filter((e) => e.kind !== 'obstacle').map((e) => e.id);
      expect(others(without)).toEqual(others(shipped));
    } finally {
      delete from.obstacle;
    }
  });

  it('walls come from the wall entities the wall kind lists', async () => {
    const bytes = readIfc('IfcOpenHouse_IFC4.ifc');
    const shipped = (await importIfc(bytes)).stats;
    expect(shipped.walls).toBeGreaterThan(0);
    from.wall = [];
    try {
      const res = await importIfc(bytes);
      expect(res.stats.walls).toBe(0);
      // Doors stay, standing free of the walls that are no longer there.
      expect(res.stats.doors).toBe(shipped.doors);
      expect(kindsOf(res.doc).filter((e) => e.kind === 'opening' && 'wallId' in e)).toEqual([]);
    } finally {
      delete from.wall;
    }
  });
});
